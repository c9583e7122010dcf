package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.internal.BagiUnscaled;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PembulatanTest {

    /** Dividends and divisors as LKjIP figures come: up to twelve digits, scale 0 to 6. */
    private static Gen<BigDecimal> angka() {
        return longs().between(-999_999_999_999L, 999_999_999_999L).zip(integers().between(0, 6),
                BigDecimal::valueOf);
    }

    private static Gen<BigDecimal> bukanNol() {
        return angka().assuming(d -> d.signum() != 0);
    }

    /** A division to round: dividend, divisor (not zero) and scale. */
    private record Pembagian(BigDecimal pembilang, BigDecimal penyebut, int scale) {
    }

    /**
     * Random divisions, mixed with divisions whose quotient is exact at the scale or lies exactly
     * half-way between two steps of it (q + 0,5 units): where the rounding modes part, and which
     * random figures almost never hit.
     */
    private static Gen<Pembagian> pembagian() {
        Gen<Pembagian> acak = angka().zip(bukanNol(), integers().between(0, Pembulatan.MAX_SCALE), Pembagian::new);
        Gen<Pembagian> tepat = longs().between(-999_999, 999_999).zip(integers().between(0, 6), bukanNol(),
                (q, scale, b) -> new Pembagian(BigDecimal.valueOf(q, scale).multiply(b), b, scale));
        Gen<Pembagian> tengah = longs().between(-999_999, 999_999).zip(integers().between(0, 6), bukanNol(),
                (q, scale, b) -> new Pembagian(BigDecimal.valueOf(q * 10 + 5, scale + 1).multiply(b), b, scale));
        return Generate.oneOf(acak, tepat, tengah);
    }

    private static Gen<RoundingMode> modes() {
        return arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }

    /**
     * The oracle: a / b at {@code scale} with integer arithmetic only. With a = ua 10^-sa and
     * b = ub 10^-sb, the quotient times 10^scale is ua 10^(scale - sa + sb) / ub, an exact fraction
     * n / d whose integer part and remainder decide every rounding mode.
     */
    private static BigDecimal oracle(BigDecimal a, BigDecimal b, int scale, RoundingMode mode) {
        int e = scale - a.scale() + b.scale();
        BigInteger n = a.unscaledValue().abs();
        BigInteger d = b.unscaledValue().abs();
        if (e >= 0) {
            n = n.multiply(BigInteger.TEN.pow(e));
        } else {
            d = d.multiply(BigInteger.TEN.pow(-e));
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger q = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(d);
        boolean inexact = qr[1].signum() != 0;
        boolean negative = a.signum() * b.signum() < 0;
        boolean awayFromZero = switch (mode) {
            case UP -> inexact;
            case DOWN -> false;
            case CEILING -> inexact && !negative;
            case FLOOR -> inexact && negative;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && q.testBit(0));
            case UNNECESSARY -> throw new IllegalArgumentException("no oracle for UNNECESSARY");
        };
        if (awayFromZero) {
            q = q.add(BigInteger.ONE);
        }
        return new BigDecimal(negative ? q.negate() : q, scale);
    }

    private static BigDecimal angka(String text) {
        return new BigDecimal(text);
    }

    @Test
    void bagiEqualsTheExactQuotientRoundedOnceInEveryMode() {
        qt().withExamples(ValueContract.EXAMPLES * 3).forAll(pembagian(), modes()).checkAssert((p, mode) ->
                assertThat(Pembulatan.of(p.scale(), mode).bagi(p.pembilang(), p.penyebut()))
                        .isEqualTo(oracle(p.pembilang(), p.penyebut(), p.scale(), mode)));
    }

    @Test
    void downNeverExceedsHalfUpForNonNegativeQuotientsAndIsWithinOneUnitOfIt() {
        qt().withExamples(ValueContract.EXAMPLES)
                .forAll(pembagian().map(p -> new Pembagian(p.pembilang().abs(), p.penyebut().abs(), p.scale())))
                .checkAssert(p -> {
                    BigDecimal down = Pembulatan.of(p.scale(), RoundingMode.DOWN).bagi(p.pembilang(), p.penyebut());
                    BigDecimal halfUp = Pembulatan.of(p.scale(), RoundingMode.HALF_UP)
                            .bagi(p.pembilang(), p.penyebut());
                    assertThat(down).isLessThanOrEqualTo(halfUp);
                    assertThat(halfUp.subtract(down)).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(p.scale()));
                });
    }

    @Test
    void theKlojenCapaianFiguresComeOutAsPrinted() {
        // Tabel 3.1: Nilai SAKIP 87,80 / 80,01 = 109,74 %; Indeks Kepuasan 4,40 / 3,13 is printed
        // 140,57 %, which is truncation (DOWN), not HALF_UP (140,58).
        assertThat(Pembulatan.STANDAR.bagi(angka("8780"), angka("80.01"))).isEqualTo(angka("109.74"));
        assertThat(Pembulatan.of(2, RoundingMode.DOWN).bagi(angka("440"), angka("3.13"))).isEqualTo(angka("140.57"));
        assertThat(Pembulatan.STANDAR.bagi(angka("440"), angka("3.13"))).isEqualTo(angka("140.58"));
    }

    /**
     * bagiUnscaled gives the oracle's unscaled quotient, and answers OVERFLOW exactly when the
     * dividend or divisor scaled by the power of ten does not fit in a long.
     */
    private static void agreesUnscaled(Pembulatan pembulatan, long ua, int sa, long ub, int sb) {
        long shift = (long) pembulatan.getScale() - sa + sb;
        boolean fits = Math.abs(shift) <= 18 && fitsLong(BigInteger.valueOf(shift >= 0 ? ua : ub), shift)
                && BigInteger.valueOf(shift >= 0 ? ub : ua).bitLength() < 64 && ua != Long.MIN_VALUE
                && ub != Long.MIN_VALUE;
        long q = BagiUnscaled.bagi(pembulatan, ua, sa, ub, sb);
        if (!fits) {
            assertThat(q).as("%s at %s / %s at %s", ua, sa, ub, sb).isEqualTo(BagiUnscaled.OVERFLOW);
            return;
        }
        assertThat(BigDecimal.valueOf(q, pembulatan.getScale())).as("%s at %s / %s at %s", ua, sa, ub, sb)
                .isEqualTo(oracle(BigDecimal.valueOf(ua, sa), BigDecimal.valueOf(ub, sb), pembulatan.getScale(),
                        pembulatan.getRoundingMode()));
    }

    /** Whether v x 10^|shift| has at most 63 bits and is not Long.MIN_VALUE. */
    private static boolean fitsLong(BigInteger v, long shift) {
        return v.multiply(BigInteger.TEN.pow((int) Math.abs(shift))).abs().bitLength() < 64;
    }

    @Test
    void bagiUnscaledIsTheUnscaledValueOfBagiOrOverflow() {
        Gen<Long> unscaled = Generate.oneOf(longs().between(-999_999_999_999L, 999_999_999_999L),
                longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE),
                longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1_000), longs().all());
        Gen<Pembagian> inLong = pembagian().assuming(p -> p.pembilang().unscaledValue().bitLength() < 64);
        qt().withExamples(ValueContract.EXAMPLES * 3).forAll(inLong, modes(), unscaled, integers().between(-25, 25))
                .checkAssert((p, mode, big, bigScale) -> {
                    Pembulatan pembulatan = Pembulatan.of(p.scale(), mode);
                    BigDecimal a = p.pembilang();
                    BigDecimal b = p.penyebut();
                    long ub = b.unscaledValue().longValueExact();
                    agreesUnscaled(pembulatan, a.unscaledValue().longValueExact(), a.scale(), ub, b.scale());
                    agreesUnscaled(pembulatan, big, bigScale, ub, b.scale());
                    if (big != 0) {
                        agreesUnscaled(pembulatan, a.unscaledValue().longValueExact(), a.scale(), big, bigScale);
                    }
                });
    }

    @Test
    void bagiUnscaledGivesTheKlojenCapaianAndOverflowWhereALongCannotHoldIt() {
        // Tabel 3.1: 87,80 x 100 / 80,01 printed 109,74; 4,40 x 100 / 3,13 printed 140,57 (DOWN)
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 878_000, 2, 8001, 2)).isEqualTo(10_974);
        assertThat(BagiUnscaled.bagi(Pembulatan.of(2, RoundingMode.DOWN), 44_000, 2, 313, 2)).isEqualTo(14_057);
        assertThat(BagiUnscaled.bagi(Pembulatan.of(2, RoundingMode.UP), -1, 0, 8, 0)).isEqualTo(-13);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, Long.MAX_VALUE, 0, 1, 0)).isEqualTo(BagiUnscaled.OVERFLOW);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 1, 0, 1, 17)).isEqualTo(BagiUnscaled.OVERFLOW);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 1, 0, 1, 16)).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 1, 21, 1, 0)).isEqualTo(BagiUnscaled.OVERFLOW);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 5, 20, 1, 0)).isZero();
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 1, Integer.MIN_VALUE, 1, Integer.MAX_VALUE))
                .isEqualTo(BagiUnscaled.OVERFLOW);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, Long.MIN_VALUE, 2, 1, 2)).isEqualTo(BagiUnscaled.OVERFLOW);
        assertThat(BagiUnscaled.bagi(Pembulatan.STANDAR, 1, 2, Long.MIN_VALUE, 2)).isEqualTo(BagiUnscaled.OVERFLOW);
    }

    @Test
    void bagiUnscaledRefusesZeroAndUnnecessaryRounding() {
        Pembulatan exact = Pembulatan.of(2, RoundingMode.UNNECESSARY);
        assertThat(BagiUnscaled.bagi(exact, 1, 0, 4, 0)).isEqualTo(25);
        assertThatThrownBy(() -> BagiUnscaled.bagi(exact, 1, 0, 3, 0)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Pembulatan Pembulatan[2, UNNECESSARY] cannot represent unscaled 1 at scale 0"
                        + " / unscaled 3 at scale 0 without rounding");
        assertThatThrownBy(() -> BagiUnscaled.bagi(Pembulatan.STANDAR, 8780, 2, 0, 2))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("BagiUnscaled divisor (penyebut) must not be 0, dividing unscaled 8780 at scale 2");
    }

    @Test
    void unnecessaryRoundingAcceptsAnExactQuotientAndRejectsAnInexactOne() {
        Pembulatan exact = Pembulatan.of(2, RoundingMode.UNNECESSARY);
        assertThat(exact.bagi(BigDecimal.ONE, angka("4"))).isEqualTo(angka("0.25"));
        assertThatThrownBy(() -> exact.bagi(BigDecimal.ONE, angka("3"))).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("1 / 3").hasMessageContaining("without rounding");
        assertThatThrownBy(() -> exact.bulatkan(angka("0.125"))).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("0.125");
    }

    @Test
    void divisionByZeroIsASakipExceptionNamingTheDivisorAndTheDividend() {
        assertThatThrownBy(() -> Pembulatan.STANDAR.bagi(angka("87.80"), angka("0.00")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Pembulatan.bagi divisor (penyebut) must not be 0, dividing 87.80");
    }

    @Test
    void scaleOutsideZeroToThirtyIsRejectedWithTheScale() {
        assertThat(Pembulatan.of(0, RoundingMode.HALF_UP).getScale()).isZero();
        assertThat(Pembulatan.of(30, RoundingMode.HALF_UP).getScale()).isEqualTo(30);
        assertThatThrownBy(() -> Pembulatan.of(-1, RoundingMode.HALF_UP)).isInstanceOf(SakipException.class)
                .hasMessage("Pembulatan.scale must be between 0 and 30, was -1");
        assertThatThrownBy(() -> Pembulatan.of(31, RoundingMode.HALF_UP)).isInstanceOf(SakipException.class)
                .hasMessageContaining("was 31");
    }

    @Test
    void theDefaultIsTwoDecimalsHalfUp() {
        assertThat(Pembulatan.STANDAR).isEqualTo(Pembulatan.of(2, RoundingMode.HALF_UP))
                .hasSameHashCodeAs(Pembulatan.of(2, RoundingMode.HALF_UP))
                .isNotEqualTo(Pembulatan.of(2, RoundingMode.DOWN))
                .hasToString("Pembulatan[2, HALF_UP]");
    }

    @Test
    void nullModeIsASakipException() {
        ValueContract.assertNullRejected(() -> Pembulatan.of(2, null), "Pembulatan.roundingMode");
    }
}
