/**
 * Reviu: checking a report's printed figures against what its own data implies, as the APIP
 * (inspektorat) reviews an LKjIP before it is published (PermenPANRB 53/2014).
 *
 * <p>A {@link io.github.sakip.reviu.Pemeriksa} compares a printed figure with the exact value the
 * data gives and, where they differ, returns a {@link io.github.sakip.reviu.Temuan} (finding)
 * that says where ({@link io.github.sakip.reviu.Lokasi}: table, row, column), what was printed,
 * what the data gives, the difference, and its {@link io.github.sakip.reviu.JenisTemuan kind}:
 * rounding only (another {@code RoundingMode} gives the printed figure), an error, an amount
 * printed differently in two places, or a count stated in words that the data contradicts.
 * Tolerances are explicit.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.reviu;

import javax.annotation.ParametersAreNonnullByDefault;
