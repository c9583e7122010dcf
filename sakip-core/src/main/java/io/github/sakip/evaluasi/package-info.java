/**
 * Evaluation indices beside capaian, each after its own regulation and rating scale, in three
 * sub-packages:
 * <ul>
 *   <li>{@code evaluasi.ikm}: the public satisfaction survey (survei kepuasan masyarakat, IKM) of
 *       PermenPANRB 14/2017 and of the older KepmenPAN 25/2004; the Klojen LKjIP 2021 reports IKM
 *       85,48 (mutu B, baik);</li>
 *   <li>{@code evaluasi.sakip}: the Nilai SAKIP of the evaluation of SAKIP implementation
 *       (PermenPANRB 88/2021 and 12/2015); the Klojen LKjIP 2021 reports 87,80 (predikat A,
 *       memuaskan);</li>
 *   <li>{@code evaluasi.skp}: the individual performance score (nilai capaian of an SKP, PermenPANRB
 *       8/2021).</li>
 * </ul>
 *
 * <p>The three share {@link io.github.sakip.model.Pecahan}, an exact fraction. An IKM weighs each unsur by 1/9, a Nilai SAKIP averages the answers of a criterion,
 * an SKP converts capaian by 49/59: none of these is a terminating decimal, so the indices are
 * kept as fractions and rounded once, at the end, with a {@link io.github.sakip.model.Pembulatan}.
 * Every rating reuses {@link io.github.sakip.predikat.Skala}, its labels as data.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.evaluasi;

import javax.annotation.ParametersAreNonnullByDefault;
