/**
 * Multi-year trends of an indicator and its progress toward the Renstra end target: the
 * comparisons an LKjIP makes in Bab III beside this year's capaian (PermenPANRB 53/2014: realisasi
 * this year against earlier years, and against the Renstra medium-term target).
 *
 * <ul>
 *   <li>{@link io.github.sakip.tren.DeretKinerja}: the yearly realisasi (and targets) of one
 *       indicator over a period, missing years absent, never zero;</li>
 *   <li>{@link io.github.sakip.tren.RumusTren}: the change of each year from the year before
 *       ({@link io.github.sakip.tren.PerubahanTahunan}: absolute, in percent, the ratio that
 *       Tabel 3.2 of an LKjIP prints as "Capaian Kinerja", its {@link io.github.sakip.tren.Arah}
 *       and whether it is an improvement, {@link io.github.sakip.tren.ArahKinerja}) and the
 *       compound annual growth rate ({@link io.github.sakip.tren.LajuMajemuk});</li>
 *   <li>{@link io.github.sakip.tren.RumusKemajuan}: progress toward the end-of-period target
 *       (Tabel 3.3, {@link io.github.sakip.tren.KemajuanRenstra}) with a projection to the end
 *       year ({@link io.github.sakip.tren.Proyeksi}, by a named
 *       {@link io.github.sakip.tren.MetodeProyeksi}).</li>
 * </ul>
 *
 * <p>Every figure is exact and reproducible: sums, differences and least squares are computed in
 * exact decimal (rational) arithmetic and rounded once, at the end, by a
 * {@link io.github.sakip.model.Pembulatan} (default {@code STANDAR}, two decimals
 * {@code HALF_UP}); the n-th root of the growth rate is rounded correctly (exactly as rounding the
 * true real value would give), proven by exact comparisons. No {@code double} anywhere.
 *
 * <p>This package depends on {@code model} only; it does not compute capaian of this year's
 * target (that is {@code capaian}), except the polarity formula it needs to compare the latest
 * realisasi with the Renstra end target.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.tren;

import javax.annotation.ParametersAreNonnullByDefault;
