package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import org.junit.jupiter.api.Test;

class RekapUnsurTest {

    @Test
    void nrrIsSumOverTheNumberWhoAnswered() {
        assertThat(RekapUnsur.of(513, 150).getNrr()).isEqualTo(Pecahan.of(342, 100));
        assertThat(RekapUnsur.of(513, 150)).hasToString("RekapUnsur[513 / 150]");
    }

    @Test
    void sumsImpossibleOnAOneToFourScaleAreRefused() {
        assertThatThrownBy(() -> RekapUnsur.of(601, 150)).isInstanceOf(SakipException.class)
                .hasMessage("RekapUnsur.totalNilai must be between 150 and 600 for 150 respondents answering 1 to 4,"
                        + " was 601");
        assertThatThrownBy(() -> RekapUnsur.of(149, 150)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RekapUnsur.of(0, 0)).isInstanceOf(SakipException.class)
                .hasMessage("RekapUnsur.jumlahResponden must be >= 1, was 0");
        assertThatThrownBy(() -> RekapUnsur.of(Long.MAX_VALUE, Long.MAX_VALUE)).isInstanceOf(SakipException.class);
    }
}
