package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KomponenSakipTest {

    @Test
    void subComponentWeightsMustAddUpToTheComponent() {
        KomponenSakip ok = KomponenSakip.of("1", "Perencanaan kinerja", new BigDecimal("30"),
                List.of(KomponenSakip.of("1.a", "Keberadaan", new BigDecimal("6")),
                        KomponenSakip.of("1.b", "Kualitas", new BigDecimal("9.0")),
                        KomponenSakip.of("1.c", "Pemanfaatan", new BigDecimal("15"))));
        assertThat(ok.isDaun()).isFalse();
        assertThat(ok.getSemua()).extracting(KomponenSakip::getKode).containsExactly("1", "1.a", "1.b", "1.c");
        assertThat(ok.getSubKomponen().get(0)).hasToString("1.a Keberadaan (6)");
        assertThatThrownBy(() -> KomponenSakip.of("1", "Perencanaan kinerja", new BigDecimal("30"),
                List.of(KomponenSakip.of("1.a", "Keberadaan", new BigDecimal("6")))))
                .isInstanceOf(SakipException.class)
                .hasMessage("KomponenSakip 1: the weights (bobot) of its sub-components must add up to 30, was 6");
    }

    @Test
    void weightsArePositiveAndNamesNotBlank() {
        assertThatThrownBy(() -> KomponenSakip.of("1.a", "Keberadaan", BigDecimal.ZERO))
                .isInstanceOf(SakipException.class).hasMessage("KomponenSakip.bobot of 1.a must be > 0, was 0");
        assertThatThrownBy(() -> KomponenSakip.of(" ", "Keberadaan", BigDecimal.ONE))
                .isInstanceOf(SakipException.class).hasMessageContaining("KomponenSakip.kode must not be blank");
        assertThatThrownBy(() -> KomponenSakip.of("1", "x", BigDecimal.ONE, null))
                .isInstanceOf(SakipException.class).hasMessage("KomponenSakip.subKomponen must not be null");
    }
}
