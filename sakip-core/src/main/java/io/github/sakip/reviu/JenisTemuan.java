package io.github.sakip.reviu;

/**
 * The kind of a {@link Temuan finding}.
 */
public enum JenisTemuan {
    /**
     * Rounding only: the printed figure is what the data gives under another {@code RoundingMode}
     * at the printed scale, for example 140,57 printed where {@code HALF_UP} gives 140,58 and
     * {@code DOWN} gives 140,57.
     */
    PEMBULATAN,
    /**
     * An error: no rounding of the data's value gives the printed figure, for example an
     * efficiency printed 122,56 where the data gives 122,63.
     */
    KESALAHAN,
    /**
     * The same amount printed differently in two places, for example a program's realisasi printed
     * Rp 15.411.491.203 in one table and Rp 15.411.591.203 in another.
     */
    TIDAK_KONSISTEN,
    /**
     * A count stated in words that the data contradicts, for example "hanya 1 dari 3 sasaran
     * berhasil" where the data shows 2.
     */
    PERNYATAAN
}
