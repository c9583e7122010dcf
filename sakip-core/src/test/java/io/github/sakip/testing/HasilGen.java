package io.github.sakip.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.anggaran.BarisAnggaran;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.anggaran.PerubahanPenyerapan;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.RasioEfisiensi;
import io.github.sakip.anggaran.RekapNomenklatur;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.anggaran.TingkatPos;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.BatasBawahCapaian;
import io.github.sakip.capaian.ButirCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.DasarRataRata;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.pengukuran.PengukuranKinerja;
import io.github.sakip.pengukuran.RataRataKeseluruhan;
import io.github.sakip.pengukuran.RumusPengukuran;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of sakip's results and of the policies that make them: recaps
 * ({@link RekapCapaian}), budget results ({@link Penyerapan}, {@link Efisiensi}, {@link PosAnggaran})
 * and the Pengukuran Kinerja, each made by its calculator from valid inputs, so every value they
 * make is one the library can produce.
 *
 * <p>Example: every measurement is read back from its JSON as it was written.
 * <pre>{@code
 * qt().forAll(HasilGen.pengukuranKinerja())
 *     .checkAssert(p -> assertThat(mapper.readValue(mapper.writeValueAsString(p), PengukuranKinerja.class)).isEqualTo(p));
 * }</pre>
 *
 * <p>The generators are immutable and thread-safe.
 */
public final class HasilGen {

    private HasilGen() {
    }

    /**
     * Roundings of 0 to 4 decimals by every mode but {@code UNNECESSARY} (which refuses most
     * quotients, so a calculator with it cannot print most results).
     *
     * @return the generator, never null
     */
    public static Gen<Pembulatan> pembulatan() {
        return integers().between(0, 4).zip(Generate.enumValues(RoundingMode.class)
                .assuming(m -> m != RoundingMode.UNNECESSARY), Pembulatan::of);
    }

    /**
     * Capaian calculators with every formula for lower-is-better indicators, lower-bound policy and
     * a {@link #pembulatan()} rounding.
     *
     * @return the generator, never null
     */
    public static Gen<RumusCapaian> rumusCapaian() {
        return pembulatan().zip(Generate.enumValues(VarianNegatif.class), Generate.enumValues(BatasBawahCapaian.class),
                (p, v, b) -> RumusCapaian.standar().withPembulatan(p).withVarianNegatif(v).withBatasBawah(b));
    }

    /**
     * Caps: none, the named ones, or 100 to 300 with two decimals.
     *
     * @return the generator, never null
     */
    public static Gen<BatasAtasCapaian> batasAtasCapaian() {
        return Generate.pick(List.of(BatasAtasCapaian.TANPA, BatasAtasCapaian.SERATUS,
                BatasAtasCapaian.SERATUS_DUA_PULUH, BatasAtasCapaian.SERATUS_LIMA_PULUH))
                .mix(SakipGen.desimal(10_000, 30_000).map(BatasAtasCapaian::of), 30);
    }

    /**
     * Aggregators with every basis, a {@link #batasAtasCapaian() cap} and a {@link #pembulatan()} rounding.
     *
     * @return the generator, never null
     */
    public static Gen<RataRataCapaian> rataRataCapaian() {
        return Generate.enumValues(DasarRataRata.class).zip(batasAtasCapaian(), pembulatan(),
                (d, b, p) -> RataRataCapaian.standar().withDasar(d).withBatasAtas(b).withPembulatan(p));
    }

    /**
     * Recap items of every kind: an indicator's capaian ({@link SakipGen#capaian()}), a printed
     * figure, a tidak terukur item, and one time in ten a recap of such items; one in three with a
     * weight other than 1.
     *
     * @return the generator, never null
     */
    public static Gen<ButirCapaian> butirCapaian() {
        return butirCapaian(rekapDari(butirPolos()).map((RekapCapaian r) -> ButirCapaian.of(r)));
    }

    private static Gen<ButirCapaian> butirPolos() {
        return butirCapaian(Generate.constant(ButirCapaian.tidakTerukur("Tidak terukur")));
    }

