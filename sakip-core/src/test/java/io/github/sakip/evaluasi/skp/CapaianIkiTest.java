package io.github.sakip.evaluasi.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapaianIkiTest {

    @Test
    void weightsArePositive() {
        CapaianIki iki = CapaianIki.of("Dokumen selesai tepat waktu", Persen.of(new BigDecimal("98")),
                new BigDecimal("40"));
        assertThat(iki).hasToString("CapaianIki[Dokumen selesai tepat waktu, 98%, bobot 40]");
        assertThatThrownBy(() -> CapaianIki.of("x", Persen.of(BigDecimal.TEN), BigDecimal.ZERO))
                .isInstanceOf(SakipException.class).hasMessage("CapaianIki.bobot of \"x\" must be > 0, was 0");
        assertThatThrownBy(() -> CapaianIki.of("x", null, BigDecimal.ONE)).isInstanceOf(SakipException.class)
                .hasMessage("CapaianIki.capaian must not be null");
    }

    @Test
    void aTargetMaksimalIsMarkedByHandAndCannotBeExceeded() {
        CapaianIki iki = CapaianIki.of("Persentase Pengelolaan Keuangan yang Bebas dari Temuan Material",
                Persen.of(new BigDecimal("100")), new BigDecimal("50"));
        assertThat(iki.isTargetMaksimal()).isFalse();
        CapaianIki maks = iki.withTargetMaksimal(true);
        assertThat(maks.isTargetMaksimal()).isTrue();
        assertThat(maks).isNotEqualTo(iki).hasToString("CapaianIki[Persentase Pengelolaan Keuangan yang Bebas dari"
                + " Temuan Material, 100%, bobot 50, target maksimal]");
        assertThat(maks.withTargetMaksimal(false)).isEqualTo(iki);
        CapaianIki lebih = CapaianIki.of("x", Persen.of(new BigDecimal("101")), BigDecimal.ONE);
        assertThat(lebih.withTargetMaksimal(false)).isEqualTo(lebih);
        assertThatThrownBy(() -> lebih.withTargetMaksimal(true)).isInstanceOf(SakipException.class)
                .hasMessage("CapaianIki.capaian of \"x\" must be <= 100 for a target maksimal (the highest attainable"
                        + " target, PermenPANRB 8/2021 Bab VI), was 101%");
    }
}
