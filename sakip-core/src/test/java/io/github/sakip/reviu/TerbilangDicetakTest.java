package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TerbilangDicetakTest {

    @Test
    void klojenNumberWithItsWords() {
        // Bab III.A.4: "76,57 (tujuh puluh enam koma dua puluh enam)"
        TerbilangDicetak t = TerbilangDicetak.of(Lokasi.of("Bab III.A.4", "Nilai SAKIP OPD", "teks"),
                new BigDecimal("76.57"), "tujuh puluh enam koma dua puluh enam");
        assertThat(t.toString()).endsWith(": 76.57 (tujuh puluh enam koma dua puluh enam)");
        assertThatThrownBy(() -> TerbilangDicetak.of(t.getLokasi(), BigDecimal.ONE, " "))
                .isInstanceOf(SakipException.class).hasMessageContaining("TerbilangDicetak.kata must not be blank");
    }
}
