package io.github.sakip.model;

/**
 * How an indicator's quarterly realisasi combine into the year's ("sifat indikator" in e-SAKIP
 * applications). The library's default for an {@link Indikator} is {@link #NILAI_AKHIR}.
 *
 * <p>Example: quarterly realisasi 10, 25, 40, 60 give 60 under {@code KUMULATIF} and
 * {@code NILAI_AKHIR}, 135 under {@code JUMLAH} and 33,75 under {@code RATA_RATA}.
 */
public enum PenggabunganTriwulan {
    /**
     * Each quarter reports the total so far (s.d. triwulan), so the year's realisasi is that of
     * the last quarter reported, and each quarter is compared with its cumulative target.
     */
    KUMULATIF,
    /**
     * The year's realisasi is the last quarter's value, as for an index measured once a year or a
     * level at the end of the period.
     */
    NILAI_AKHIR,
    /** The year's realisasi is the mean of the quarters reported, as for a rate per quarter. */
    RATA_RATA,
    /** The year's realisasi is the sum of the quarters, each quarter reporting its own flow. */
    JUMLAH
}
