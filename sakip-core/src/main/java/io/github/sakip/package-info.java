/**
 * The kernel of sakip: the library's exception types, its argument checks and the shared
 * Immutables style. Every other package depends on this one and on nothing else of the library
 * besides {@code model}.
 *
 * <p>Packages by capability:
 * <ul>
 *   <li>{@code model}: the value types of the regulations (Tahun, Indikator, Target, Realisasi,
 *       Sasaran, Program, Pagu, PerjanjianKinerja, Renstra, ...);</li>
 *   <li>{@code format}: Indonesian number formats and {@code terbilang};</li>
 *   <li>{@code capaian}: achievement percentages (capaian) and their aggregation;</li>
 *   <li>{@code predikat}: rating scales (predikat);</li>
 *   <li>{@code tren}: multi-year trends and Renstra progress;</li>
 *   <li>{@code anggaran}: budget roll-up, absorption (penyerapan) and efficiency;</li>
 *   <li>{@code evaluasi}: IKM, Nilai SAKIP and SKP scoring;</li>
 *   <li>{@code reviu}: checking a report's printed figures against its data.</li>
 * </ul>
 */
@ParametersAreNonnullByDefault
package io.github.sakip;

import javax.annotation.ParametersAreNonnullByDefault;
