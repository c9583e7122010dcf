/**
 * The public satisfaction index (indeks kepuasan masyarakat, IKM) of a service unit, from a
 * survey (survei kepuasan masyarakat) under PermenPANRB 14/2017 (nine unsur, the default) or
 * KepmenPAN 25/2004 (fourteen unsur, for older surveys).
 *
 * <p>Input is a {@link io.github.sakip.evaluasi.ikm.SurveiIkm}: respondents' answers as rows
 * ({@link io.github.sakip.evaluasi.ikm.JawabanResponden}, 1-4 or unanswered per unsur) or the
 * per-unsur totals reports print ({@link io.github.sakip.evaluasi.ikm.RekapUnsur}), optionally
 * with the population it represents, checked against the Krejcie-Morgan table
 * ({@link io.github.sakip.evaluasi.ikm.TabelSampel}). A
 * {@link io.github.sakip.evaluasi.ikm.RumusIkm} turns it into an
 * {@link io.github.sakip.evaluasi.ikm.Ikm}: NRR per unsur, weighted NRR, IKM unit, IKM (x 25) and
 * mutu A-D on the bands of the chosen {@link io.github.sakip.evaluasi.ikm.PedomanIkm}, all exact
 * until one final rounding. The Klojen LKjIP 2021's IKM 85,48 rates B (baik).
 *
 * <p>Tables that print only the NRR per unsur, without answers or totals, are computed from those
 * NRR ({@link io.github.sakip.evaluasi.ikm.RumusIkm#hitungDariNrr}); "as printed" variants round
 * the NRR or the IKM unit before going on, as such reports do. A Puskesmas survey of June 2012
 * under KepmenPAN 25/2004 ("Hasil PHC", Tabel 1) is reproduced that way: unit 3,059, IKM 76,475,
 * mutu B.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.evaluasi.ikm;

import javax.annotation.ParametersAreNonnullByDefault;
