package io.github.sakip.tren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ArahTest {

    @Test
    void signOfTheChangeGivesTheDirection() {
        // Klojen: Nilai SAKIP +11,23 naik; IPMas -2,02 turun; penyerapan 92,57 - 96,30 = -3,73 turun
        assertThat(Arah.of(new BigDecimal("11.23"))).isEqualTo(Arah.NAIK);
        assertThat(Arah.of(new BigDecimal("-2.02"))).isEqualTo(Arah.TURUN);
        assertThat(Arah.of(new BigDecimal("-3.73"))).isEqualTo(Arah.TURUN);
        assertThat(Arah.of(new BigDecimal("0.000"))).isEqualTo(Arah.TETAP);
    }

    @Test
    void nullChangeIsRejected() {
        assertThatThrownBy(() -> Arah.of(null)).isInstanceOf(SakipException.class)
                .hasMessage("Arah perubahan must not be null");
    }
}