    private static Gen<ButirCapaian> butirCapaian(Gen<ButirCapaian> rekap) {
        Gen<ButirCapaian> dicetak = SakipGen.desimal(-5_000, 30_000).map(v -> ButirCapaian.of("Dicetak", Persen.of(v)));
        Gen<ButirCapaian> jenis = Generate.frequency(Pair.of(5, SakipGen.capaian().map((Capaian c) -> ButirCapaian.of(c))),
                Pair.of(2, dicetak), Pair.of(2, Generate.constant(ButirCapaian.tidakTerukur("Tidak terukur"))),
                Pair.of(1, rekap));
        return jenis.zip(SakipGen.desimal(1, 500).toOptionals(33), (b, bobot) -> bobot.map(b::withBobot).orElse(b));
    }

    /**
     * Recaps of one to six {@link #butirCapaian() items} by a {@link #rataRataCapaian() aggregator}.
     *
     * @return the generator, never null
     */
    public static Gen<RekapCapaian> rekapCapaian() {
        return rekapDari(butirCapaian());
    }

    private static Gen<RekapCapaian> rekapDari(Gen<ButirCapaian> butir) {
        return rataRataCapaian().zip(lists().of(butir).ofSizeBetween(1, 6), (r, b) -> r.rekapButir("Rekap", b));
    }

    /**
     * Amounts from Rp 0 to Rp 100.000.000.000 in whole sen, one time in ten zero.
     *
     * @return the generator, never null
     */
    public static Gen<Rupiah> rupiah() {
        return longs().between(0, 10_000_000_000_000L).map(sen -> Rupiah.of(BigDecimal.valueOf(sen, 2)))
                .mix(Generate.constant(Rupiah.NOL), 10);
    }

    /**
     * Budget absorptions of a {@link #rupiah() pagu} (zero included) and a realisasi of 0 to 120 %
     * of it, by a {@link #pembulatan()} rounding.
     *
     * @return the generator, never null
     */
    public static Gen<Penyerapan> penyerapan() {
        return pembulatan().zip(rupiah(), integers().between(0, 12_000), (p, pagu, bp) -> RumusPenyerapan.standar()
                .withPembulatan(p).hitung(pagu, Rupiah.of(pagu.getNilai().multiply(BigDecimal.valueOf(bp, 4)),
                        RoundingMode.DOWN)));
    }

    /**
     * Efficiencies of a capaian of -50 to 300 % and a penyerapan above 0 up to 150 %, by a
     * {@link #pembulatan()} rounding.
     *
     * @return the generator, never null
     */
    public static Gen<Efisiensi> efisiensi() {
        return pembulatan().zip(SakipGen.desimal(-5_000, 30_000), SakipGen.desimal(1, 15_000),
                (p, c, s) -> RumusEfisiensi.standar().withPembulatan(p).hitung(Persen.of(c), Persen.of(s)));
    }

    /**
     * Year-on-year changes of two penyerapan of 0 to 150 %.
     *
     * @return the generator, never null
     */
    public static Gen<PerubahanPenyerapan> perubahanPenyerapan() {
        return SakipGen.desimal(0, 15_000).zip(SakipGen.desimal(0, 15_000),
                (a, b) -> PerubahanPenyerapan.of(Persen.of(a), Persen.of(b)));
    }

    /**
     * Sub kegiatan codes under urusan 7 (two bidang, two programs, two kegiatan, three sub kegiatan
     * each), so that trees of them share parents.
     *
     * @return the generator, never null
     */
    public static Gen<KodeNomenklatur> kodeSubKegiatan() {
        return integers().between(0, 23).map(n -> KodeNomenklatur.parse(String.format("7.%02d.%02d.2.%02d.%04d",
                1 + n / 12, 1 + n / 6 % 2, 1 + n / 3 % 2, 1 + n % 3)));
    }

    /**
     * Budget rows of a {@link #kodeSubKegiatan() sub kegiatan code}, half of them named.
     *
     * @return the generator, never null
     */
    public static Gen<BarisAnggaran> barisAnggaran() {
        return kodeSubKegiatan().zip(rupiah(), integers().between(0, 1),
                (k, v, n) -> n == 0 ? BarisAnggaran.of(k, v) : BarisAnggaran.of(k, "Sub Kegiatan " + k, v));
    }

