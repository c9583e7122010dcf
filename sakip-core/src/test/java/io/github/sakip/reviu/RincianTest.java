package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RincianTest {

    @Test
    void linmasCountsOfTabel34() {
        // "jumlah RT = 679 sedangkan jumlah Linmas = 588 orang"
        Rincian r = Rincian.of(new BigDecimal("588"), new BigDecimal("679"), BigDecimal.ONE);
        assertThat(r).hasToString("588 / 679 x 1");
        assertThat(r).isEqualTo(Rincian.of(new BigDecimal("588"), new BigDecimal("679"), BigDecimal.ONE));
    }

    @Test
    void denominatorAndMultiplierArePositive() {
        assertThatThrownBy(() -> Rincian.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(SakipException.class).hasMessage("Rincian.penyebut must be > 0 (pembilang 1), was 0");
        assertThatThrownBy(() -> Rincian.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO))
                .isInstanceOf(SakipException.class).hasMessage("Rincian.pengali must be > 0, was 0");
        assertThatThrownBy(() -> Rincian.of(null, BigDecimal.TEN, BigDecimal.ONE))
                .hasMessage("Rincian.pembilang must not be null");
    }
}
