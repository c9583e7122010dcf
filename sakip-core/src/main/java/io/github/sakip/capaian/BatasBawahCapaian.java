package io.github.sakip.capaian;

/**
 * What {@link RumusCapaian} does with a capaian below zero: a policy, default {@link #TANPA}.
 *
 * <p>A capaian goes below zero when the lower-is-better formula of PermenPANRB 8/2021 meets a
 * realisasi above twice the target ({@code R > 2T}: target 8, realisasi 20 gives
 * (16 - 20) / 8 x 100 = -50), when a stabilize indicator strays more than its target from it, or
 * when a higher-is-better realisasi is itself negative (a growth rate of -1 against a target of
 * 5 gives -20). No regulation says what to print then; some applications print 0.
 */
public enum BatasBawahCapaian {
    /**
     * Report the capaian as the formula gives it, negative if so: the default, since the formula
     * is the regulation's and flooring would hide how far the realisasi missed.
     */
    TANPA,
    /**
     * Floor at 0: a negative capaian is reported as 0 (practice in some applications). The
     * {@link Capaian} still carries the formula's exact numerator and denominator.
     */
    NOL
}