    /**
     * Budget trees: an agency's tree of urusan down to sub kegiatan from pagu and realisasi rows
     * ({@link RekapNomenklatur#susun(String, List, List)}), and one time in four a grouping of nodes
     * with their own amounts.
     *
     * @return the generator, never null
     */
    public static Gen<PosAnggaran> posAnggaran() {
        Gen<PosAnggaran> pohon = lists().of(barisAnggaran()).ofSizeBetween(0, 8).zip(
                lists().of(barisAnggaran()).ofSizeBetween(0, 8), (pagu, realisasi) -> {
                    Map<KodeNomenklatur, BarisAnggaran> unik = new TreeMap<>();
                    pagu.forEach(b -> unik.putIfAbsent(b.getKode(), b));
                    List<BarisAnggaran> dibelanjakan = new ArrayList<>();
                    realisasi.stream().filter(b -> unik.containsKey(b.getKode())).forEach(dibelanjakan::add);
                    return RekapNomenklatur.susun("Kecamatan", List.copyOf(unik.values()), dibelanjakan);
                });
        Gen<PosAnggaran> daun = rupiah().zip(rupiah(), Generate.enumValues(TingkatPos.class),
                (p, r, t) -> PosAnggaran.of(t, "Pos " + t, p, r));
        Gen<PosAnggaran> gabungan = lists().of(daun.assuming(d -> d.getTingkat() != TingkatPos.PERANGKAT_DAERAH))
                .ofSizeBetween(0, 4).map(d -> PosAnggaran.gabungan(TingkatPos.PERANGKAT_DAERAH, "Gabungan", d));
        return Generate.frequency(Pair.of(3, pohon), Pair.of(1, gabungan));
    }

    /**
     * Efficiency-ratio raters on the standard scale or a {@link SakipGen#skala() random one}.
     *
     * @return the generator, never null
     */
    public static Gen<RasioEfisiensi> rasioEfisiensi() {
        return Generate.constant(RasioEfisiensi.standar()).mix(SakipGen.skala().map(RasioEfisiensi.standar()::withSkala),
                70);
    }

    /**
     * Measurement calculators with every policy: a {@link #rumusCapaian() capaian calculator}, the
     * LKjIP scale or a {@link SakipGen#skala() random one}, an {@link #rataRataCapaian() aggregator},
     * either overall mean and {@link #pembulatan() roundings} of penyerapan and efisiensi.
     *
     * @return the generator, never null
     */
    public static Gen<RumusPengukuran> rumusPengukuran() {
        Gen<Skala> skala = Generate.constant(SkalaBaku.LKJIP).mix(SakipGen.skala(), 50);
        Gen<RumusPengukuran> dasar = rumusCapaian().zip(skala, rataRataCapaian(),
                Generate.enumValues(RataRataKeseluruhan.class), (c, s, r, k) -> RumusPengukuran.standar()
                        .withRumusCapaian(c).withSkala(s).withRataRata(r).withRataRataKeseluruhan(k));
        return dasar.zip(pembulatan(), pembulatan(), (r, p, e) -> r.withRumusPenyerapan(RumusPenyerapan.standar()
                .withPembulatan(p)).withRumusEfisiensi(RumusEfisiensi.standar().withPembulatan(e)));
    }

    /**
     * Measurements of a {@link SakipGen#perjanjianKinerja() Perjanjian Kinerja} and
     * {@link SakipGen#realisasi(io.github.sakip.model.PerjanjianKinerja) its realisasi} (some missing) by a
     * {@link #rumusPengukuran() calculator}.
     *
     * @return the generator, never null
     */
    public static Gen<PengukuranKinerja> pengukuranKinerja() {
        return rumusPengukuran().zip(SakipGen.perjanjianKinerja(), Pair::of).flatMap(rp -> SakipGen
                .realisasi(rp._2).map(r -> rp._1.hitung(rp._2, r)));
    }
}
