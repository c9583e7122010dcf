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
    PERNYATAAN,
    /**
     * Another legitimate policy explains the figure (the report did not declare it, the reviu
     * recognised it): a capaian capped at 100 ("IKM 79,29 / 72,29 = 109,68" printed as 100), the
     * ratio formula T / R for a lower-is-better indicator, a mean of rounded figures. Not an
     * error; {@link Temuan#getVarian()} names the policy. When one policy explains the whole
     * report, its findings become one line of {@link HasilReviu#getKebijakanDikenali()}.
     */
    VARIAN,
    /**
     * The report mixes variants of one policy, for example capaian rounded {@code HALF_UP} in one
     * place and truncated ({@code DOWN}) in another: one finding for the whole report, at
     * {@code Lokasi.of("Laporan", "seluruh laporan", <policy>)}; its printed figure is the number
     * of figures only the less used variant explains, its computed figure the number only the
     * more used one explains, and the explanation lists them.
     */
    VARIAN_CAMPURAN
}
