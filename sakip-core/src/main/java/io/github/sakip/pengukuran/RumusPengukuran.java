package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.ButirCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Computes the Pengukuran Kinerja (performance measurement) of a year from a
 * {@link PerjanjianKinerja} and the realisasi of its indicators: the one call behind an e-SAKIP
 * measurement screen and Bab III of an LKjIP (PermenPANRB 53/2014). It combines the library's
 * calculators and holds their policies:
 * <ul>
 *   <li>{@link RumusCapaian} for each indicator's capaian (default {@link RumusCapaian#standar()};
 *       an indicator's own {@link io.github.sakip.model.AturanCapaian rule} overrides it);</li>
 *   <li>{@link Skala} for the predikat of each indicator, sasaran and the agreement (default
 *       {@link SkalaBaku#LKJIP});</li>
 *   <li>{@link RataRataCapaian} for the mean and counts of each sasaran and the agreement (default
 *       {@link RataRataCapaian#standar()}: the printed capaian, no cap, two decimals);</li>
 *   <li>{@link RataRataKeseluruhan}: which mean the agreement's figure is (default
 *       {@link RataRataKeseluruhan#DARI_INDIKATOR});</li>
 *   <li>{@link RumusPenyerapan} and {@link RumusEfisiensi} for each sasaran's and the agency's
 *       budget (defaults {@code standar()}).</li>
 * </ul>
 *
 * <p>Missing data is not zero: an indicator that has no realisasi is tidak terukur, left out of
 * every mean and counted apart; a program without realisasi anggaran leaves its sasaran (and the
 * agency) without penyerapan and efisiensi.
 *
 * <p>Example, the Klojen LKjIP 2021 (the report truncates its capaian):
 * <pre>{@code
 * PengukuranKinerja pengukuran = RumusPengukuran.standar()
 *         .withRumusCapaian(RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN))
 *         .hitung(perjanjianKinerja, Map.of(nilaiSakip, Realisasi.of(Tahun.of(2021), new BigDecimal("87.80")),
 *                 ipmas, Realisasi.of(Tahun.of(2021), new BigDecimal("80.98")),
 *                 kepuasanPrasarana, Realisasi.of(Tahun.of(2021), new BigDecimal("4.40"))));
 * pengukuran.getRataRata();                 // 114.53%
 * pengukuran.getJumlahIndikatorTercapai();  // 2
 * }</pre>
 *
 * <p>JSON (docs/json.md), because a {@link PengukuranKinerja} carries it and is recomputed from it:
 * {@code {"rumusCapaian":{...},"skala":{...},"rataRata":{...},"rataRataKeseluruhan":"DARI_INDIKATOR",
 * "rumusPenyerapan":{"pembulatan":{...}},"rumusEfisiensi":{"pembulatan":{...}}}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class RumusPengukuran {
    private static final RumusPengukuran STANDAR = new RumusPengukuran(RumusCapaian.standar(), SkalaBaku.LKJIP,
            RataRataCapaian.standar(), RataRataKeseluruhan.DARI_INDIKATOR, RumusPenyerapan.standar(),
            RumusEfisiensi.standar());

    private final RumusCapaian rumusCapaian;
    private final Skala skala;
    private final RataRataCapaian rataRata;
    private final RataRataKeseluruhan rataRataKeseluruhan;
    private final RumusPenyerapan rumusPenyerapan;
    private final RumusEfisiensi rumusEfisiensi;

    private RumusPengukuran(RumusCapaian rumusCapaian, Skala skala, RataRataCapaian rataRata,
            RataRataKeseluruhan rataRataKeseluruhan, RumusPenyerapan rumusPenyerapan, RumusEfisiensi rumusEfisiensi) {
        this.rumusCapaian = rumusCapaian;
        this.skala = skala;
        this.rataRata = rataRata;
        this.rataRataKeseluruhan = rataRataKeseluruhan;
        this.rumusPenyerapan = rumusPenyerapan;
        this.rumusEfisiensi = rumusEfisiensi;
    }

    /**
     * The calculator with the default policies of each calculator it combines, the
     * {@link SkalaBaku#LKJIP} scale and the overall mean {@link RataRataKeseluruhan#DARI_INDIKATOR}.
     *
     * @return the calculator, never null
     */
    public static RumusPengukuran standar() {
        return STANDAR;
    }

    @JsonCreator
    static RumusPengukuran json(@JsonProperty("rumusCapaian") RumusCapaian rumusCapaian,
            @JsonProperty("skala") Skala skala, @JsonProperty("rataRata") RataRataCapaian rataRata,
            @JsonProperty("rataRataKeseluruhan") RataRataKeseluruhan rataRataKeseluruhan,
            @JsonProperty("rumusPenyerapan") RumusPenyerapan rumusPenyerapan,
            @JsonProperty("rumusEfisiensi") RumusEfisiensi rumusEfisiensi) {
        return STANDAR.withRumusCapaian(rumusCapaian).withSkala(skala).withRataRata(rataRata)
                .withRataRataKeseluruhan(rataRataKeseluruhan).withRumusPenyerapan(rumusPenyerapan)
                .withRumusEfisiensi(rumusEfisiensi);
    }

    /**
     * A copy that computes capaian with the given calculator.
     *
     * @param rumusCapaian the capaian calculator, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusPengukuran withRumusCapaian(RumusCapaian rumusCapaian) {
        return new RumusPengukuran(Checks.notNull(rumusCapaian, "RumusPengukuran.rumusCapaian"), skala, rataRata,
                rataRataKeseluruhan, rumusPenyerapan, rumusEfisiensi);
    }

    /**
     * A copy that rates on the given scale.
     *
     * @param skala the scale, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusPengukuran withSkala(Skala skala) {
        return new RumusPengukuran(rumusCapaian, Checks.notNull(skala, "RumusPengukuran.skala"), rataRata,
                rataRataKeseluruhan, rumusPenyerapan, rumusEfisiensi);
    }

    /**
     * A copy that averages by the given policies.
     *
     * @param rataRata the averaging calculator, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusPengukuran withRataRata(RataRataCapaian rataRata) {
        return new RumusPengukuran(rumusCapaian, skala, Checks.notNull(rataRata, "RumusPengukuran.rataRata"),
                rataRataKeseluruhan, rumusPenyerapan, rumusEfisiensi);
    }

    /**
     * A copy whose overall mean is the given one.
     *
     * @param rataRataKeseluruhan of the indicators or of the sasaran's means, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusPengukuran withRataRataKeseluruhan(RataRataKeseluruhan rataRataKeseluruhan) {
        return new RumusPengukuran(rumusCapaian, skala, rataRata,
                Checks.notNull(rataRataKeseluruhan, "RumusPengukuran.rataRataKeseluruhan"), rumusPenyerapan,
                rumusEfisiensi);
    }

    /**
     * A copy that computes penyerapan with the given calculator.
     *
     * @param rumusPenyerapan the calculator, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusPengukuran withRumusPenyerapan(RumusPenyerapan rumusPenyerapan) {
        return new RumusPengukuran(rumusCapaian, skala, rataRata, rataRataKeseluruhan,
                Checks.notNull(rumusPenyerapan, "RumusPengukuran.rumusPenyerapan"), rumusEfisiensi);
    }

    /**
     * A copy that computes efisiensi with the given calculator.
     *
     * @param rumusEfisiensi the calculator, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusPengukuran withRumusEfisiensi(RumusEfisiensi rumusEfisiensi) {
        return new RumusPengukuran(rumusCapaian, skala, rataRata, rataRataKeseluruhan, rumusPenyerapan,
                Checks.notNull(rumusEfisiensi, "RumusPengukuran.rumusEfisiensi"));
    }

    /**
     * The capaian calculator.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumusCapaian")
    public RumusCapaian getRumusCapaian() {
        return rumusCapaian;
    }

    /**
     * The rating scale.
     *
     * @return the scale, never null
     */
    @JsonProperty("skala")
    public Skala getSkala() {
        return skala;
    }

    /**
     * The averaging calculator of sasaran and the agreement.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rataRata")
    public RataRataCapaian getRataRata() {
        return rataRata;
    }

    /**
     * Which mean the agreement's overall figure is.
     *
     * @return the policy, never null
     */
    @JsonProperty("rataRataKeseluruhan")
    public RataRataKeseluruhan getRataRataKeseluruhan() {
        return rataRataKeseluruhan;
    }

    /**
     * The penyerapan calculator.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumusPenyerapan")
    public RumusPenyerapan getRumusPenyerapan() {
        return rumusPenyerapan;
    }

    /**
     * The efisiensi calculator.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumusEfisiensi")
    public RumusEfisiensi getRumusEfisiensi() {
        return rumusEfisiensi;
    }

    /**
     * Measures a year: every indicator of the agreement against its target, each sasaran's and the
     * agreement's mean and counts, and the budget of each sasaran and of the agency from the
     * programs' pagu and realisasi anggaran (as the agreement's {@link Program}s carry them).
     *
     * @param perjanjianKinerja the agreement, not null
     * @param realisasi the realisasi of the agreement's year for the indicators that were measured,
     *     keyed by the agreement's indicators, matched by identity ({@link Indikator#isSama}: kode,
     *     else name); an indicator without an entry is tidak terukur; not null, no null key or value
     * @return the measurement, never null
     * @throws SakipException when an argument is null, a key is not an indicator of the agreement
     *     or two keys are the same indicator,
     *     a realisasi is of another year or a quarter, or the capaian formula refuses a figure (a
     *     target of 0 for a higher-is-better indicator)
     */
    public PengukuranKinerja hitung(PerjanjianKinerja perjanjianKinerja, Map<Indikator, Realisasi> realisasi) {
        Checks.notNull(perjanjianKinerja, "RumusPengukuran perjanjianKinerja");
        Checks.notNull(realisasi, "RumusPengukuran realisasi");
        List<Indikator> semua = perjanjianKinerja.getIndikator();
        realisasi.forEach((i, r) -> {
            Checks.notNull(i, "RumusPengukuran realisasi key");
            Checks.notNull(r, "RumusPengukuran realisasi of " + i.getNama());
            Checks.check(semua.stream().anyMatch(i::isSama), "RumusPengukuran realisasi has indicator \"%s\", "
                    + "which is not in the Perjanjian Kinerja %s", i.getNama(), perjanjianKinerja.getTahun());
        });
        List<PengukuranSasaran> sasaran = new ArrayList<>();
        for (KomitmenSasaran k : perjanjianKinerja.getKomitmen()) {
            sasaran.add(sasaran(k, realisasi));
        }
        return kinerja(perjanjianKinerja.getTahun(), sasaran);
    }

    /**
     * The agreement's measurement from its sasaran's: the overall recap by this calculator's
     * {@link RataRataKeseluruhan}, and the agency's budget as the sum of the sasaran's (the
     * agreement's programs are those of its sasaran, each once), its penyerapan when every sasaran
     * has one.
     */
    PengukuranKinerja kinerja(Tahun tahun, List<PengukuranSasaran> sasaran) {
        String nama = "Perjanjian Kinerja " + tahun;
        List<ButirCapaian> butir = new ArrayList<>();
        for (PengukuranSasaran s : sasaran) {
            if (rataRataKeseluruhan == RataRataKeseluruhan.DARI_SASARAN) {
                butir.add(ButirCapaian.of(s.getRekap()));
            } else {
                s.getIndikator().forEach(i -> butir.add(butir(i)));
            }
        }
        RekapCapaian rekap = rataRata.rekapButir(nama, butir);
        Rupiah pagu = Rupiah.total(sasaran.stream().map(PengukuranSasaran::getPagu).toList());
        Optional<Penyerapan> penyerapan = sasaran.stream().allMatch(s -> s.getPenyerapan().isPresent())
                ? Optional.of(rumusPenyerapan.hitung(pagu, Rupiah.total(sasaran.stream()
                        .map(s -> s.getPenyerapan().get().getRealisasi()).toList())))
                : Optional.empty();
        return ImmutablePengukuranKinerja.of(tahun, sasaran, rekap, rekap.getRataRata().map(skala::predikat),
                penyerapan, pagu, this);
    }

    private PengukuranSasaran sasaran(KomitmenSasaran k, Map<Indikator, Realisasi> realisasi) {
        List<PengukuranIndikator> indikator = new ArrayList<>();
        for (Indikator i : k.getSasaran().getIndikator()) {
            List<Realisasi> diberikan = realisasi.entrySet().stream().filter(e -> e.getKey().isSama(i))
                    .map(Map.Entry::getValue).toList();
            Checks.check(diberikan.size() <= 1, "RumusPengukuran realisasi gives indicator \"%s\" %s times",
                    i.getNama(), diberikan.size());
            indikator.add(indikator(i, k.getTarget(i).orElseThrow(), diberikan.stream().findFirst()));
        }
        List<Program> program = k.getProgram();
        Optional<Rupiah> realisasiAnggaran = program.stream().anyMatch(p -> p.getTotalRealisasi().isEmpty())
                ? Optional.empty()
                : Optional.of(Rupiah.total(program.stream().map(p -> p.getTotalRealisasi().get()).toList()));
        return sasaran(k.getSasaran(), indikator, Rupiah.total(program.stream().map(Program::getTotalPagu).toList()),
                realisasiAnggaran);
    }

    /** One indicator measured: its capaian when it has a realisasi, and that capaian's predikat. */
    PengukuranIndikator indikator(Indikator indikator, Target target, Optional<Realisasi> realisasi) {
        Optional<Capaian> capaian = rumusCapaian.hitung(indikator, target, realisasi);
        return ImmutablePengukuranIndikator.of(indikator, target, realisasi, capaian,
                capaian.map(c -> c.getPredikat(skala)), this);
    }

    /**
     * One sasaran measured from its indicators' measurements and its programs' total pagu and
     * realisasi anggaran (empty when some program has none reported): its recap, predikat,
     * penyerapan and efisiensi.
     */
    PengukuranSasaran sasaran(Sasaran sasaran, List<PengukuranIndikator> indikator, Rupiah pagu,
            Optional<Rupiah> realisasiAnggaran) {
        RekapCapaian rekap = rataRata.rekapButir(sasaran.getNama(),
                indikator.stream().map(RumusPengukuran::butir).toList());
        Optional<Persen> mean = rekap.getRataRata();
        Optional<Penyerapan> penyerapan = realisasiAnggaran.map(r -> rumusPenyerapan.hitung(pagu, r));
        Optional<Persen> persenPenyerapan = penyerapan.flatMap(Penyerapan::getPersen)
                .filter(p -> p.getNilai().signum() > 0);
        Optional<Efisiensi> efisiensi = mean.isPresent() && persenPenyerapan.isPresent()
                ? Optional.of(rumusEfisiensi.hitung(mean.get(), persenPenyerapan.get())) : Optional.empty();
        return ImmutablePengukuranSasaran.of(sasaran, indikator, rekap, mean.map(skala::predikat), penyerapan,
                efisiensi, pagu, this);
    }

    private static ButirCapaian butir(PengukuranIndikator i) {
        return i.getCapaian().map(ButirCapaian::of).orElseGet(() -> ButirCapaian.tidakTerukur(i.getIndikator()));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof RumusPengukuran)) {
            return false;
        }
        RumusPengukuran other = (RumusPengukuran) obj;
        return other.rumusCapaian.equals(rumusCapaian) && other.skala.equals(skala) && other.rataRata.equals(rataRata)
                && other.rataRataKeseluruhan == rataRataKeseluruhan
                && other.rumusPenyerapan.getPembulatan().equals(rumusPenyerapan.getPembulatan())
                && other.rumusEfisiensi.getPembulatan().equals(rumusEfisiensi.getPembulatan());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rumusCapaian, skala.getNama(), rataRata, rataRataKeseluruhan);
    }

    /**
     * The policies as text, for example
     * {@code RumusPengukuran[RumusCapaian[...], skala LKjIP, RataRataCapaian[...], DARI_INDIKATOR, ...]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusPengukuran[" + rumusCapaian + ", skala " + skala.getNama() + ", " + rataRata + ", "
                + rataRataKeseluruhan + ", " + rumusPenyerapan + ", " + rumusEfisiensi + "]";
    }
}
