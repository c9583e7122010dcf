/**
 * Rating scales (skala predikat): a {@link io.github.sakip.predikat.Skala} is a validated list of
 * {@link io.github.sakip.predikat.Pita bands} that assigns exactly one
 * {@link io.github.sakip.predikat.Predikat} to every number, with presets for the scales the
 * regulations and reports use (the LKjIP four-band standard of the Klojen report, the five-band
 * scale of Permendagri 86/2017 evaluations) and a small immutable builder for an agency's own.
 *
 * <p>Labels are data, separate from the bounds: the same five intervals are printed as "sangat
 * tinggi ... sangat rendah" in Renja evaluations and as "sangat baik ... sangat kurang" in other
 * LKjIPs; {@link io.github.sakip.predikat.Skala#withLabel} gives the one from the other.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.predikat;

import javax.annotation.ParametersAreNonnullByDefault;
