package io.github.sakip.tren;

import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The compound growth rate ((akhir / awal)^(1/n) - 1) x 100, rounded correctly: the result is
 * exactly what rounding the true (generally irrational) value with the {@link Pembulatan} would
 * give, for every scale and rounding mode.
 *
 * <p>Method: Newton's iteration in {@code BigDecimal} with a {@link MathContext} of some 20 digits
 * beyond the scale wanted gives a first guess y. That guess is then proven, or corrected, with exact
 * arithmetic: for a candidate v on the grid one decimal finer than the scale wanted,
 * {@code 1 + v/100 <= root} holds exactly when {@code (100 + v)^n x awal <= 100^n x akhir}, a
 * comparison of finite decimals with no rounding at all. The proven grid interval
 * {@code v(k) <= y < v(k+1)} and whether {@code y == v(k)} exactly decide the rounding in every
 * mode, since no rounding boundary lies strictly inside a grid interval.
 */
final class AkarTerbulat {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final int MAX_NEWTON = 100_000;
    /** Halvings of the first bracket of the root in {@link #akarAtas}: 2^40 is about 10^12. */
    private static final int BISEKSI = 40;

    private AkarTerbulat() {
    }

    /**
     * The growth rate in percent per period, rounded once.
     *
     * @param awal the earlier value, greater than zero
     * @param akhir the later value, zero or more
     * @param n the number of periods, 1 or more
     */
    static BigDecimal lajuPersen(BigDecimal awal, BigDecimal akhir, int n, Pembulatan pembulatan) {
        if (akhir.signum() == 0) {
            return pembulatan.bulatkan(SERATUS.negate());
        }
        int grid = pembulatan.getScale() + 1;
        BigInteger k = tebakan(awal, akhir, n, pembulatan.getScale()).setScale(grid, RoundingMode.FLOOR)
                .unscaledValue();
        BigInteger kMin = SERATUS.negate().setScale(grid).unscaledValue();
        k = k.max(kMin);
        while (k.compareTo(kMin) > 0 && !diBawahAkar(k, grid, awal, akhir, n)) {
            k = k.subtract(BigInteger.ONE);
        }
        while (diBawahAkar(k.add(BigInteger.ONE), grid, awal, akhir, n)) {
            k = k.add(BigInteger.ONE);
        }
        BigDecimal v = new BigDecimal(k, grid);
        if (pangkat(v, n).multiply(awal).compareTo(SERATUS.pow(n).multiply(akhir)) == 0) {
            return pembulatan.bulatkan(v);
        }
        // strictly between v(k) and v(k+1): the midpoint rounds the same in every mode
        return pembulatan.bulatkan(v.add(new BigDecimal(BigInteger.valueOf(5), grid + 1)));
    }

    /** Whether 1 + v/100 <= (akhir/awal)^(1/n), exactly, for v = k x 10^-grid >= -100. */
    private static boolean diBawahAkar(BigInteger k, int grid, BigDecimal awal, BigDecimal akhir, int n) {
        BigDecimal v = new BigDecimal(k, grid);
        return pangkat(v, n).multiply(awal).compareTo(SERATUS.pow(n).multiply(akhir)) <= 0;
    }

    /** (100 + v)^n, exact. */
    private static BigDecimal pangkat(BigDecimal v, int n) {
        return SERATUS.add(v).pow(n);
    }

    /** A first guess of the rate by Newton's iteration, from above, so it converges monotonically. */
    private static BigDecimal tebakan(BigDecimal awal, BigDecimal akhir, int n, int scale) {
        BigDecimal approxQ = akhir.divide(awal, MathContext.DECIMAL128);
        int digits = Math.max(0, approxQ.precision() - approxQ.scale()) + scale + 20;
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal q = akhir.divide(awal, mc);
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal nMinus1 = BigDecimal.valueOf(n - 1L);
        // 1 + (q - 1)/n >= q^(1/n) for q >= 1 (Bernoulli), and 1 > q^(1/n) for q < 1
        BigDecimal x = q.compareTo(BigDecimal.ONE) >= 0
                ? BigDecimal.ONE.add(q.subtract(BigDecimal.ONE).divide(bn, mc)) : BigDecimal.ONE;
        if (n > 1) {
            x = x.min(akarAtas(q, n));
        }
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(scale + 15);
        for (int i = 0; i < MAX_NEWTON && n > 1; i++) {
            BigDecimal next = nMinus1.multiply(x).add(q.divide(x.pow(n - 1, mc), mc)).divide(bn, mc);
            boolean done = next.compareTo(x) >= 0 || x.subtract(next).compareTo(epsilon) <= 0;
            x = next.min(x);
            if (done) {
                break;
            }
        }
        return (n == 1 ? q : x).subtract(BigDecimal.ONE).multiply(SERATUS);
    }

    /**
     * An upper bound of q^(1/n) less than about 1/(10n) above it, so that Newton's iteration from
     * it is short. From Bernoulli's bound alone, Newton shrinks by only (n - 1)/n a step while far
     * above the root, about n x ln(q) steps: a rate from 1 to 1E+20 over 1000 years did not finish.
     * With 10^e <= q < 10^(e+1) the root lies between 10^floor(e/n) and 10^ceil((e+1)/n), at most a
     * factor 100 apart; 40 halvings of that interval follow, each deciding with m^n rounded down
     * (FLOOR), so that the upper end stays an upper bound of the root.
     */
    private static BigDecimal akarAtas(BigDecimal q, int n) {
        long e = (long) q.precision() - q.scale() - 1;
        BigDecimal bawah = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floorDiv(e, n));
        BigDecimal atas = BigDecimal.ONE.scaleByPowerOfTen((int) -Math.floorDiv(-(e + 1), n));
        MathContext turun = new MathContext(30, RoundingMode.FLOOR);
        BigDecimal dua = BigDecimal.valueOf(2);
        for (int i = 0; i < BISEKSI; i++) {
            BigDecimal tengah = bawah.add(atas).divide(dua, turun);
            if (tengah.pow(n, turun).compareTo(q) >= 0) {
                atas = tengah;
            } else {
                bawah = tengah;
            }
        }
        return atas;
    }
}
