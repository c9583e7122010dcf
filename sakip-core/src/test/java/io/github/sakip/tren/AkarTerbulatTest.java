package io.github.sakip.tren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AkarTerbulatTest {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final Gen<BigDecimal> POSITIF = longs().between(1, 100_000_000_000L).map(v -> BigDecimal.valueOf(v, 3));

    /** (100 + y)^n x awal compared with 100^n x akhir, exact: the sign of rate(y) - true rate. */
    private static int banding(BigDecimal y, BigDecimal awal, BigDecimal akhir, int n) {
        return SERATUS.add(y).pow(n).multiply(awal).compareTo(SERATUS.pow(n).multiply(akhir));
    }

    @Test
    void floorIsTheLargestGridValueNotAboveTheTrueRate() {
        qt().withExamples(150).forAll(POSITIF, POSITIF, integers().between(1, 12), integers().between(0, 8))
                .checkAssert((awal, akhir, n, scale) -> {
                    BigDecimal y = AkarTerbulat.lajuPersen(awal, akhir, n, Pembulatan.of(scale, RoundingMode.FLOOR));
                    BigDecimal ulp = BigDecimal.ONE.movePointLeft(scale);
                    assertThat(y.scale()).isEqualTo(scale);
                    assertThat(banding(y, awal, akhir, n)).isLessThanOrEqualTo(0);
                    assertThat(banding(y.add(ulp), awal, akhir, n)).isPositive();
                });
    }

    @Test
    void ceilingIsTheSmallestGridValueNotBelowTheTrueRate() {
        qt().withExamples(150).forAll(POSITIF, POSITIF, integers().between(1, 12), integers().between(0, 8))
                .checkAssert((awal, akhir, n, scale) -> {
                    BigDecimal y = AkarTerbulat.lajuPersen(awal, akhir, n, Pembulatan.of(scale, RoundingMode.CEILING));
                    BigDecimal ulp = BigDecimal.ONE.movePointLeft(scale);
                    assertThat(banding(y, awal, akhir, n)).isGreaterThanOrEqualTo(0);
                    if (y.subtract(ulp).compareTo(SERATUS.negate()) >= 0) {
                        assertThat(banding(y.subtract(ulp), awal, akhir, n)).isNegative();
                    }
                });
    }

    @Test
    void halfUpOfGrowthIsTheNearestGridValue() {
        qt().withExamples(150).forAll(POSITIF, longs().between(0, 10_000_000), integers().between(1, 12),
                integers().between(0, 6)).checkAssert((awal, tambah, n, scale) -> {
                    BigDecimal akhir = awal.add(BigDecimal.valueOf(tambah, 3));
                    BigDecimal y = AkarTerbulat.lajuPersen(awal, akhir, n, Pembulatan.of(scale, RoundingMode.HALF_UP));
                    BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
                    // y - half <= true rate < y + half, for a rate >= 0
                    assertThat(banding(y.subtract(half), awal, akhir, n)).isLessThanOrEqualTo(0);
                    assertThat(banding(y.add(half), awal, akhir, n)).isPositive();
                });
    }

    @Test
    void exactRootsAreFoundExactly() {
        // 1,5^4 = 5,0625: exactly 50 % a year
        assertThat(AkarTerbulat.lajuPersen(new BigDecimal("2"), new BigDecimal("10.125"), 4,
                Pembulatan.of(0, RoundingMode.UNNECESSARY))).isEqualTo(new BigDecimal("50"));
        assertThat(AkarTerbulat.lajuPersen(BigDecimal.ONE, BigDecimal.ONE, 5, Pembulatan.STANDAR))
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void largeAndSmallRatiosConverge() {
        // 10^-20 over 10 years: (10^-2 - 1) x 100 = -99 exactly
        assertThat(AkarTerbulat.lajuPersen(new BigDecimal("1E+16"), new BigDecimal("0.0001"), 10, Pembulatan.STANDAR))
                .isEqualTo(new BigDecimal("-99.00"));
        // 10^30 over 2 years: 10^15 - 1, in percent
        assertThat(AkarTerbulat.lajuPersen(new BigDecimal("0.000001"), new BigDecimal("1E+24"), 2, Pembulatan.STANDAR))
                .isEqualTo(new BigDecimal("99999999999999900.00"));
    }
}
