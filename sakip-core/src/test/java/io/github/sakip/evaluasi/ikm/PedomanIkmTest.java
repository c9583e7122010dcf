package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PedomanIkmTest {
    private static final PedomanIkm P2017 = PedomanIkm.PERMENPANRB_14_2017;
    private static final PedomanIkm P2004 = PedomanIkm.KEPMENPAN_25_2004;

    private static String mutu(PedomanIkm p, String nilai) {
        return p.mutu(new BigDecimal(nilai)).getLabel();
    }

    @Test
    void klojenIkm8548IsBaikUnder2017() {
        // Klojen LKjIP 2021, Tabel 3.4 (program indicators): "IKM Perangkat Daerah ... 85,48"
        assertThat(mutu(P2017, "85.48")).isEqualTo("B (Baik)");
    }

    @Test
    void theSameScoreRatesDifferentlyUnderEachPreset() {
        // docs/aturan.md, "IKM": printed examples 76,475 and 69,16 are B under KepmenPAN 25/2004
        assertThat(mutu(P2004, "76.475")).isEqualTo("B (Baik)");
        assertThat(mutu(P2017, "76.475")).isEqualTo("C (Kurang baik)");
        assertThat(mutu(P2004, "69.16")).isEqualTo("B (Baik)");
        assertThat(mutu(P2017, "69.16")).isEqualTo("C (Kurang baik)");
    }

    @Test
    void printedBoundsOf2017RateAsPrintedAndGapsCloseAtTheLowerBoundAbove() {
        assertThat(mutu(P2017, "100.00")).isEqualTo("A (Sangat baik)");
        assertThat(mutu(P2017, "88.31")).isEqualTo("A (Sangat baik)");
        assertThat(mutu(P2017, "88.30")).isEqualTo("B (Baik)");
        assertThat(mutu(P2017, "88.309")).isEqualTo("B (Baik)");
        assertThat(mutu(P2017, "76.61")).isEqualTo("B (Baik)");
        assertThat(mutu(P2017, "76.60")).isEqualTo("C (Kurang baik)");
        assertThat(mutu(P2017, "76.605")).isEqualTo("C (Kurang baik)");
        assertThat(mutu(P2017, "65.00")).isEqualTo("C (Kurang baik)");
        assertThat(mutu(P2017, "64.99")).isEqualTo("D (Tidak baik)");
        assertThat(mutu(P2017, "64.995")).isEqualTo("D (Tidak baik)");
        assertThat(mutu(P2017, "25.00")).isEqualTo("D (Tidak baik)");
    }

    @Test
    void printedBoundsOf2004RateAsPrinted() {
        assertThat(mutu(P2004, "81.26")).isEqualTo("A (Sangat baik)");
        assertThat(mutu(P2004, "81.25")).isEqualTo("B (Baik)");
        assertThat(mutu(P2004, "62.51")).isEqualTo("B (Baik)");
        assertThat(mutu(P2004, "62.50")).isEqualTo("C (Kurang baik)");
        assertThat(mutu(P2004, "43.76")).isEqualTo("C (Kurang baik)");
        assertThat(mutu(P2004, "43.75")).isEqualTo("D (Tidak baik)");
    }

    @Test
    void nrrScaleOf2017IsThePrintedNrrColumn() {
        // PermenPANRB 14/2017: NRR 3,5324-4,00 A; 3,0644-3,532 B; 2,60-3,064 C; 1,00-2,5996 D
        Skala nrr = P2017.getSkalaNrr();
        assertThat(nrr.getPita().get(0).getAtas().orElseThrow().getNilai()).isEqualByComparingTo("2.60");
        assertThat(nrr.getPita().get(1).getAtas().orElseThrow().getNilai()).isEqualByComparingTo("3.0644");
        assertThat(nrr.getPita().get(2).getAtas().orElseThrow().getNilai()).isEqualByComparingTo("3.5324");
        assertThat(nrr.predikat(new BigDecimal("3.5324")).getLabel()).isEqualTo("A (Sangat baik)");
        assertThat(nrr.predikat(new BigDecimal("3.532")).getLabel()).isEqualTo("B (Baik)");
        assertThat(nrr.predikat(new BigDecimal("3.0644")).getLabel()).isEqualTo("B (Baik)");
        assertThat(nrr.predikat(new BigDecimal("3.064")).getLabel()).isEqualTo("C (Kurang baik)");
        assertThat(nrr.predikat(new BigDecimal("2.60")).getLabel()).isEqualTo("C (Kurang baik)");
        assertThat(nrr.predikat(new BigDecimal("2.5996")).getLabel()).isEqualTo("D (Tidak baik)");
    }

    @Test
    void printedNrrColumnOf2004DisagreesWithTheConvertedColumnInItsGaps() {
        // KepmenPAN 25/2004 prints NRR 1,76-2,50 as C, converted 43,76-62,50 as C: 1,7504 x 25 = 43,76,
        // so an IKM unit in [1,7504; 1,76) is C on the converted column (which the library follows)
        // and D on the printed NRR column (1,00-1,75).
        Skala nrr = P2004.getSkalaNrr();
        assertThat(nrr.getPita().get(0).getAtas().orElseThrow().getNilai()).isEqualByComparingTo("1.7504");
        assertThat(nrr.predikat(new BigDecimal("1.755")).getLabel()).isEqualTo("C (Kurang baik)");
        Skala printed = Skala.builder("KepmenPAN 25/2004 NRR column as printed", "D (Tidak baik)")
                .dari(new BigDecimal("1.76"), "C (Kurang baik)").dari(new BigDecimal("2.51"), "B (Baik)")
                .dari(new BigDecimal("3.26"), "A (Sangat baik)").build();
        assertThat(printed.predikat(new BigDecimal("1.755")).getLabel()).isEqualTo("D (Tidak baik)");
    }

    @Test
    void weightsAreExactOrAsPrinted() {
        assertThat(P2017.bobot(BobotIkm.EKSAK)).isEqualTo(Pecahan.of(1, 9));
        assertThat(P2017.bobot(BobotIkm.DICETAK)).isEqualTo(Pecahan.of(111, 1000));
        assertThat(P2004.bobot(BobotIkm.EKSAK)).isEqualTo(Pecahan.of(1, 14));
        assertThat(P2004.bobot(BobotIkm.DICETAK)).isEqualTo(Pecahan.of(71, 1000));
        assertThat(P2017.getJumlahUnsur()).isEqualTo(9);
        assertThat(P2004.getJumlahUnsur()).isEqualTo(14);
        assertThat(P2017.getUnsur()).startsWith("Persyaratan").endsWith("Sarana dan prasarana");
        assertThat(P2004).hasToString("PedomanIkm[KepmenPAN 25/2004, 14 unsur]");
    }

    @Test
    void valuesOutsideTwentyFiveToHundredAreRefused() {
        assertThatThrownBy(() -> P2017.mutu(new BigDecimal("100.01"))).isInstanceOf(SakipException.class)
                .hasMessageContaining("IKM nilai must be between 25 and 100 under PermenPANRB 14/2017, was 100.01");
        assertThatThrownBy(() -> P2017.mutu(new BigDecimal("24.99"))).isInstanceOf(SakipException.class);
    }

    @Test
    void aGuidelineIsDataAndIsValidated() {
        Skala skala = Skala.builder("x", "Kurang").dari(new BigDecimal("50"), "Baik").build();
        PedomanIkm own = PedomanIkm.of("Pedoman dinas X", List.of("U1", "U2"), new BigDecimal("0.5"),
                BigDecimal.valueOf(25), skala);
        assertThat(own.getSkalaNrr().predikat(new BigDecimal("2")).getLabel()).isEqualTo("Baik");
        assertThatThrownBy(() -> PedomanIkm.of("x", List.of("U1", "U1"), BigDecimal.ONE, BigDecimal.TEN, skala))
                .isInstanceOf(SakipException.class).hasMessageContaining("must not repeat \"U1\"");
        assertThatThrownBy(() -> PedomanIkm.of("x", List.of(), BigDecimal.ONE, BigDecimal.TEN, skala))
                .isInstanceOf(SakipException.class).hasMessageContaining("PedomanIkm.unsur must not be empty");
        assertThatThrownBy(() -> PedomanIkm.of("x", List.of("U1"), BigDecimal.ONE, BigDecimal.valueOf(3), skala))
                .isInstanceOf(SakipException.class).hasMessageContaining("must divide exactly by faktorKonversi 3");
        assertThatThrownBy(() -> PedomanIkm.of("x", List.of("U1"), BigDecimal.ZERO, BigDecimal.TEN, skala))
                .isInstanceOf(SakipException.class).hasMessageContaining("PedomanIkm.bobotDicetak must be > 0");
        assertThatThrownBy(() -> PedomanIkm.of("x", null, BigDecimal.ONE, BigDecimal.TEN, skala))
                .isInstanceOf(SakipException.class).hasMessage("PedomanIkm.unsur must not be null");
    }
}
