package io.github.sakip.tren;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import java.math.BigDecimal;

/**
 * The direction of a change of value from one year to the next, whatever the polarity: up
 * (naik), down (turun) or unchanged (tetap). Whether the direction is good is
 * {@link ArahKinerja}.
 *
 * <p>Examples: the Klojen Nilai SAKIP rose from 76,57 to 87,80 ("kenaikan sebesar 11,23"):
 * {@link #NAIK}; its IPMas fell from 83,00 to 80,98 ("penurunan sebesar 2,02"): {@link #TURUN};
 * its penyerapan anggaran fell from 96,30 % to 92,57 % ("turun sebesar 3,73"): {@link #TURUN}.
 */
public enum Arah {
    /** Up (naik, kenaikan): the later value is greater. */
    NAIK,
    /** Down (turun, penurunan): the later value is smaller. */
    TURUN,
    /** Unchanged (tetap): equal values, whatever their scale. */
    TETAP;

    /**
     * The direction of a change.
     *
     * @param perubahan the later value minus the earlier, not null
     * @return {@link #NAIK} when positive, {@link #TURUN} when negative, {@link #TETAP} when zero
     * @throws SakipException when the change is null
     */
    public static Arah of(BigDecimal perubahan) {
        int sign = Checks.notNull(perubahan, "Arah perubahan").signum();
        return sign > 0 ? NAIK : sign < 0 ? TURUN : TETAP;
    }
}
