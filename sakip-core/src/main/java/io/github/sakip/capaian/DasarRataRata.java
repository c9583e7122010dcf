package io.github.sakip.capaian;

/**
 * Which capaian values {@link RataRataCapaian} averages: a policy, default {@link #DIBULATKAN}.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1, "Rata-rata capaian" 114,53: the report averages
 * its printed figures (109,74 + 93,29 + 140,57) / 3 = 114,533... From {@code HALF_UP} capaian
 * (109,74 + 93,29 + 140,58) / 3 = 114,536... gives 114,54, and from the exact capaian
 * (109,7362... + 93,2949... + 140,5750...) / 3 = 114,5354... gives 114,54 too, or 114,53 when the
 * average is truncated ({@code DOWN}); capaian truncated ({@code DOWN}) before averaging give
 * (109,73 + 93,29 + 140,57) / 3 = 114,53.
 */
public enum DasarRataRata {
    /**
     * The capaian as printed, each rounded by its own {@link RumusCapaian} policy: the default,
     * because a reader checks a report's average against the figures of its table.
     */
    DIBULATKAN,
    /** The exact capaian, before any rounding; the average alone is rounded. */
    EKSAK
}
