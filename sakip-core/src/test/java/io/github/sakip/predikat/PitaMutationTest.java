package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edges of Pita and Skala that the example tests leave open: one-point bands and open ends in the middle. */
class PitaMutationTest {
    private static final BigDecimal LIMA = new BigDecimal("5");

    @Test
    void aBandOfOnePointNeedsBothBoundsInclusive() {
        assertThat(Pita.of(Batas.inklusif(LIMA), Batas.inklusif(LIMA), "Tepat").contains(LIMA)).isTrue();
        assertThatThrownBy(() -> Pita.of(Batas.inklusif(LIMA), Batas.eksklusif(LIMA), "Kosong"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Pita \"Kosong\" must not be empty: lower bound 5 must be below upper bound 5");
        assertThatThrownBy(() -> Pita.of(Batas.eksklusif(LIMA), Batas.inklusif(LIMA), "Kosong"))
                .hasMessage("Pita \"Kosong\" must not be empty: lower bound 5 must be below upper bound 5");
    }

    @Test
    void toStringWritesEachBoundAsTheRegulationsDo() {
        assertThat(Pita.of(Batas.eksklusif(LIMA), Batas.inklusif(BigDecimal.TEN), "Baik"))
                .hasToString("5 < x <= 10 Baik");
        assertThat(Pita.of(Batas.inklusif(LIMA), Batas.eksklusif(BigDecimal.TEN), "Baik"))
                .hasToString("5 <= x < 10 Baik");
    }

    @Test
    void aBandOpenAboveInTheMiddleOverlapsTheNext() {
        List<Pita> pita = List.of(Pita.hingga(Batas.eksklusif(LIMA), "Rendah"), Pita.mulai(Batas.inklusif(LIMA),
                "Sedang"), Pita.mulai(Batas.inklusif(BigDecimal.TEN), "Tinggi"));
        assertThatThrownBy(() -> Skala.of("Skala", pita))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Skala \"Skala\": band \"Sedang\" is open above and band \"Tinggi\" open below: they"
                        + " overlap");
    }

    @Test
    void boundsAreRefusedOneDigitPastTheLimit() {
        BigDecimal x = new BigDecimal("-1E+1000");
        assertThatThrownBy(() -> Batas.inklusif(x))
                .hasMessage("Batas.nilai must have at most 1000 digits in plain form, was -1E+1000 (1001 digits)");
        assertThatThrownBy(() -> Batas.eksklusif(x))
                .hasMessage("Batas.nilai must have at most 1000 digits in plain form, was -1E+1000 (1001 digits)");
    }
}
