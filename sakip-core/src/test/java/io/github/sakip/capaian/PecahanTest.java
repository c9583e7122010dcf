package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.model.Pembulatan;
import io.github.sakip.testing.SakipGen;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PecahanTest {

    private static final MathContext ORACLE = new MathContext(60);

    @Test
    void sumMatchesABigDecimalOracle() {
        qt().withExamples(200).forAll(SakipGen.desimal(-1_000_000, 1_000_000), SakipGen.nilaiPositif(),
                SakipGen.desimal(-1_000_000, 1_000_000), SakipGen.nilaiPositif()).checkAssert((a, b, c, d) -> {
                    Pecahan sum = Pecahan.of(a, b).plus(Pecahan.of(c, d));
                    BigDecimal expected = a.divide(b, ORACLE).add(c.divide(d, ORACLE));
                    assertThat(sum.bulatkan(Pembulatan.of(6, RoundingMode.HALF_UP)).getNilai())
                            .isEqualTo(expected.setScale(6, RoundingMode.HALF_UP));
                });
    }

    @Test
    void comparisonMatchesABigDecimalOracle() {
        qt().withExamples(200).forAll(SakipGen.desimal(-1_000_000, 1_000_000), SakipGen.nilaiPositif(),
                SakipGen.desimal(-1_000_000, 1_000_000), SakipGen.nilaiPositif()).checkAssert((a, b, c, d) -> {
                    int expected = a.multiply(d).compareTo(c.multiply(b));
                    assertThat(Integer.signum(Pecahan.of(a, b).compareTo(Pecahan.of(c, d)))).isEqualTo(expected);
                    assertThat(Pecahan.of(a, b).min(Pecahan.of(c, d)).compareTo(Pecahan.of(a, b).max(Pecahan.of(c, d))))
                            .isLessThanOrEqualTo(0);
                });
    }

    @Test
    void scalingAndDividingKeepTheValue() {
        Pecahan third = Pecahan.of(BigDecimal.ONE, new BigDecimal("3"));
        assertThat(third.kali(new BigDecimal("3")).compareTo(Pecahan.of(BigDecimal.ONE))).isZero();
        assertThat(Pecahan.SERATUS.bagi(new BigDecimal("8")).bulatkan(Pembulatan.STANDAR).getNilai())
                .isEqualTo(new BigDecimal("12.50"));
        assertThat(third).hasToString("1/3");
    }
}
