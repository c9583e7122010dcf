package io.github.sakip.tren;

/**
 * Whether a change of realisasi is an improvement (membaik) or a deterioration (memburuk) given
 * the indicator's {@link io.github.sakip.model.Polaritas}:
 * <ul>
 *   <li>{@code POSITIF} (higher is better): up is {@link #MEMBAIK}, down is {@link #MEMBURUK};</li>
 *   <li>{@code NEGATIF} (lower is better): down is {@link #MEMBAIK}: a poverty rate falling from
 *       9,80 % to 9,31 % is an improvement;</li>
 *   <li>{@code STABIL} (the target itself is best): the value nearer to the target is better. The
 *       library measures both years against the target of the later year (the target the agency
 *       is judged by now); for a range target (rentang) the distance is zero inside the range and
 *       to the nearer bound outside. Without a target for the later year the change cannot be
 *       judged and no {@code ArahKinerja} is given (this choice is the library's; no regulation
 *       defines it).</li>
 * </ul>
 * {@link #TETAP} when the values are equal, or (for {@code STABIL}) equally far from the target.
 */
public enum ArahKinerja {
    /** Improved (membaik): the later value is better by the indicator's polarity. */
    MEMBAIK,
    /** Deteriorated (memburuk): the later value is worse by the indicator's polarity. */
    MEMBURUK,
    /** Neither better nor worse (tetap). */
    TETAP
}
