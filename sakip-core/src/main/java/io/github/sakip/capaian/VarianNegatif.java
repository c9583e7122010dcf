package io.github.sakip.capaian;

/**
 * The formula for lower-is-better indicators ({@link io.github.sakip.model.Polaritas#NEGATIF},
 * "kondisi khusus"): a policy of {@link RumusCapaian}, default {@link #PERMENPANRB}.
 *
 * <p>Example, the source example of PermenPANRB 8/2021 Bab VI (target 7-8 months, realisasi 9
 * months, so the upper bound 8 is used): {@code PERMENPANRB} gives (2 x 8 - 9) / 8 x 100 = 87,50;
 * {@code RASIO} gives 8 / 9 x 100 = 88,89.
 */
public enum VarianNegatif {
    /**
     * {@code (1 + (1 - R / T)) x 100}, computed as {@code (2T - R) / T x 100} (confirmed:
     * PermenPANRB 8/2021 Bab VI; LKjIPs print it as "rencana - (realisasi - rencana) / rencana x
     * 100 %"). The default. It falls by the same amount for each unit of realisasi, reaches 0 at
     * {@code R = 2T} and goes below 0 beyond (see {@link BatasBawahCapaian}).
     */
    PERMENPANRB,
    /**
     * {@code T / R x 100} (practice: seen in published reports, never a regulation's default). It
     * never goes below 0 for positive values and is undefined for a realisasi of 0, which
     * {@link RumusCapaian} rejects.
     */
    RASIO
}
