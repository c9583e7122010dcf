package io.github.sakip.evaluasi.ikm;

/**
 * The weight of each unsur in the IKM unit, a named policy.
 *
 * <p>PermenPANRB 14/2017 weighs each of its nine unsur equally, 1/9, and prints the weight as
 * 0,111; KepmenPAN 25/2004 weighs each of its fourteen by 1/14, printed 0,071. The printed weight
 * does not sum to one (9 x 0,111 = 0,999), so reports that compute with it get slightly lower
 * totals: a survey in which everyone answers 4 gives IKM 100 with {@link #EKSAK} and 99,9 with
 * {@link #DICETAK}. A portal that prints 100 for such a survey computes with the exact weight.
 */
public enum BobotIkm {
    /** The exact weight 1 / number of unsur (1/9 under PermenPANRB 14/2017): the default. */
    EKSAK,
    /**
     * The weight as the regulation prints it ({@link PedomanIkm#getBobotDicetak()}, 0,111 under
     * PermenPANRB 14/2017), to reproduce reports computed with it.
     */
    DICETAK
}
