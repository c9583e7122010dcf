package io.github.sakip.examples.benchmarks;

import io.github.sakip.capaian.ButirCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.tren.DeretKinerja;
import io.github.sakip.tren.PerubahanTahunan;
import io.github.sakip.tren.RumusTren;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's pipeline over indicator series, as a user would write it: per row a
 * {@link Target} and a {@link Realisasi} built from the stored numbers, the {@link Capaian} and its
 * predikat on {@link SkalaBaku#LKJIP}; per series the year-on-year trend through
 * {@link RumusTren}; per unit and year the mean capaian through {@link RataRataCapaian}; per agency
 * and year the mean of its units' means. Every figure is folded into a checksum so that nothing is
 * optimised away. Immutable calculators, so one instance serves every thread.
 */
final class KinerjaPustaka {
    private final RumusCapaian rumus = RumusCapaian.standar();
    private final RumusTren tren = RumusTren.standar();
    private final RataRataCapaian rataRata = RataRataCapaian.standar();
    private final Indikator[] indikator;
    private final Tahun[] tahun = new Tahun[DataKinerja.TAHUN];
    private final Periode periode;

    /**
     * @param indikatorPerUnit the number of indicators of a unit; indicator k is named "IKU k" and
     *     has {@link DataKinerja#polaritas(int)}
     */
    KinerjaPustaka(int indikatorPerUnit) {
        indikator = new Indikator[indikatorPerUnit];
        for (int k = 0; k < indikatorPerUnit; k++) {
            indikator[k] = Indikator.of("IKU " + (k + 1), Satuan.INDEKS, DataKinerja.polaritas(k));
        }
        for (int y = 0; y < tahun.length; y++) {
            tahun[y] = Tahun.of(DataKinerja.TAHUN_AWAL + y);
        }
        periode = Periode.of(tahun[0], tahun[tahun.length - 1]);
    }

    /** The recaps of a unit, one per year, and the checksum of every figure behind them. */
    record Unit(List<RekapCapaian> rekapTahunan, long cek) {
    }

    /**
     * Computes one unit: the series {@code seriAwal} to {@code seriAwal + indikator.length - 1}.
     *
     * @param data the data
     * @param seriAwal the unit's first series
     * @param nama the unit's name
     * @return the unit's recap per year and checksum
     */
    Unit unit(DataKinerja data, int seriAwal, String nama) {
        List<List<Capaian>> perTahun = new ArrayList<>(tahun.length);
        for (int y = 0; y < tahun.length; y++) {
            perTahun.add(new ArrayList<>(indikator.length));
        }
        long cek = 0;
        for (int k = 0; k < indikator.length; k++) {
            int baris = (seriAwal + k) * DataKinerja.TAHUN;
            List<Realisasi> deret = new ArrayList<>(tahun.length);
            for (int y = 0; y < tahun.length; y++) {
                Target t = Target.of(tahun[y], BigDecimal.valueOf(data.target(baris + y), 2));
                Realisasi r = Realisasi.of(tahun[y], BigDecimal.valueOf(data.realisasi(baris + y), 2));
                Capaian c = rumus.hitung(indikator[k], t, r);
                Persen persen = c.getPersen();
                cek += persen.hashCode() + SkalaBaku.LKJIP.predikat(persen).getPeringkat() + (c.isTercapai() ? 1 : 0);
                perTahun.get(y).add(c);
                deret.add(r);
            }
            for (PerubahanTahunan p : tren.perubahan(DeretKinerja.of(indikator[k], periode, deret))) {
                cek += p.getPersenPerubahan().map(Persen::hashCode).orElse(0);
            }
        }
        List<RekapCapaian> rekap = new ArrayList<>(tahun.length);
        for (int y = 0; y < tahun.length; y++) {
            RekapCapaian r = rataRata.rekap(nama, perTahun.get(y));
            cek += r.getRataRata().map(Persen::hashCode).orElse(0);
            rekap.add(r);
        }
        return new Unit(rekap, cek);
    }

    /**
     * Computes one agency of {@code unit} units: each unit, then per year the mean of the units' means.
     *
     * @param data the data
     * @param seriAwal the agency's first series
     * @param namaUnit the units' names, one per unit
     * @return the checksum
     */
    long instansi(DataKinerja data, int seriAwal, String[] namaUnit) {
        List<List<ButirCapaian>> perTahun = new ArrayList<>(tahun.length);
        for (int y = 0; y < tahun.length; y++) {
            perTahun.add(new ArrayList<>(namaUnit.length));
        }
        long cek = 0;
        for (int u = 0; u < namaUnit.length; u++) {
            Unit unit = unit(data, seriAwal + u * indikator.length, namaUnit[u]);
            cek += unit.cek();
            for (int y = 0; y < tahun.length; y++) {
                perTahun.get(y).add(ButirCapaian.of(unit.rekapTahunan().get(y)));
            }
        }
        for (int y = 0; y < tahun.length; y++) {
            cek += rataRata.rekapButir("Instansi", perTahun.get(y)).getRataRata().map(Persen::hashCode).orElse(0);
        }
        return cek;
    }
}
