package io.github.sakip.evaluasi.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuasKonversiTest {

    @Test
    void lineThroughTwoPointsAsTheRegulationPrintsIt() {
        RuasKonversi cukup = RuasKonversi.of(80, 99, 70, 89);
        assertThat(cukup.nilai(new BigDecimal("98"))).isEqualTo(Pecahan.of(88, 1));
        assertThat(cukup).hasToString("70 + (89 - 70) / (99 - 80) x (capaian - 80)");
        RuasKonversi sangatKurang = RuasKonversi.of(0, 59, 0, 49);
        assertThat(sangatKurang.nilai(new BigDecimal("55"))).isEqualTo(Pecahan.of(49 * 55, 59));
    }

    @Test
    void aConstantPieceMayHaveEqualBounds() {
        RuasKonversi baik = RuasKonversi.of(100, 100, 109, 109);
        assertThat(baik.isTetap()).isTrue();
        assertThat(baik.nilai(new BigDecimal("100.5"))).isEqualTo(Pecahan.of(109, 1));
        assertThat(baik).hasToString("109");
    }

    @Test
    void fallingOrDegenerateLinesAreRefused() {
        assertThatThrownBy(() -> RuasKonversi.of(80, 99, 89, 70)).isInstanceOf(SakipException.class)
                .hasMessage("RuasKonversi.nilaiAkhir must not be below nilaiAwal 89, was 70");
        assertThatThrownBy(() -> RuasKonversi.of(80, 80, 70, 89)).isInstanceOf(SakipException.class)
                .hasMessage("RuasKonversi.capaianAkhir must be above capaianAwal 80, was 80");
        assertThatThrownBy(() -> RuasKonversi.of(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(SakipException.class).hasMessage("RuasKonversi.capaianAwal must not be null");
    }
}
