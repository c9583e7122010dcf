package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class TabelSampelTest {
    private static final TabelSampel KM = TabelSampel.KREJCIE_MORGAN;

    @Test
    void rowsOfThePublishedTable() {
        assertThat(KM.getSampelMinimum(10)).isEqualTo(10);
        assertThat(KM.getSampelMinimum(100)).isEqualTo(80);
        assertThat(KM.getSampelMinimum(500)).isEqualTo(217);
        assertThat(KM.getSampelMinimum(1000)).isEqualTo(278);
        assertThat(KM.getSampelMinimum(2800)).isEqualTo(338);
        assertThat(KM.getSampelMinimum(10_000)).isEqualTo(370);
        assertThat(KM.getSampelMinimum(100_000)).isEqualTo(384);
        assertThat(KM.getSampelMinimum(1_000_000)).isEqualTo(384);
        assertThat(KM.getJumlahBaris()).isEqualTo(90);
    }

    @Test
    void betweenRowsTheNextHigherRowApplies() {
        assertThat(KM.getSampelMinimum(101)).isEqualTo(86);
        assertThat(KM.getSampelMinimum(105)).isEqualTo(86);
        assertThat(KM.getSampelMinimum(75_001)).isEqualTo(384);
        assertThat(KM.getSampelMinimum(50_000_000)).isEqualTo(384);
    }

    @Test
    void smallPopulationsAreSurveyedWhole() {
        assertThat(KM.getSampelMinimum(1)).isEqualTo(1);
        assertThat(KM.getSampelMinimum(5)).isEqualTo(5);
        assertThatThrownBy(() -> KM.getSampelMinimum(0)).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.populasi must be >= 1, was 0");
    }

    @Test
    void everyRowIsWithinOneOfTheKrejcieMorganFormula() {
        // S = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P)), X2 = 3,841, P = 0,5, d = 0,05
        BigDecimal x2pq = new BigDecimal("3.841").multiply(new BigDecimal("0.25"));
        for (int i = 0; i < KM.getJumlahBaris(); i++) {
            BigDecimal n = BigDecimal.valueOf(KM.getPopulasi(i));
            BigDecimal s = x2pq.multiply(n).divide(new BigDecimal("0.0025").multiply(n.subtract(BigDecimal.ONE))
                    .add(x2pq), MathContext.DECIMAL128);
            assertThat(s.subtract(BigDecimal.valueOf(KM.getSampel(i))).abs()).as("row N=%s", n)
                    .isLessThan(BigDecimal.ONE);
            if (i > 0) {
                assertThat(KM.getPopulasi(i)).isGreaterThan(KM.getPopulasi(i - 1));
                assertThat(KM.getSampel(i)).isGreaterThanOrEqualTo(KM.getSampel(i - 1));
            }
        }
    }

    @Test
    void minimumIsMonotoneAndNeverAbovePopulationOr384() {
        qt().withExamples(200).forAll(longs().between(1, 2_000_000), longs().between(0, 1000)).checkAssert((n, d) -> {
            long s = KM.getSampelMinimum(n);
            assertThat(s).isBetween(1L, Math.min(n, 384));
            assertThat(KM.getSampelMinimum(n + d)).isGreaterThanOrEqualTo(s);
        });
    }

    @Test
    void tooSmallOrTooLargeSurveysAreRefused() {
        KM.periksa(1000, 278);
        assertThatThrownBy(() -> KM.periksa(1000, 150)).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.jumlahResponden must be >= 278 for a population (populasi) of 1000 by the table"
                        + " of Krejcie dan Morgan (1970), was 150");
        assertThatThrownBy(() -> KM.periksa(50, 51)).isInstanceOf(SakipException.class)
                .hasMessageContaining("must not exceed SurveiIkm.populasi");
        assertThatThrownBy(() -> KM.getPopulasi(90)).isInstanceOf(SakipException.class);
    }
}
