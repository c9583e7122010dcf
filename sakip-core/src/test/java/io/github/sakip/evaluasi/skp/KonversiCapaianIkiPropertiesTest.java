package io.github.sakip.evaluasi.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KonversiCapaianIkiPropertiesTest {
    private static final KonversiCapaianIki K = KonversiCapaianIki.standar();

    private static NilaiCapaianIki k(BigDecimal c) {
        return K.konversi(Persen.of(c));
    }

    @Test
    void conversionIsMonotoneEverywhere() {
        qt().withExamples(300).forAll(longs().between(0, 15_000), longs().between(0, 2_000)).checkAssert((a, d) -> {
            BigDecimal x = BigDecimal.valueOf(a, 2);
            BigDecimal y = BigDecimal.valueOf(a + d, 2);
            assertThat(k(y).getNilaiEksak().compareTo(k(x).getNilaiEksak())).isNotNegative();
            assertThat(k(y).getKategori()).isGreaterThanOrEqualTo(k(x).getKategori());
        });
    }

    @Test
    void insideEachCategoryTheConversionIsContinuous() {
        // |f(y) - f(x)| <= 10/9 |y - x| when x and y fall in the same category (steepest line: sangat baik)
        qt().withExamples(300).forAll(longs().between(0, 15_000), longs().between(0, 300)).checkAssert((a, d) -> {
            BigDecimal x = BigDecimal.valueOf(a, 2);
            BigDecimal y = BigDecimal.valueOf(a + d, 2);
            NilaiCapaianIki fx = k(x);
            NilaiCapaianIki fy = k(y);
            if (fx.getKategori().equals(fy.getKategori())) {
                Pecahan diff = fy.getNilaiEksak().minus(fx.getNilaiEksak());
                Pecahan bound = Pecahan.of(10, 9).times(Pecahan.of(y.subtract(x)));
                assertThat(diff.compareTo(bound)).isNotPositive();
            }
        });
    }

    @Test
    void nilaiStaysBetweenZeroAndOneHundredTwenty() {
        qt().withExamples(200).forAll(longs().between(0, 100_000)).checkAssert(a -> {
            Pecahan v = k(BigDecimal.valueOf(a, 2)).getNilaiEksak();
            assertThat(v.signum()).isNotNegative();
            assertThat(v.compareTo(Pecahan.of(120, 1))).isNotPositive();
        });
    }

    @Test
    void aTargetMaksimalNeverLowersTheNilaiAndStaysMonotone() {
        // on [0, 100] the target maksimal conversion is >= the plain one, equal below 100, and monotone
        qt().withExamples(200).forAll(longs().between(0, 10_000), longs().between(0, 10_000)).checkAssert((a, b) -> {
            BigDecimal x = BigDecimal.valueOf(Math.min(a, b), 2);
            BigDecimal y = BigDecimal.valueOf(Math.max(a, b), 2);
            NilaiCapaianIki mx = K.konversiTargetMaksimal(Persen.of(x));
            NilaiCapaianIki my = K.konversiTargetMaksimal(Persen.of(y));
            assertThat(my.getNilaiEksak().compareTo(mx.getNilaiEksak())).isNotNegative();
            assertThat(my.getKategori()).isGreaterThanOrEqualTo(mx.getKategori());
            int cmp = mx.getNilaiEksak().compareTo(k(x).getNilaiEksak());
            if (x.compareTo(BigDecimal.valueOf(100)) < 0) {
                assertThat(cmp).isZero();
            } else {
                assertThat(cmp).isPositive();
            }
        });
    }
}
