package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Edges of JawabanResponden and PedomanIkm that the example tests leave open: answers 0 and 5,
 * positions -1 and past the end, empty rows, a non-positive conversion factor, a one-band scale.
 */
class JawabanRespondenMutationTest {

    @Test
    void answersAreOneToFourWhereverTheyComeIn() {
        assertThat(JawabanResponden.of(1, 4).getJawaban(1)).isEqualTo(OptionalInt.of(4));
        assertThat(JawabanResponden.of(List.of(OptionalInt.of(1), OptionalInt.of(4), OptionalInt.empty()))
                .getJawaban(2)).isEmpty();
        for (int bad : new int[] {0, 5}) {
            String message = "JawabanResponden.jawaban for unsur 2 must be between 1 and 4, was " + bad;
            assertThatThrownBy(() -> JawabanResponden.of(1, bad)).isExactlyInstanceOf(SakipException.class)
                    .hasMessage(message);
            assertThatThrownBy(() -> JawabanResponden.of(List.of(OptionalInt.of(1), OptionalInt.of(bad))))
                    .hasMessage(message);
            assertThatThrownBy(() -> JawabanResponden.of(1, 1).withJawaban(1, bad)).hasMessage(message);
        }
        assertThat(JawabanResponden.of(1, 1).withJawaban(1, 4)).isEqualTo(JawabanResponden.of(1, 4));
    }

    @Test
    void positionsAreZeroToOneBelowTheLength() {
        JawabanResponden row = JawabanResponden.of(2, 3);
        for (int bad : new int[] {-1, 2}) {
            assertThatThrownBy(() -> row.getJawaban(bad)).isExactlyInstanceOf(SakipException.class)
                    .hasMessage("JawabanResponden unsur must be between 0 and 1, was " + bad);
            assertThatThrownBy(() -> row.withJawaban(bad, 1))
                    .hasMessage("JawabanResponden unsur must be between 0 and 1, was " + bad);
        }
    }

    @Test
    void aRowHasAtLeastOneEntry() {
        assertThatThrownBy(() -> JawabanResponden.of(new int[0]))
                .hasMessage("JawabanResponden.jawaban must have one entry per unsur, was empty");
        assertThatThrownBy(() -> JawabanResponden.of(List.of()))
                .hasMessage("JawabanResponden.jawaban must have one entry per unsur, was empty");
        assertThat(JawabanResponden.of(3).getJawaban(0)).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void rowsAreEqualByTheirAnswers() {
        assertThat(JawabanResponden.of(1, 2)).isEqualTo(JawabanResponden.of(1, 2))
                .isNotEqualTo(JawabanResponden.of(1, 3))
                .isNotEqualTo(JawabanResponden.of(List.of(OptionalInt.of(1), OptionalInt.empty())))
                .isNotEqualTo("1, 2");
    }

    @Test
    void aGuidelineNeedsAPositiveFactorAndTwoBands() {
        PedomanIkm p = PedomanIkm.PERMENPANRB_14_2017;
        for (BigDecimal bad : List.of(BigDecimal.ZERO, BigDecimal.ONE.negate())) {
            assertThatThrownBy(() -> PedomanIkm.of("Pedoman", p.getUnsur(), p.getBobotDicetak(), bad,
                    p.getSkalaMutu()))
                    .isExactlyInstanceOf(SakipException.class)
                    .hasMessage("PedomanIkm.faktorKonversi must be > 0, was " + bad);
        }
        Skala satuPita = Skala.builder("Mutu", "Semua").build();
        assertThatThrownBy(() -> PedomanIkm.of("Pedoman", p.getUnsur(), p.getBobotDicetak(), p.getFaktorKonversi(),
                satuPita))
                .hasMessageStartingWith("PedomanIkm.skalaMutu must have at least two bands, was ");
    }
}
