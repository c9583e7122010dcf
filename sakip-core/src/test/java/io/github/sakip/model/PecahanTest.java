package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PecahanTest {

    @Test
    void isKeptInLowestTermsWithPositiveDenominator() {
        Pecahan p = Pecahan.of(513, 150);
        assertThat(p.getPembilang()).isEqualTo(BigInteger.valueOf(171));
        assertThat(p.getPenyebut()).isEqualTo(BigInteger.valueOf(50));
        assertThat(Pecahan.of(3, -6)).isEqualTo(Pecahan.of(-1, 2));
        assertThat(Pecahan.of(3, -6).toString()).isEqualTo("-1/2");
        assertThat(Pecahan.of(8, 2).toString()).isEqualTo("4");
    }

    @Test
    void parseReadsWhatToStringPrints() {
        assertThat(Pecahan.parse("171/50")).isEqualTo(Pecahan.of(513, 150));
        assertThat(Pecahan.parse("2/4")).isEqualTo(Pecahan.of(1, 2));
        assertThat(Pecahan.parse("-4")).isEqualTo(Pecahan.of(-8, 2));
        qt().forAll(longs().all(), longs().between(1, Long.MAX_VALUE))
                .checkAssert((p, q) -> assertThat(Pecahan.parse(Pecahan.of(p, q).toString()))
                        .isEqualTo(Pecahan.of(p, q)));
    }

    @Test
    void parseRefusesOtherFormsWithTheTextNamed() {
        assertThatThrownBy(() -> Pecahan.parse("1/0")).isInstanceOf(SakipParseException.class)
                .hasMessage("Pecahan \"1/0\" must not have penyebut 0");
        for (String bad : List.of("", "1/-3", "1.5", "1 / 3", "/3", "1/", "x", "1".repeat(1001))) {
            assertThatThrownBy(() -> Pecahan.parse(bad)).isInstanceOf(SakipParseException.class)
                    .hasMessageContaining("must have the form pembilang/penyebut");
        }
        assertThatThrownBy(() -> Pecahan.parse(null)).isInstanceOf(SakipException.class)
                .hasMessage("Pecahan text must not be null");
    }

    @Test
    void decimalsBecomeExactFractions() {
        assertThat(Pecahan.of(new BigDecimal("0.111"))).isEqualTo(Pecahan.of(111, 1000));
        assertThat(Pecahan.of(new BigDecimal("1E+2"))).isEqualTo(Pecahan.of(100, 1));
    }

    @Test
    void nineNinthsAreOneButNineTimesThePrintedWeightIsNot() {
        Pecahan ninth = Pecahan.of(1, 9);
        Pecahan sum = Pecahan.total(List.of(ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth));
        assertThat(sum).isEqualTo(Pecahan.SATU);
        assertThat(Pecahan.of(new BigDecimal("0.111")).times(Pecahan.of(9, 1)).bulatkan(Pembulatan.of(3,
                RoundingMode.UNNECESSARY))).isEqualByComparingTo("0.999");
    }

    @Test
    void roundsOnceAtTheEnd() {
        assertThat(Pecahan.of(1, 9).bulatkan(Pembulatan.STANDAR)).isEqualByComparingTo("0.11");
        assertThat(Pecahan.of(2, 3).bulatkan(Pembulatan.of(2, RoundingMode.DOWN))).isEqualByComparingTo("0.66");
        assertThatThrownBy(() -> Pecahan.of(1, 3).bulatkan(Pembulatan.of(5, RoundingMode.UNNECESSARY)))
                .isInstanceOf(SakipException.class);
    }

    @Test
    void arithmeticIsExact() {
        assertThat(Pecahan.of(1, 3).plus(Pecahan.of(1, 6))).isEqualTo(Pecahan.of(1, 2));
        assertThat(Pecahan.of(1, 3).minus(Pecahan.of(1, 2))).isEqualTo(Pecahan.of(-1, 6));
        assertThat(Pecahan.of(2, 3).dividedBy(Pecahan.of(4, 9))).isEqualTo(Pecahan.of(3, 2));
        assertThat(Pecahan.of(1, 3).compareTo(Pecahan.of(333, 1000))).isPositive();
        assertThat(Pecahan.NOL.signum()).isZero();
    }

    @Test
    void zeroDenominatorsAndNullsAreRefused() {
        assertThatThrownBy(() -> Pecahan.of(1, 0)).isInstanceOf(SakipException.class)
                .hasMessageContaining("Pecahan.penyebut must not be 0");
        assertThatThrownBy(() -> Pecahan.SATU.dividedBy(Pecahan.NOL)).isInstanceOf(SakipException.class)
                .hasMessageContaining("divisor must not be 0");
        assertThatThrownBy(() -> Pecahan.of((BigDecimal) null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("must not be null");
    }

    @Test
    void minAndMaxPickByValueAndQuotientOfDecimalsIsExact() {
        assertThat(Pecahan.of(1, 3).min(Pecahan.of(1, 2))).isEqualTo(Pecahan.of(1, 3));
        assertThat(Pecahan.of(1, 3).max(Pecahan.of(1, 2))).isEqualTo(Pecahan.of(1, 2));
        assertThat(Pecahan.of(2, 4).min(Pecahan.of(1, 2))).isEqualTo(Pecahan.of(1, 2));
        // Tabel 3.1, Klojen LKjIP 2021: 87,80 x 100 / 80,01
        assertThat(Pecahan.of(new BigDecimal("8780.00"), new BigDecimal("80.01")))
                .isEqualTo(Pecahan.of(878000, 8001));
        assertThatThrownBy(() -> Pecahan.of(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(SakipException.class)
                .hasMessageContaining("Pecahan.penyebut must not be 0");
    }
}
