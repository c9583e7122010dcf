package io.github.sakip.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.annotation.Nullable;

/**
 * The exact fast path of {@link Pembulatan#bagi}: a division rounded once, in {@code long}
 * arithmetic, for operands whose unscaled values have at most 18 digits and whose scaled dividend
 * and divisor still fit in a {@code long}. With a = ua x 10^-sa and b = ub x 10^-sb, the quotient
 * at scale s is ua x 10^(s - sa + sb) / ub: one multiplication by a power of ten (checked for
 * overflow with {@link Math#multiplyHigh}), one integer division, and the rounding mode applied to
 * the remainder. Outside those bounds it answers {@code null} and the caller divides with
 * {@link BigDecimal}; both give the same value at the same scale for every {@link RoundingMode}
 * ({@code LongDivisionTest} checks it against {@code BigDecimal.divide}).
 *
 * <p>No floating point anywhere: every step is exact. Stateless and thread-safe.
 */
final class LongDivision {
    /** Powers of ten that fit in a long: 10^0 to 10^18. */
    private static final long[] POW10 = new long[19];
    /** At most 18 digits: such an unscaled value fits in a long (10^18 - 1 < 2^63). */
    private static final int MAX_DIGITS = 18;
    /** What {@link #bagi(long, long, long, RoundingMode)} answers when the long path cannot divide. */
    static final long OVERFLOW = Pembulatan.OVERFLOW;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private LongDivision() {
    }

    /**
     * Divides {@code a} by {@code b} and rounds to {@code scale} by {@code mode}, as
     * {@code a.divide(b, scale, mode)} does, when the operands allow the long path.
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @param scale the scale of the result
     * @param mode the rounding mode
     * @return the quotient, or null when the operands are too large for the long path
     * @throws ArithmeticException when the mode is {@code UNNECESSARY} and rounding is needed,
     *     as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}
     */
    @Nullable
    static BigDecimal bagi(BigDecimal a, BigDecimal b, int scale, RoundingMode mode) {
        if (a.precision() > MAX_DIGITS || b.precision() > MAX_DIGITS) {
            return null;
        }
        long q = bagi(unscaled(a), unscaled(b), (long) scale - a.scale() + b.scale(), mode);
        return q == OVERFLOW ? null : BigDecimal.valueOf(q, scale);
    }

    /**
     * Rounds {@code num x 10^shift / den} to an integer by {@code mode}, all in {@code long}
     * arithmetic: the core of {@link #bagi(BigDecimal, BigDecimal, int, RoundingMode)} and of
     * {@link Pembulatan#bagiUnscaled}.
     *
     * @param num the unscaled dividend
     * @param den the unscaled divisor, not zero
     * @param shift the power of ten that scales the quotient
     * @param mode the rounding mode
     * @return the rounded quotient, or {@link #OVERFLOW} when the scaled operands do not fit in a
     *     long; never {@link #OVERFLOW} otherwise (|quotient| &lt;= |scaled dividend| &lt; 2^63)
     * @throws ArithmeticException when the mode is {@code UNNECESSARY} and rounding is needed
     */
    static long bagi(long num, long den, long shift, RoundingMode mode) {
        if (shift > MAX_DIGITS || shift < -MAX_DIGITS) {
            return OVERFLOW;
        }
        long n = num;
        long d = den;
        if (shift >= 0) {
            n = multiply(n, POW10[(int) shift]);
        } else {
            d = multiply(d, POW10[(int) -shift]);
        }
        if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
            return OVERFLOW;
        }
        long q = n / d;
        long rem = n - q * d;
        if (rem != 0) {
            q += increment(q, rem, d, (n ^ d) < 0 ? -1 : 1, mode);
        }
        return q;
    }

    /** The unscaled value of a decimal of at most 18 digits, without a BigInteger. */
    private static long unscaled(BigDecimal d) {
        return d.scale() == 0 ? d.longValue() : d.movePointRight(d.scale()).longValue();
    }

    /** x times a power of ten, or Long.MIN_VALUE (rejected by the caller) on overflow. */
    private static long multiply(long x, long pow10) {
        long lo = x * pow10;
        return Math.multiplyHigh(x, pow10) == (lo >> 63) ? lo : Long.MIN_VALUE;
    }

    /**
     * What rounding adds to the truncated quotient q (rounded toward zero) given the non-zero
     * remainder: 0, or the sign of the exact quotient to move away from zero, or -1 / +1 for
     * FLOOR / CEILING.
     */
    private static long increment(long q, long rem, long den, int sign, RoundingMode mode) {
        switch (mode) {
            case UP:
                return sign;
            case DOWN:
                return 0;
            case CEILING:
                return sign > 0 ? 1 : 0;
            case FLOOR:
                return sign < 0 ? -1 : 0;
            case HALF_UP:
                return half(rem, den) >= 0 ? sign : 0;
            case HALF_DOWN:
                return half(rem, den) > 0 ? sign : 0;
            case HALF_EVEN: {
                int c = half(rem, den);
                return c > 0 || (c == 0 && (q & 1) != 0) ? sign : 0;
            }
            default:
                throw new ArithmeticException("Rounding necessary");
        }
    }

    /** Compares the remainder with half the divisor, in magnitude, without overflow. */
    private static int half(long rem, long den) {
        long r = Math.abs(rem);
        return Long.compare(r, Math.abs(den) - r);
    }
}
