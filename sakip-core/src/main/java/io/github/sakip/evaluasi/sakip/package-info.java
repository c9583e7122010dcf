/**
 * The Nilai SAKIP: the score of the evaluation of an agency's SAKIP implementation
 * (PermenPANRB 88/2021; the LKE of PermenPANRB 12/2015 for earlier years) and its predikat
 * AA..D.
 *
 * <p>A {@link io.github.sakip.evaluasi.sakip.PedomanSakip} holds the components, their weights
 * and the answers' factors as data; an {@link io.github.sakip.evaluasi.sakip.EvaluasiSakip} is a
 * filled-in worksheet (grades, LKE answers, or scores given directly); a
 * {@link io.github.sakip.evaluasi.sakip.RumusSakip} turns it into a
 * {@link io.github.sakip.evaluasi.sakip.NilaiSakip}. Whether a band includes its lower bound
 * (exactly 90: A as the regulation prints, AA as peer applications rate) is the named policy
 * {@link io.github.sakip.evaluasi.sakip.BatasPredikatSakip}. The Klojen LKjIP 2021's Nilai SAKIP
 * 87,80 rates A (memuaskan); the year before it was 76,57 (BB), a rise of 11,23 points.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.evaluasi.sakip;

import javax.annotation.ParametersAreNonnullByDefault;
