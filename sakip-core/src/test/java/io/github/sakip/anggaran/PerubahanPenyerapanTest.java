package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import io.github.sakip.tren.Arah;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PerubahanPenyerapanTest {

    private static Persen p(String nilai) {
        return Persen.of(new BigDecimal(nilai));
    }

    @Test
    void klojenAbsorptionFellByPercentagePoints() {
        // Bab IV: 92,57 % in 2021 "turun sebesar 3,73% dari ... tahun 2020 yang tercatat 96,30%"
        PerubahanPenyerapan p = PerubahanPenyerapan.of(p("96.30"), p("92.57"));
        assertThat(p.getSelisih()).isEqualTo(new BigDecimal("-3.73"));
        assertThat(p.getArah()).isEqualTo(Arah.TURUN);
        assertThat(p.toString()).isEqualTo("PerubahanPenyerapan[96.30% -> 92.57%: -3.73 poin, TURUN]");
    }

    @Test
    void riseAndNoChange() {
        assertThat(PerubahanPenyerapan.of(p("88.20"), p("94.69")).getArah()).isEqualTo(Arah.NAIK);
        assertThat(PerubahanPenyerapan.of(p("90"), p("90.00")).getArah()).isEqualTo(Arah.TETAP);
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> PerubahanPenyerapan.of(null, p("1"))).isInstanceOf(SakipException.class)
                .hasMessage("PerubahanPenyerapan.sebelumnya must not be null");
    }
}
