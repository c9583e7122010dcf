package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RealisasiAnggaranTest {

    @Test
    void negativeSpendingIsRejectedNamingTheAmount() {
        Rupiah minusSatuSen = Rupiah.of(new BigDecimal("-0.01"));
        assertThatThrownBy(() -> RealisasiAnggaran.of(Tahun.of(2021), minusSatuSen))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("RealisasiAnggaran.nilai must be >= 0, was Rp -0.01");
    }

    @Test
    void theKlojenKetentramanSpendingPrintsWithItsYear() {
        // Realisasi Anggaran 2021 (Bab III B): Program Koordinasi Ketentraman, 395.246.192.
        assertThat(RealisasiAnggaran.of(Tahun.of(2021), Rupiah.of(395_246_192L)))
                .hasToString("RealisasiAnggaran[2021: Rp 395246192.00]");
        assertThat(RealisasiAnggaran.of(Tahun.of(2021), Rupiah.NOL).getNilai()).isEqualTo(Rupiah.NOL);
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> RealisasiAnggaran.of(null, Rupiah.NOL), "RealisasiAnggaran.tahun");
        ValueContract.assertNullRejected(() -> RealisasiAnggaran.of(Tahun.of(2021), null), "RealisasiAnggaran.nilai");
    }
}
