package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BatasTest {

    @Test
    void inclusiveAndExclusiveBounds() {
        assertThat(Batas.inklusif(new BigDecimal("90")).isInklusif()).isTrue();
        assertThat(Batas.eksklusif(new BigDecimal("110")).isInklusif()).isFalse();
        assertThat(Batas.eksklusif(new BigDecimal("110")).getNilai()).isEqualByComparingTo("110");
        assertThat(Batas.inklusif(BigDecimal.ONE)).isEqualTo(Batas.inklusif(BigDecimal.ONE))
                .isNotEqualTo(Batas.eksklusif(BigDecimal.ONE));
    }

    @Test
    void nullValueIsRejected() {
        assertThatThrownBy(() -> Batas.inklusif(null)).isInstanceOf(SakipException.class)
                .hasMessage("Batas.nilai must not be null");
        assertThatThrownBy(() -> Batas.eksklusif(null)).isInstanceOf(SakipException.class);
    }
}
