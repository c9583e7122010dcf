package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BatasAtasCapaianTest {

    private static Persen persen(String v) {
        return Persen.of(new BigDecimal(v));
    }

    @Test
    void capLimitsOnlyValuesAboveIt() {
        // Klojen Tabel 3.4: 173,70 % capped at 120 (a peer application's cap) and at 100 (Kota Dumai)
        assertThat(BatasAtasCapaian.SERATUS_DUA_PULUH.terapkan(persen("173.70"))).hasToString("120.00%");
        assertThat(BatasAtasCapaian.SERATUS.terapkan(persen("109.74"))).hasToString("100.00%");
        assertThat(BatasAtasCapaian.SERATUS_LIMA_PULUH.terapkan(persen("140.57"))).hasToString("140.57%");
        assertThat(BatasAtasCapaian.SERATUS.terapkan(persen("93.29"))).hasToString("93.29%");
        assertThat(BatasAtasCapaian.TANPA.terapkan(persen("1000.5"))).hasToString("1000.5%");
    }

    @Test
    void capBelow100IsRejected() {
        assertThatThrownBy(() -> BatasAtasCapaian.of(new BigDecimal("99.99"))).isInstanceOf(SakipException.class)
                .hasMessage("BatasAtasCapaian.nilai must be >= 100, was 99.99");
        assertThatThrownBy(() -> BatasAtasCapaian.of(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> BatasAtasCapaian.SERATUS.terapkan(null)).isInstanceOf(SakipException.class);
        assertThat(BatasAtasCapaian.of(new BigDecimal("100")).getNilai()).contains(new BigDecimal("100"));
    }

    @Test
    void capsAreValues() {
        assertThat(BatasAtasCapaian.of(new BigDecimal("120.0"))).isEqualTo(BatasAtasCapaian.SERATUS_DUA_PULUH)
                .hasSameHashCodeAs(BatasAtasCapaian.SERATUS_DUA_PULUH).isNotEqualTo(BatasAtasCapaian.TANPA);
        assertThat(BatasAtasCapaian.TANPA).isEqualTo(BatasAtasCapaian.TANPA).isNotEqualTo(BatasAtasCapaian.SERATUS)
                .isNotEqualTo("x").hasToString("BatasAtasCapaian[TANPA]");
        assertThat(BatasAtasCapaian.TANPA.getNilai()).isEmpty();
        assertThat(BatasAtasCapaian.SERATUS_LIMA_PULUH).hasToString("BatasAtasCapaian[150]");
    }
}
