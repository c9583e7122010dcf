package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BatasPredikatSakipTest {

    private static String rate(BatasPredikatSakip b, String nilai) {
        return b.getSkala().predikat(new BigDecimal(nilai)).getLabel();
    }

    @Test
    void exactBoundsRateOneBandApartUnderTheTwoPolicies() {
        String[][] cases = {
            {"90", "A (Memuaskan)", "AA (Sangat memuaskan)"},
            {"80", "BB (Sangat baik)", "A (Memuaskan)"},
            {"70", "B (Baik)", "BB (Sangat baik)"},
            {"60", "CC (Cukup, memadai)", "B (Baik)"},
            {"50", "C (Kurang)", "CC (Cukup, memadai)"},
            {"30", "D (Sangat kurang)", "C (Kurang)"},
        };
        for (String[] c : cases) {
            assertThat(rate(BatasPredikatSakip.EKSKLUSIF, c[0])).as(c[0]).isEqualTo(c[1]);
            assertThat(rate(BatasPredikatSakip.INKLUSIF, c[0])).as(c[0]).isEqualTo(c[2]);
        }
    }

    @Test
    void valuesInsideBandsRateTheSameUnderBoth() {
        String[][] cases = {{"90.01", "AA (Sangat memuaskan)"}, {"100", "AA (Sangat memuaskan)"},
            {"87.80", "A (Memuaskan)"}, {"76.57", "BB (Sangat baik)"}, {"65", "B (Baik)"},
            {"55", "CC (Cukup, memadai)"}, {"30.01", "C (Kurang)"}, {"0", "D (Sangat kurang)"}};
        for (String[] c : cases) {
            assertThat(rate(BatasPredikatSakip.EKSKLUSIF, c[0])).as(c[0]).isEqualTo(c[1]);
            assertThat(rate(BatasPredikatSakip.INKLUSIF, c[0])).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(BatasPredikatSakip.EKSKLUSIF.getSkala().getPita()).hasSize(7);
    }
}
