package io.github.sakip.examples.benchmarks;

import io.github.sakip.model.Polaritas;
import java.util.Arrays;

/**
 * The floor: {@link KinerjaPustaka}'s computation as plain loops over {@code double} arrays,
 * rounding to two decimals half up with {@link Math#round(double)} and rating with four
 * comparisons. No objects, no exactness: what a spreadsheet or a hand-written loop does. Its
 * results may differ from the library's in the last decimal (binary fractions); it is here only
 * to measure against.
 */
final class KinerjaDouble {
    private final byte[] polaritas;
    private final double[] target;
    private final double[] realisasi;

    /**
     * @param data the data, copied to doubles
     * @param indikatorPerUnit the number of indicators of a unit
     */
    KinerjaDouble(DataKinerja data, int indikatorPerUnit) {
        polaritas = new byte[indikatorPerUnit];
        for (int k = 0; k < indikatorPerUnit; k++) {
            polaritas[k] = (byte) DataKinerja.polaritas(k).ordinal();
        }
        target = data.targetDouble();
        realisasi = data.realisasiDouble();
    }

    /** Two decimals, half up, as the library's default. */
    static double bulatkan(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** The band of {@code SkalaBaku.LKJIP}: 1 below 60, 2 below 90, 3 below 110, else 4. */
    static int peringkat(double persen) {
        return persen < 60 ? 1 : persen < 90 ? 2 : persen < 110 ? 3 : 4;
    }

    /** Capaian in percent, unrounded, by polarity (as {@code RumusCapaian}'s defaults). */
    static double capaian(int polaritas, double t, double r) {
        if (polaritas == Polaritas.POSITIF.ordinal()) {
            return r / t * 100;
        }
        if (polaritas == Polaritas.NEGATIF.ordinal()) {
            return (2 * t - r) / t * 100;
        }
        return (t - Math.abs(r - t)) / t * 100;
    }

    /**
     * One unit: capaian, predikat, year-on-year change and the mean per year.
     *
     * @param seriAwal the unit's first series
     * @param rataRata receives the unit's mean per year, one per year
     * @return the checksum
     */
    double unit(int seriAwal, double[] rataRata) {
        int n = polaritas.length;
        double cek = 0;
        Arrays.fill(rataRata, 0);
        for (int k = 0; k < n; k++) {
            int baris = (seriAwal + k) * DataKinerja.TAHUN;
            for (int y = 0; y < DataKinerja.TAHUN; y++) {
                double t = target[baris + y];
                double r = realisasi[baris + y];
                double persen = bulatkan(capaian(polaritas[k], t, r));
                cek += persen + peringkat(persen) + (persen >= 100 ? 1 : 0);
                rataRata[y] += persen;
                if (y > 0) {
                    double s = realisasi[baris + y - 1];
                    cek += bulatkan((r - s) * 100 / Math.abs(s));
                }
            }
        }
        for (int y = 0; y < DataKinerja.TAHUN; y++) {
            rataRata[y] = bulatkan(rataRata[y] / n);
            cek += rataRata[y];
        }
        return cek;
    }

    /**
     * One agency of {@code units} units: each unit, then per year the mean of the units' means.
     *
     * @param seriAwal the agency's first series
     * @param units the number of units
     * @return the checksum
     */
    double instansi(int seriAwal, int units) {
        double[] rataUnit = new double[DataKinerja.TAHUN];
        double[] jumlah = new double[DataKinerja.TAHUN];
        double cek = 0;
        for (int u = 0; u < units; u++) {
            cek += unit(seriAwal + u * polaritas.length, rataUnit);
            for (int y = 0; y < DataKinerja.TAHUN; y++) {
                jumlah[y] += rataUnit[y];
            }
        }
        for (int y = 0; y < DataKinerja.TAHUN; y++) {
            cek += bulatkan(jumlah[y] / units);
        }
        return cek;
    }
}
