/**
 * Budget analysis of an LKjIP (PermenPANRB 53/2014, analysis item 6 of Bab III, "efisiensi
 * penggunaan sumber daya", and the realisasi anggaran section): roll-up of pagu and realisasi,
 * absorption (penyerapan) and efficiency (efisiensi).
 *
 * <ul>
 *   <li>{@link io.github.sakip.anggaran.PosAnggaran}: a node of a budget tree with exact totals to
 *       the sen, made from the model (sub kegiatan, kegiatan, program, sasaran of a Perjanjian
 *       Kinerja, the agency) or by {@link io.github.sakip.anggaran.RekapNomenklatur} from flat rows
 *       keyed by {@link io.github.sakip.model.KodeNomenklatur} (kegiatan, program, bidang urusan,
 *       urusan);</li>
 *   <li>{@link io.github.sakip.anggaran.RumusPenyerapan}: penyerapan = realisasi / pagu x 100,
 *       sisa = pagu - realisasi, and the change of penyerapan from the year before in percentage
 *       points;</li>
 *   <li>{@link io.github.sakip.anggaran.RumusEfisiensi}: efficiency as Tabel 3.4 of the Klojen
 *       report computes it, capaian kinerja / penyerapan x 100, the savings 100 - penyerapan and a
 *       classification (the default, practice);
 *       {@link io.github.sakip.anggaran.RasioEfisiensi}: the Kepmendagri 690.900-327/1996-style
 *       rating of realisasi / anggaran (a named variant, practice).</li>
 * </ul>
 *
 * <p>Rupiah totals are exact ({@link io.github.sakip.model.Rupiah}, no overflow at any size);
 * percentages are rounded once by a {@link io.github.sakip.model.Pembulatan}, default
 * {@code STANDAR} (two decimals, {@code HALF_UP}). Capaian kinerja enters as a
 * {@link io.github.sakip.model.Persen} computed elsewhere (for example by {@code capaian}), so this
 * package does not depend on how it was computed.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.anggaran;

import javax.annotation.ParametersAreNonnullByDefault;
