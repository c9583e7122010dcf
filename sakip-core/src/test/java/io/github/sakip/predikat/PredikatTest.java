package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import org.junit.jupiter.api.Test;

class PredikatTest {

    @Test
    void rankOrdersRatings() {
        Predikat berhasil = Predikat.of("Tercapai/ Berhasil", 3, 4);
        Predikat sangat = Predikat.of("Sangat tercapai/ Sangat berhasil", 4, 4);
        assertThat(berhasil).isLessThan(sangat);
        assertThat(berhasil).hasToString("Predikat[Tercapai/ Berhasil, 3 of 4]");
        assertThat(berhasil.getJumlahPeringkat()).isEqualTo(4);
    }

    @Test
    void rankOutOfRangeIsRejected() {
        assertThatThrownBy(() -> Predikat.of("A", 5, 4)).isInstanceOf(SakipException.class)
                .hasMessage("Predikat.peringkat must be between 1 and 4, was 5");
        assertThatThrownBy(() -> Predikat.of("A", 0, 4)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> Predikat.of(" ", 1, 4)).isInstanceOf(SakipException.class);
    }
}
