/**
 * The value types of SAKIP as the regulations name them: {@link io.github.sakip.model.Tahun}
 * (fiscal year), {@link io.github.sakip.model.Periode} (Renstra period),
 * {@link io.github.sakip.model.Triwulan}, {@link io.github.sakip.model.Indikator},
 * {@link io.github.sakip.model.Target}, {@link io.github.sakip.model.Realisasi},
 * {@link io.github.sakip.model.Sasaran}, {@link io.github.sakip.model.Tujuan},
 * {@link io.github.sakip.model.Program}, {@link io.github.sakip.model.Kegiatan},
 * {@link io.github.sakip.model.SubKegiatan}, {@link io.github.sakip.model.KodeNomenklatur},
 * {@link io.github.sakip.model.Rupiah}, {@link io.github.sakip.model.Pagu},
 * {@link io.github.sakip.model.RealisasiAnggaran},
 * {@link io.github.sakip.model.PerjanjianKinerja} and {@link io.github.sakip.model.Renstra}.
 *
 * <p>Every type is immutable and thread-safe, checks its invariants when it is made and throws
 * {@link io.github.sakip.SakipException} naming the field, the value and the rule. Numbers are
 * {@link java.math.BigDecimal}; equality of values follows {@code BigDecimal.equals}, so
 * {@code 80.01} and {@code 80.010} are different values (as in Joda-Money), while comparisons
 * such as {@link io.github.sakip.model.Rupiah#compareTo} ignore the scale.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.model;

import javax.annotation.ParametersAreNonnullByDefault;
