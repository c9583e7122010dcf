package io.github.sakip.reviu;

import io.github.sakip.SakipException;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.DasarRataRata;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.pengukuran.PengukuranKinerja;
import io.github.sakip.pengukuran.PengukuranSasaran;
import io.github.sakip.pengukuran.RataRataKeseluruhan;
import io.github.sakip.pengukuran.RumusPengukuran;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Pengukuran Kinerja of the report's year as {@link RumusPengukuran} computes it from the
 * Perjanjian Kinerja and the realisasi of its indicators: the means of each sasaran and of the
 * agreement (Klojen LKjIP 2021, Tabel 3.1 "Rata-rata capaian"), the counts of sasaran tercapai,
 * and, for {@link HitunganAnggaran}, the budget and efisiensi of each sasaran. Each policy a
 * report may follow is a configuration of {@code RumusPengukuran}:
 * <ul>
 *   <li>{@link #rumus()}: the reviu's capaian formula, every other policy the default (the counts
 *       and the recap of a sasaran);</li>
 *   <li>{@link #rumusRataRata}: the mean as a report prints it, of the exact capaian, under a cap,
 *       rounded once by the policy asked, of the agreement's indicators or of its sasaran's means
 *       ({@link RataRataKeseluruhan});</li>
 *   <li>{@link #rumusMasukan()}: the inputs of Tabel 3.4 as a report prints them, capaian and
 *       penyerapan rounded by {@link HitunganIndikator#pembulatanMasukan()}, the capaian capped.</li>
 * </ul>
 * A year before the report's has no Perjanjian Kinerja: its mean is {@link RataRataCapaian}'s,
 * under the same policy, over the capaian against the Renstra's targets.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HitunganPengukuran {

    private final HitunganIndikator indikator;

    HitunganPengukuran(HitunganIndikator indikator) {
        this.indikator = indikator;
    }

    /** The reviu's capaian formula, every other policy {@link RumusPengukuran#standar()}'s. */
    RumusPengukuran rumus() {
        return RumusPengukuran.standar().withRumusCapaian(indikator.rumusCapaian());
    }

    /** The mean of the exact capaian under a cap, rounded once. */
    RumusPengukuran rumusRataRata(BatasAtasCapaian batas, Pembulatan p) {
        return rumus().withRataRata(rataRata(batas, p));
    }

    /** Tabel 3.4's inputs as a report prints them. */
    RumusPengukuran rumusMasukan() {
        Pembulatan p = indikator.pembulatanMasukan();
        return rumus().withRataRata(RataRataCapaian.standar().withPembulatan(p).withBatasAtas(indikator.batasAtas()))
                .withRumusPenyerapan(RumusPenyerapan.standar().withPembulatan(p))
                .withRumusEfisiensi(RumusEfisiensi.standar().withPembulatan(p));
    }

    private static RataRataCapaian rataRata(BatasAtasCapaian batas, Pembulatan p) {
        return RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK).withBatasAtas(batas).withPembulatan(p);
    }

    /** The measurement of the report's year under a policy. */
    PengukuranKinerja hitung(RumusPengukuran rumus) {
        DataLkjip data = indikator.data();
        Map<Indikator, Realisasi> realisasi = new LinkedHashMap<>();
        for (Indikator i : data.getPerjanjianKinerja().getIndikator()) {
            data.getRenstra().getRealisasi(i, data.getTahun()).ifPresent(r -> realisasi.put(i, r));
        }
        return rumus.hitung(data.getPerjanjianKinerja(), realisasi);
    }

    /** A sasaran's part of the measurement under a policy. */
    PengukuranSasaran sasaran(RumusPengukuran rumus, Sasaran sasaran) {
        komitmen(sasaran);
        return hitung(rumus).getSasaran().stream().filter(s -> s.getSasaran().equals(sasaran)).findFirst()
                .orElseThrow();
    }

    /** The agreement's commitment of a sasaran; a sasaran not in it is refused. */
    KomitmenSasaran komitmen(Sasaran sasaran) {
        return indikator.data().getPerjanjianKinerja().getKomitmen().stream()
                .filter(k -> k.getSasaran().equals(sasaran)).findFirst()
                .orElseThrow(() -> new SakipException("PerhitunganLkjip: sasaran \"" + sasaran.getNama()
                        + "\" is not in the Perjanjian Kinerja"));
    }

    /** The recap of a sasaran's indicators by the default averaging policy. */
    RekapCapaian rekap(Sasaran sasaran) {
        return sasaran(rumus(), sasaran).getRekap();
    }

    /** The mean capaian of a sasaran under the report's cap. */
    Optional<Hitungan> rataRataSasaran(Sasaran sasaran) {
        BatasAtasCapaian batas = indikator.batasAtas();
        RekapCapaian rekap = sasaran(rumusRataRata(batas, Pembulatan.STANDAR), sasaran).getRekap();
        return rekap.getRataRata().map(x -> Hitungan.of(
                p -> sasaran(rumusRataRata(batas, p), sasaran).getRataRata().get().getNilai(),
                "rata-rata " + rekap.getJumlahTerukur() + " capaian eksak sasaran ini"
                        + HitunganIndikator.dibatasi(batas)));
    }

    Optional<Hitungan> hitung(JenisBesaran jenis, Tahun tahun) {
        DataLkjip data = indikator.data();
        switch (jenis) {
            case JUMLAH_CAPAIAN:
                Pembulatan masukan = indikator.pembulatanMasukan();
                List<Capaian> semua = indikator.capaianPerjanjian(tahun);
                return semua.isEmpty() ? Optional.empty() : Optional.of(Hitungan.eksak(semua.stream()
                        .map(c -> indikator.batasAtas().terapkan(c.getPersen(masukan)).getNilai())
                        .reduce(BigDecimal.ZERO, BigDecimal::add), "jumlah " + semua.size() + " capaian "
                                + tahun + ", masing-masing dibulatkan " + Teks.pembulatan(masukan)));
            case RATA_RATA_CAPAIAN:
                return rataRata(indikator.batasAtas(), tahun);
            case JUMLAH_SASARAN:
                return Hitungan.jumlah(data.getPerjanjianKinerja().getKomitmen().size(), "sasaran Perjanjian Kinerja");
            case JUMLAH_SASARAN_TERCAPAI:
                return Hitungan.jumlah(hitung(rumus()).getJumlahSasaranTercapai(), "sasaran tercapai");
            case JUMLAH_SASARAN_BELUM_TERCAPAI:
                return Hitungan.jumlah(hitung(rumus()).getJumlahSasaranBelumTercapai(),
                        "sasaran terukur yang belum tercapai");
            default:
                throw new IllegalStateException(jenis + " is not a figure of the Pengukuran Kinerja");
        }
    }

    /**
     * The mean capaian of the agreement's indicators in a year under a cap: the measurement's for
     * the report's year, else the mean over the capaian against the Renstra's targets.
     */
    Optional<Hitungan> rataRata(BatasAtasCapaian batas, Tahun tahun) {
        String dibatasi = HitunganIndikator.dibatasi(batas);
        if (tahun.equals(indikator.data().getTahun())) {
            return rataRata(batas, RataRataKeseluruhan.DARI_INDIKATOR);
        }
        List<Capaian> all = indikator.capaianPerjanjian(tahun);
        return all.isEmpty() ? Optional.empty() : Optional.of(Hitungan.of(
                p -> rataRata(batas, p).rekap("rata-rata", all).getRataRata().get().getNilai(),
                "rata-rata " + all.size() + " capaian eksak" + dibatasi));
    }

    /**
     * The mean capaian of the report's year under a cap, of the agreement's indicators or of its
     * sasaran's means ({@link RataRataKeseluruhan}).
     */
    Optional<Hitungan> rataRata(BatasAtasCapaian batas, RataRataKeseluruhan keseluruhan) {
        return rataRata(batas, rumus -> rumus.withRataRataKeseluruhan(keseluruhan),
                keseluruhan == RataRataKeseluruhan.DARI_INDIKATOR ? " capaian eksak"
                        : " rata-rata sasaran dari capaian eksak");
    }

    /**
     * The mean capaian of the report's year under the report's cap, the capaian of lower-is-better
     * indicators by a formula.
     *
     * @throws SakipException when the formula refuses a capaian (T / R of a realisasi of 0)
     */
    Optional<Hitungan> rataRata(VarianNegatif varian) {
        return rataRata(indikator.batasAtas(), rumus -> rumus.withRumusCapaian(
                indikator.rumusCapaian().withVarianNegatif(varian)), " capaian eksak, indikator negatif dengan rumus "
                        + varian);
    }

    /** The mean of the report's year under a cap and a further policy, rounded once by the policy asked. */
    private Optional<Hitungan> rataRata(BatasAtasCapaian batas, UnaryOperator<RumusPengukuran> kebijakan,
            String dari) {
        RekapCapaian rekap = hitung(kebijakan.apply(rumusRataRata(batas, Pembulatan.STANDAR))).getRekap();
        return rekap.getRataRata().map(x -> Hitungan.of(
                p -> hitung(kebijakan.apply(rumusRataRata(batas, p))).getRataRata().get().getNilai(),
                "rata-rata " + rekap.getJumlahTerukur() + dari + HitunganIndikator.dibatasi(batas)));
    }
}
