package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The long fast path of {@link Pembulatan#bagi} against {@link BigDecimal#divide(BigDecimal, int,
 * RoundingMode)}: the same value at the same scale, or the same refusal under
 * {@code UNNECESSARY}, for every rounding mode; {@code null} (the BigDecimal fallback) only where
 * the operands are too large.
 */
class LongDivisionTest {
    private static final long MAX_18_DIGITS = 999_999_999_999_999_999L;

    /** Unscaled values: small, LKjIP-sized, at the 18-digit bound, near Long.MAX_VALUE, any long. */
    private static Gen<Long> unscaled() {
        return Generate.oneOf(longs().between(-1_000, 1_000), longs().between(-999_999_999_999L, 999_999_999_999L),
                longs().between(MAX_18_DIGITS - 1_000, MAX_18_DIGITS),
                longs().between(-MAX_18_DIGITS, -MAX_18_DIGITS + 1_000),
                longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE),
                longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1_000), longs().all());
    }

    private static Gen<BigDecimal> angka() {
        return unscaled().zip(integers().between(-3, 12), BigDecimal::valueOf);
    }

    private static Gen<BigDecimal> bukanNol() {
        return angka().assuming(d -> d.signum() != 0);
    }

    private static Gen<RoundingMode> modes() {
        return arbitrary().enumValues(RoundingMode.class);
    }

    /** A division to round: dividend, divisor (not zero) and scale of the result. */
    private record Pembagian(BigDecimal pembilang, BigDecimal penyebut, int scale) {
    }

    /**
     * Random divisions, mixed with divisions whose quotient is exact at the scale (zero remainder)
     * or lies exactly half-way between two steps of it, where the modes part.
     */
    private static Gen<Pembagian> pembagian() {
        Gen<Pembagian> acak = angka().zip(bukanNol(), integers().between(0, Pembulatan.MAX_SCALE), Pembagian::new);
        Gen<BigDecimal> kecil = longs().between(-999_999, 999_999).zip(integers().between(0, 4), BigDecimal::valueOf)
                .assuming(d -> d.signum() != 0);
        Gen<Pembagian> tepat = longs().between(-999_999, 999_999).zip(integers().between(0, 6), kecil,
                (q, scale, b) -> new Pembagian(BigDecimal.valueOf(q, scale).multiply(b), b, scale));
        Gen<Pembagian> tengah = longs().between(-999_999, 999_999).zip(integers().between(0, 6), kecil,
                (q, scale, b) -> new Pembagian(BigDecimal.valueOf(q * 10 + 5, scale + 1).multiply(b), b, scale));
        return Generate.oneOf(acak, tepat, tengah);
    }

    /** The long path agrees with BigDecimal, or steps aside (null), for one division. */
    private static void agrees(BigDecimal a, BigDecimal b, int scale, RoundingMode mode) {
        BigDecimal expected;
        try {
            expected = a.divide(b, scale, mode);
        } catch (ArithmeticException e) {
            try {
                assertThat(LongDivision.bagi(a, b, scale, mode)).as("stepped aside, else it must refuse too").isNull();
            } catch (ArithmeticException refused) {
                assertThat(refused).hasMessage("Rounding necessary");
            }
            return;
        }
        BigDecimal fast = LongDivision.bagi(a, b, scale, mode);
        if (fast != null) {
            assertThat(fast).as("%s / %s at %s %s", a, b, scale, mode).isEqualTo(expected);
            assertThat(fast.scale()).isEqualTo(scale);
        }
    }

    @Test
    void longPathEqualsBigDecimalForEveryMode() {
        qt().withExamples(3000).forAll(pembagian(), modes())
                .checkAssert((p, mode) -> agrees(p.pembilang(), p.penyebut(), p.scale(), mode));
    }

    @Test
    void bagiEqualsBigDecimalForEveryModeOnBothPaths() {
        Pembulatan[] any = new Pembulatan[1];
        qt().withExamples(1000).forAll(pembagian(), modes()).checkAssert((p, mode) -> {
            any[0] = Pembulatan.of(p.scale(), mode);
            BigDecimal expected;
            try {
                expected = p.pembilang().divide(p.penyebut(), p.scale(), mode);
            } catch (ArithmeticException e) {
                assertThatThrownBy(() -> any[0].bagi(p.pembilang(), p.penyebut()))
                        .isInstanceOf(SakipException.class);
                return;
            }
            assertThat(any[0].bagi(p.pembilang(), p.penyebut())).isEqualTo(expected);
        });
    }

    @Test
    void lkjipSizedFiguresTakeTheLongPath() {
        // at most 8 digits and 4 decimals, rounded to at most 6: the scaled dividend stays below 10^18
        Gen<BigDecimal> figure = longs().between(-99_999_999, 99_999_999).zip(integers().between(0, 4),
                BigDecimal::valueOf);
        qt().withExamples(1000).forAll(figure, figure.assuming(d -> d.signum() != 0), integers().between(0, 6),
                arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN))
                .checkAssert((a, b, scale, mode) -> assertThat(LongDivision.bagi(a, b, scale, mode))
                        .isNotNull().isEqualTo(a.divide(b, scale, mode)));
    }

    @Test
    void klojenCapaianOnTheLongPath() {
        // Tabel 3.1: 87,80 / 80,01 x 100 printed 109,74; 4,40 / 3,13 x 100 printed 140,57 (truncated)
        assertThat(LongDivision.bagi(new BigDecimal("8780.00"), new BigDecimal("80.01"), 2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("109.74"));
        assertThat(LongDivision.bagi(new BigDecimal("440.00"), new BigDecimal("3.13"), 2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("140.58"));
        assertThat(LongDivision.bagi(new BigDecimal("440.00"), new BigDecimal("3.13"), 2, RoundingMode.DOWN))
                .isEqualTo(new BigDecimal("140.57"));
    }

    @Test
    void negativeHalvesRoundByMode() {
        BigDecimal a = new BigDecimal("-1");
        BigDecimal b = new BigDecimal("8");
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("-0.13"));
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.HALF_DOWN)).isEqualTo(new BigDecimal("-0.12"));
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("-0.12"));
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.CEILING)).isEqualTo(new BigDecimal("-0.12"));
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.FLOOR)).isEqualTo(new BigDecimal("-0.13"));
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.UP)).isEqualTo(new BigDecimal("-0.13"));
        assertThat(LongDivision.bagi(a, b, 2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("-0.12"));
        assertThat(LongDivision.bagi(a, b, 3, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("-0.125"));
        assertThatThrownBy(() -> LongDivision.bagi(a, b, 2, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void zeroQuotientKeepsTheScale() {
        assertThat(LongDivision.bagi(BigDecimal.ZERO, new BigDecimal("-3"), 4, RoundingMode.UP))
                .isEqualTo(new BigDecimal("0.0000"));
        assertThat(LongDivision.bagi(new BigDecimal("-1"), new BigDecimal("300"), 2, RoundingMode.DOWN))
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void operandsBeyondTheLongPathStepAside() {
        BigDecimal big = new BigDecimal(Long.MAX_VALUE);
        assertThat(LongDivision.bagi(big, BigDecimal.ONE, 0, RoundingMode.HALF_UP)).isNull();
        assertThat(LongDivision.bagi(BigDecimal.valueOf(MAX_18_DIGITS), new BigDecimal("0.1"), 2,
                RoundingMode.HALF_UP)).isNull();
        assertThat(LongDivision.bagi(BigDecimal.ONE, BigDecimal.valueOf(3), Pembulatan.MAX_SCALE,
                RoundingMode.HALF_UP)).isNull();
        assertThat(Pembulatan.of(2, RoundingMode.HALF_UP).bagi(big, new BigDecimal("0.1")))
                .isEqualTo(big.multiply(BigDecimal.TEN).setScale(2));
    }
}
