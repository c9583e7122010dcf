package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PitaTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void boundsIncludeOrExcludeTheirValue() {
        // Klojen Tabel 2.5: 90 <= x < 110 Tercapai/ Berhasil
        Pita berhasil = Pita.of(Batas.inklusif(d("90")), Batas.eksklusif(d("110")), "Tercapai/ Berhasil");
        assertThat(berhasil.contains(d("90"))).isTrue();
        assertThat(berhasil.contains(d("89.99"))).isFalse();
        assertThat(berhasil.contains(d("109.99"))).isTrue();
        assertThat(berhasil.contains(d("110.00"))).isFalse();
        assertThat(berhasil).hasToString("90 <= x < 110 Tercapai/ Berhasil");
    }

    @Test
    void openEndsReachInfinity() {
        Pita bawah = Pita.hingga(Batas.eksklusif(d("60")), "Tidak berhasil");
        Pita atas = Pita.mulai(Batas.inklusif(d("110")), "Sangat berhasil");
        assertThat(bawah.contains(d("-1000000"))).isTrue();
        assertThat(bawah.contains(d("60"))).isFalse();
        assertThat(atas.contains(d("1000000"))).isTrue();
        assertThat(atas.contains(d("110"))).isTrue();
        assertThat(bawah).hasToString("x < 60 Tidak berhasil");
        assertThat(atas).hasToString("110 <= x Sangat berhasil");
    }

    @Test
    void emptyBandIsRejected() {
        assertThatThrownBy(() -> Pita.of(Batas.inklusif(d("90")), Batas.eksklusif(d("90")), "Kosong"))
                .isInstanceOf(SakipException.class)
                .hasMessage("Pita \"Kosong\" must not be empty: lower bound 90 must be below upper bound 90");
        assertThatThrownBy(() -> Pita.of(Batas.inklusif(d("91")), Batas.inklusif(d("90")), "Terbalik"))
                .isInstanceOf(SakipException.class);
        assertThat(Pita.of(Batas.inklusif(d("90")), Batas.inklusif(d("90")), "Titik").contains(d("90.0"))).isTrue();
    }

    @Test
    void nullsAndBlankLabelsAreRejected() {
        assertThatThrownBy(() -> Pita.of(null, Batas.inklusif(d("1")), "A")).isInstanceOf(SakipException.class)
                .hasMessage("Pita.bawah must not be null");
        assertThatThrownBy(() -> Pita.hingga(null, "A")).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> Pita.mulai(Batas.inklusif(d("1")), " ")).isInstanceOf(SakipException.class);
    }
}
