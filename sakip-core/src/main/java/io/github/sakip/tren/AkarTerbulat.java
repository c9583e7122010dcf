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
}
