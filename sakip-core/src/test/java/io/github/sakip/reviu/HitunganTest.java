package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class HitunganTest {

    @Test
    void quotientIsRoundedOnceByTheAskedPolicy() {
        // Tabel 3.1: 4,40 / 3,13 x 100 = 140,575...
        Hitungan h = Hitungan.bagi(new BigDecimal("440"), new BigDecimal("3.13"), "4.40 / 3.13 x 100");
        assertThat(h.bulatkan(Pembulatan.STANDAR)).isEqualByComparingTo("140.58");
        assertThat(h.bulatkan(Pembulatan.of(2, RoundingMode.DOWN))).isEqualByComparingTo("140.57");
        assertThat(h.getEksak()).isEmpty();
        assertThat(h).hasToString("4.40 / 3.13 x 100 = 140.58");
    }

    @Test
    void exactValuesKeepTheirValue() {
        Hitungan h = Hitungan.eksak(new BigDecimal("37354300278.00"), "total");
        assertThat(h.getEksak()).contains(new BigDecimal("37354300278.00"));
        assertThat(h.bulatkan(Pembulatan.of(0, RoundingMode.HALF_UP))).isEqualByComparingTo("37354300278");
        assertThat(h.getKeterangan()).isEqualTo("total");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> Hitungan.bagi(BigDecimal.ONE, BigDecimal.ZERO, "x")).isInstanceOf(SakipException.class)
                .hasMessageContaining("penyebut must not be 0");
        assertThatThrownBy(() -> Hitungan.of(p -> null, "x").bulatkan(Pembulatan.STANDAR))
                .isInstanceOf(SakipException.class).hasMessage("Hitungan result must not be null");
        assertThatThrownBy(() -> Hitungan.of(null, "x")).hasMessage("Hitungan.nilai must not be null");
    }
}
