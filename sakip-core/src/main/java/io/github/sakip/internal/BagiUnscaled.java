package io.github.sakip.internal;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import java.math.RoundingMode;

/**
 * Internal, not API: the allocation-free division of {@code io.github.sakip.capaian.CapaianMassal},
 * on unscaled {@code long} values. It lives in a package that the module does not export, so
 * that {@link Pembulatan}'s public face keeps only {@link Pembulatan#bagi}; it may change in any
 * release.
 *
 * <p>With a = ua x 10^-sa and b = ub x 10^-sb, the quotient at scale s is ua x 10^(s - sa + sb)
 * / ub: one multiplication by a power of ten (checked for overflow with
 * {@link Math#multiplyHigh}), one integer division, and the rounding mode applied to the
 * remainder; no floating point, no object. The result is the unscaled value of what
 * {@link Pembulatan#bagi} gives ({@code PembulatanTest} checks it against
 * {@code BigDecimal.divide}). Stateless and thread-safe.
 */
public final class BagiUnscaled {
    /**
     * What {@link #bagi} answers when the quotient cannot be computed in {@code long} arithmetic:
     * {@link Long#MIN_VALUE}, which no quotient of that method takes.
     */
    public static final long OVERFLOW = Long.MIN_VALUE;

    /** Powers of ten that fit in a long: 10^0 to 10^18. */
    private static final long[] POW10 = new long[19];
    /** At most 18 digits: such an unscaled value fits in a long (10^18 - 1 &lt; 2^63). */
    private static final int MAX_DIGITS = 18;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private BagiUnscaled() {
    }

    /**
     * Divides two decimals given by their unscaled values and scales, exactly, rounds the quotient
     * once by {@code pembulatan} and answers its unscaled value at the rounding's scale. Example,
     * the Klojen LKjIP 2021, Tabel 3.1: 87,80 x 100 / 80,01 is
     * {@code bagi(Pembulatan.STANDAR, 878000, 2, 8001, 2)} = {@code 10974}, that is 109,74.
     *
     * @param pembulatan the rounding, not null
     * @param pembilang the unscaled dividend
     * @param skalaPembilang the scale of the dividend (any int)
     * @param penyebut the unscaled divisor, not zero
     * @param skalaPenyebut the scale of the divisor (any int)
     * @return the unscaled quotient, or {@link #OVERFLOW} when the scaled dividend or divisor does
     *     not fit in a {@code long}
     * @throws SakipException when the divisor is zero, or the mode is {@code UNNECESSARY} and
     *     rounding is needed
     */
    public static long bagi(Pembulatan pembulatan, long pembilang, int skalaPembilang, long penyebut,
            int skalaPenyebut) {
        if (penyebut == 0) {
            throw new SakipException("BagiUnscaled divisor (penyebut) must not be 0, dividing unscaled "
                    + pembilang + " at scale " + skalaPembilang);
        }
        try {
            return bagi(pembilang, penyebut, (long) pembulatan.getScale() - skalaPembilang + skalaPenyebut,
                    pembulatan.getRoundingMode());
        } catch (ArithmeticException e) {
            throw new SakipException("Pembulatan " + pembulatan + " cannot represent unscaled " + pembilang
                    + " at scale " + skalaPembilang + " / unscaled " + penyebut + " at scale " + skalaPenyebut
                    + " without rounding", e);
        }
    }

    /**
     * Rounds {@code num x 10^shift / den} to an integer by {@code mode}, all in {@code long}
     * arithmetic.
     *
     * @param num the unscaled dividend
     * @param den the unscaled divisor, not zero
     * @param shift the power of ten that scales the quotient
     * @param mode the rounding mode
     * @return the rounded quotient, or {@link #OVERFLOW} when the scaled operands do not fit in a
     *     long; never {@link #OVERFLOW} otherwise (|quotient| &lt;= |scaled dividend| &lt; 2^63)
     * @throws ArithmeticException when the mode is {@code UNNECESSARY} and rounding is needed
     */
    private static long bagi(long num, long den, long shift, RoundingMode mode) {
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
