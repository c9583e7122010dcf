package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
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
