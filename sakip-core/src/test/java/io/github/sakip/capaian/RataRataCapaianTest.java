package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RataRataCapaianTest {

    @Test
    void defaultsArePrintedValuesNoCapAndStandardRounding() {
        RataRataCapaian standar = RataRataCapaian.standar();
        assertThat(standar.getDasar()).isEqualTo(DasarRataRata.DIBULATKAN);
        assertThat(standar.getBatasAtas()).isEqualTo(BatasAtasCapaian.TANPA);
        assertThat(standar.getPembulatan()).isEqualTo(Pembulatan.STANDAR);
        assertThat(standar).hasToString("RataRataCapaian[DIBULATKAN, BatasAtasCapaian[TANPA], Pembulatan[2, HALF_UP]]");
    }

    @Test
    void policiesAreValues() {
        RataRataCapaian a = RataRataCapaian.standar().withPembulatan(2, RoundingMode.DOWN)
                .withBatasAtas(BatasAtasCapaian.SERATUS).withDasar(DasarRataRata.EKSAK);
        RataRataCapaian b = RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK)
                .withBatasAtas(BatasAtasCapaian.of(new BigDecimal("100")))
                .withPembulatan(Pembulatan.of(2, RoundingMode.DOWN));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(RataRataCapaian.standar()).isNotEqualTo("x");
    }

    @Test
    void roundingOfTheAverageIsAppliedOnce() {
        // (109,74 + 93,29 + 140,57) / 3 = 114,5333...
        RekapCapaian rekap = RataRataCapaian.standar().withPembulatan(Pembulatan.of(3, RoundingMode.UP))
                .rekapButir("Tabel 3.1", List.of(ButirCapaian.of("A", Persen.of(new BigDecimal("109.74"))),
                        ButirCapaian.of("B", Persen.of(new BigDecimal("93.29"))),
                        ButirCapaian.of("C", Persen.of(new BigDecimal("140.57")))));
        assertThat(rekap.getRataRata()).contains(Persen.of(new BigDecimal("114.534")));
        assertThat(rekap.getRumus().getPembulatan()).isEqualTo(Pembulatan.of(3, RoundingMode.UP));
    }

    @Test
    void nullPoliciesAreRejected() {
        assertThatThrownBy(() -> RataRataCapaian.standar().withDasar(null)).isInstanceOf(SakipException.class)
                .hasMessage("RataRataCapaian.dasar must not be null");
        assertThatThrownBy(() -> RataRataCapaian.standar().withBatasAtas(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RataRataCapaian.standar().withPembulatan(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RataRataCapaian.standar().rekapButir("A", null)).isInstanceOf(SakipException.class);
    }
}
