package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class TemuanTest {

    private static final Lokasi LOKASI = Lokasi.of("Tabel 3.2", "Indeks Kepuasan Layanan Prasarana Sarana Publik",
            "Capaian 2020");

    @Test
    void roundingModeIsRequiredExactlyForRoundingOnlyFindings() {
        assertThatThrownBy(() -> Temuan.of(LOKASI, JenisTemuan.PEMBULATAN, BigDecimal.ONE, BigDecimal.TEN, null, ""))
                .isInstanceOf(SakipException.class).hasMessageContaining("pembulatanDicetak");
        assertThatThrownBy(() -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, BigDecimal.ONE, BigDecimal.TEN,
                RoundingMode.DOWN, "")).isInstanceOf(SakipException.class).hasMessageContaining("KESALAHAN");
    }

    @Test
    void differenceIsPrintedMinusComputed() {
        // Tabel 3.2: IKLPSP 2020 printed 106,33, 4,02 / 3,78 x 100 gives 106,35
        Temuan t = Temuan.of(LOKASI, JenisTemuan.KESALAHAN, new BigDecimal("106.33"), new BigDecimal("106.35"), null,
                "4,02 / 3,78 x 100");
        assertThat(t.getSelisih()).isEqualByComparingTo("-0.02");
        assertThat(t).isEqualTo(Temuan.of(LOKASI, JenisTemuan.KESALAHAN, new BigDecimal("106.33"),
                new BigDecimal("106.35"), null, "4,02 / 3,78 x 100"));
        assertThat(t.toString()).contains("Tabel 3.2", "106.33", "106.35", "4,02 / 3,78 x 100");
    }

    @Test
    void nullsAndBlanksNameTheField() {
        assertThatThrownBy(() -> Temuan.of(null, JenisTemuan.KESALAHAN, BigDecimal.ONE, BigDecimal.ONE, null, ""))
                .isInstanceOf(SakipException.class).hasMessage("Temuan.lokasi must not be null");
        assertThatThrownBy(() -> Lokasi.of("Tabel 3.1", " ", "Capaian"))
                .isInstanceOf(SakipException.class).hasMessageContaining("Lokasi.baris must not be blank");
    }
}
