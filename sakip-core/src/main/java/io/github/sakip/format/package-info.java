/**
 * Indonesian number formats and terbilang: how SAKIP figures are printed in, and read back from,
 * LKjIP, Renstra and APBD documents.
 *
 * <p>{@link io.github.sakip.format.AngkaFormat} prints and strictly reads numbers such as
 * {@code 40.353.401.000} and {@code 80,01} (or plain {@code 1234.56});
 * {@link io.github.sakip.format.PersenFormat} adds the percent sign ({@code 114,53%});
 * {@link io.github.sakip.format.RupiahFormat} the Rupiah prefix ({@code Rp 40.353.401.000,00});
 * {@link io.github.sakip.format.Terbilang} spells numbers and amounts in words
 * ({@code empat puluh miliar ... rupiah}). Values are {@link java.math.BigDecimal}, or {@code Persen} and
 * {@code Rupiah} for their formats;
 * nothing is rounded unless a format is asked to. Text that cannot be read throws
 * {@link io.github.sakip.SakipParseException} with the position of the fault.
 *
 * <p>This package depends only on the exceptions of {@code io.github.sakip}, its internal checks
 * and the value types {@code Persen} and {@code Rupiah} of {@code io.github.sakip.model}.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.format;

import javax.annotation.ParametersAreNonnullByDefault;
