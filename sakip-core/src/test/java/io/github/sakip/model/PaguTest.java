package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import org.junit.jupiter.api.Test;

class PaguTest {

    @Test
    void aNegativePaguIsRejectedNamingTheAmount() {
        assertThatThrownBy(() -> Pagu.of(Tahun.of(2021), Rupiah.of(-1L))).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Pagu.nilai must be >= 0, was Rp -1.00");
    }

    @Test
    void aPaguOfZeroIsAllowed() {
        assertThat(Pagu.of(Tahun.of(2021), Rupiah.NOL).getNilai().isZero()).isTrue();
    }

    @Test
    void theKlojenKetentramanPaguPrintsWithItsYear() {
        // Tabel 2.4: Program Koordinasi Ketentraman Dan Ketertiban Umum, 418.601.325,00.
        Pagu p = Pagu.of(Tahun.of(2021), Rupiah.of(418_601_325L));
        assertThat(p).hasToString("Pagu[2021: Rp 418601325.00]").isEqualTo(Pagu.of(Tahun.of(2021),
                Rupiah.of(418_601_325L)));
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Pagu.of(null, Rupiah.NOL), "Pagu.tahun");
        ValueContract.assertNullRejected(() -> Pagu.of(Tahun.of(2021), null), "Pagu.nilai");
    }
}
