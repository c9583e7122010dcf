package io.github.sakip.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.capaian.BatasBawahCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.tren.DeretKinerja;
import io.github.sakip.tren.KemajuanRenstra;
import io.github.sakip.tren.LajuMajemuk;
import io.github.sakip.tren.MetodeProyeksi;
import io.github.sakip.tren.PerubahanTahunan;
import io.github.sakip.tren.Proyeksi;
import io.github.sakip.tren.RumusKemajuan;
import io.github.sakip.tren.RumusTren;
import java.math.BigDecimal;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the trend results ({@code tren}) and their inputs: yearly series
 * with missing years, zero and negative values, range targets. Every value they make is valid,
 * and each result is made by its calculator.
 *
 * <p>Example: a year's change is the difference of its two realisasi.
 * <pre>{@code
 * qt().forAll(TrenGen.perubahanTahunan()).checkAssert(p -> p.getSelisih().ifPresent(s ->
 *         assertThat(s).isEqualByComparingTo(p.getRealisasi().subtract(p.getSebelumnya().orElseThrow()))));
 * }</pre>
 *
 * <p>The generators are immutable and thread-safe.
 */
public final class TrenGen {

    private TrenGen() {
    }

    /**
     * Series of every polarity over 2 to 6 years from 2015 to 2025: about four years in five with
     * a realisasi (from -100,00 to 10.000,00, sometimes zero), some with a target, a fifth of those
     * a range.
     *
     * @return the generator, never null
     */
    public static Gen<DeretKinerja> deretKinerja() {
        Gen<BigDecimal> nilai = SakipGen.desimal(-10_000, 1_000_000).mix(Generate.constant(BigDecimal.ZERO), 10);
        return deret(nilai, false);
    }

    /**
     * Series whose end year has a single target above zero and whose realisasi are positive: what
     * {@link RumusKemajuan} measures.
     *
     * @return the generator, never null
     */
    public static Gen<DeretKinerja> deretDenganTargetAkhir() {
        return deret(SakipGen.nilaiPositif(), true);
    }

    private static Gen<DeretKinerja> deret(Gen<BigDecimal> nilai, boolean targetAkhir) {
        Gen<Periode> periode = integers().between(2015, 2025).zip(integers().between(1, 5),
                (awal, n) -> Periode.of(Tahun.of(awal), Tahun.of(awal + n)));
        Gen<List<Integer>> acak = lists().of(integers().between(0, 99)).ofSize(6);
        return SakipGen.indikator().zip(periode, acak, lists().of(nilai).ofSize(6), lists().of(nilai).ofSize(6),
                (indikator, p, a, r, t) -> {
                    DeretKinerja d = DeretKinerja.of(indikator, p);
                    int tahun = p.getAwal().getValue();
                    for (int i = 0; !Tahun.of(tahun + i).isAfter(p.getAkhir()); i++) {
                        Tahun y = Tahun.of(tahun + i);
                        if (a.get(i) < 80) {
                            d = d.withRealisasi(Realisasi.of(y, r.get(i)));
                        }
                        boolean akhir = y.equals(p.getAkhir());
                        if (targetAkhir && akhir) {
                            d = d.withTarget(Target.of(y, t.get(i).abs().add(BigDecimal.ONE)));
                        } else if (a.get(i) % 5 < 2) {
                            d = d.withTarget(Target.of(y, t.get(i)));
                        } else if (a.get(i) % 5 == 2) {
                            d = d.withTarget(Target.rentang(y, t.get(i), t.get(i).abs().add(BigDecimal.TEN)));
                        }
                    }
                    return d;
                });
    }

    /**
     * Changes from the year before of {@link #deretKinerja()}, under any rounding: with and without
     * the year before, from zero and from a negative value.
     *
     * @return the generator, never null
     */
    public static Gen<PerubahanTahunan> perubahanTahunan() {
        return deretKinerja().zip(SakipGen.pembulatan(), integers().between(0, 5), (d, p, ke) -> {
            RumusTren rumus = RumusTren.standar().withPembulatan(p);
            List<PerubahanTahunan> semua = rumus.perubahan(d);
            if (semua.isEmpty()) {
                // no realisasi after the first year: give the last year one
                semua = rumus.perubahan(d.withRealisasi(Realisasi.of(d.getPeriode().getAkhir(), BigDecimal.ONE)));
            }
            return semua.get(ke % semua.size());
        });
    }

    /**
     * Compound growth rates over 1 to 10 years from a positive value to a value of zero or more.
     *
     * @return the generator, never null
     */
    public static Gen<LajuMajemuk> lajuMajemuk() {
        Gen<List<Realisasi>> dua = SakipGen.tahun().zip(integers().between(1, 10), SakipGen.nilaiPositif(),
                SakipGen.desimal(0, 1_000_000), (awal, n, dari, sampai) -> List.of(Realisasi.of(awal, dari),
                        Realisasi.of(awal.plus(n), sampai)));
        return SakipGen.indikator().zip(dua, SakipGen.pembulatan(), (i, r, p) -> {
            Tahun awal = r.get(0).getTahun();
            Tahun akhir = r.get(1).getTahun();
            DeretKinerja d = DeretKinerja.of(i, Periode.of(awal, akhir), r);
            return RumusTren.standar().withPembulatan(p).lajuMajemuk(d, awal, akhir);
        });
    }

    /**
     * Progress calculators under any rounding, both projection methods and any capaian policy.
     *
     * @return the generator, never null
     */
    public static Gen<RumusKemajuan> rumusKemajuan() {
        Gen<RumusCapaian> capaian = SakipGen.pembulatan().zip(Generate.enumValues(VarianNegatif.class),
                Generate.enumValues(BatasBawahCapaian.class),
                (p, v, b) -> RumusCapaian.standar().withPembulatan(p).withVarianNegatif(v).withBatasBawah(b));
        return SakipGen.pembulatan().zip(Generate.enumValues(MetodeProyeksi.class), capaian.toOptionals(50),
                (p, m, c) -> {
                    RumusKemajuan r = RumusKemajuan.standar().withPembulatan(p).withMetode(m);
                    return c.map(r::withRumusCapaian).orElse(r);
                });
    }

    /**
     * Progress towards the end target of {@link #deretDenganTargetAkhir()}, with and without a
     * projection.
     *
     * @return the generator, never null
     */
    public static Gen<KemajuanRenstra> kemajuanRenstra() {
        return rumusKemajuan().zip(deretDenganTargetAkhir().map(TrenGen::duaRealisasi), RumusKemajuan::hitung);
    }

    /**
     * Projections of {@link #deretDenganTargetAkhir()} with two realisasi or more.
     *
     * @return the generator, never null
     */
    public static Gen<Proyeksi> proyeksi() {
        return rumusKemajuan().zip(deretDenganTargetAkhir().map(TrenGen::duaRealisasi), RumusKemajuan::proyeksi);
    }

    /** The series with realisasi in its first and last years added where it has fewer than two. */
    private static DeretKinerja duaRealisasi(DeretKinerja d) {
        DeretKinerja x = d;
        for (Tahun t : List.of(d.getPeriode().getAwal(), d.getPeriode().getAkhir())) {
            if (x.getRealisasi().size() < 2 && x.getRealisasi(t).isEmpty()) {
                x = x.withRealisasi(Realisasi.of(t, BigDecimal.valueOf(t.getValue() % 97 + 1)));
            }
        }
        return x;
    }
}
