package io.github.sakip.examples.benchmarks;

import io.github.sakip.model.Polaritas;
import java.util.SplittableRandom;

/**
 * Deterministic indicator data, held compactly as the unscaled values of two-decimal numbers
 * (12345 is 123,45): a target and a realisasi per indicator-year, series after series, five years
 * each. Five million indicator-years take two {@code long} arrays of 38 MB; the library's model
 * objects are built from them row by row, as a program reading a CSV file would, so the dataset
 * never holds millions of objects at once.
 *
 * <p>Targets lie between 1,00 and 1.000,00; realisasi between half and one and a half times the
 * target. Polarity goes by the indicator's place in its unit (see {@link #polaritas(int)}).
 */
final class DataKinerja {
    /** Years per series: a Renstra period. */
    static final int TAHUN = 5;
    /** The first year. */
    static final int TAHUN_AWAL = 2021;

    private final long[] target;
    private final long[] realisasi;

    private DataKinerja(long[] target, long[] realisasi) {
        this.target = target;
        this.realisasi = realisasi;
    }

    /**
     * Generates {@code seri} series of five years.
     *
     * @param seri the number of indicator series
     * @param seed the seed: the same seed gives the same data
     * @return the data
     */
    static DataKinerja buat(int seri, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] t = new long[seri * TAHUN];
        long[] r = new long[seri * TAHUN];
        for (int i = 0; i < t.length; i++) {
            t[i] = random.nextLong(100, 100_001);
            r[i] = t[i] * random.nextLong(50, 151) / 100 + random.nextLong(0, 100);
        }
        return new DataKinerja(t, r);
    }

    /**
     * The polarity of the k-th indicator of a unit: seven in ten higher-is-better, two
     * lower-is-better, one stabilize.
     *
     * @param k the indicator's place in its unit, from 0
     * @return the polarity
     */
    static Polaritas polaritas(int k) {
        int m = k % 10;
        return m < 7 ? Polaritas.POSITIF : m < 9 ? Polaritas.NEGATIF : Polaritas.STABIL;
    }

    /** The number of indicator-years. */
    int baris() {
        return target.length;
    }

    /** The unscaled target (scale 2) of row i (series i / 5, year i % 5). */
    long target(int i) {
        return target[i];
    }

    /** The unscaled realisasi (scale 2) of row i. */
    long realisasi(int i) {
        return realisasi[i];
    }

    /** The targets as doubles, for the floor. */
    double[] targetDouble() {
        return toDouble(target);
    }

    /** The realisasi as doubles, for the floor. */
    double[] realisasiDouble() {
        return toDouble(realisasi);
    }

    private static double[] toDouble(long[] unscaled) {
        double[] d = new double[unscaled.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = unscaled[i] / 100.0;
        }
        return d;
    }
}
