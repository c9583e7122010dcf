package io.github.sakip.model;

/**
 * The formula for lower-is-better indicators ({@link Polaritas#NEGATIF}, "kondisi khusus"): a
 * policy of the capaian calculator ({@code io.github.sakip.capaian.RumusCapaian}), default
 * {@link #PERMENPANRB}, which an indicator whose Manual IKU states another formula overrides with
 * its own {@link AturanCapaian}.
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
     * {@code R = 2T} and goes below 0 beyond (see {@code io.github.sakip.capaian.BatasBawahCapaian}).
     */
    PERMENPANRB,
    /**
     * {@code T / R x 100} (practice: seen in published reports, never a regulation's default). It
     * never goes below 0 for positive values and is undefined for a realisasi of 0, which
     * the capaian calculator rejects.
     */
    RASIO
}
