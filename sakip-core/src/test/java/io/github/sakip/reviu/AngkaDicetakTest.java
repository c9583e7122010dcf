package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AngkaDicetakTest {

    private static final Lokasi IKHTISAR = Lokasi.of("Ikhtisar Eksekutif", "Capaian kinerja sasaran", "teks");
    private static final Besaran TERCAPAI = Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI);

    @Test
    void aCountIsAWholeNumber() {
        assertThat(AngkaDicetak.of(IKHTISAR, TERCAPAI, new BigDecimal("1.0"), "hanya 1 (satu)").getKutipan())
                .contains("hanya 1 (satu)");
        assertThatThrownBy(() -> AngkaDicetak.of(IKHTISAR, TERCAPAI, new BigDecimal("1.5"), null))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be a whole number, was 1.5");
    }

    @Test
    void keepsThePrintedScale() {
        // Tabel 3.2 prints 100,7 with one decimal: the reviu compares at that scale
        AngkaDicetak a = AngkaDicetak.of(Lokasi.of("Tabel 3.2", "Nilai SAKIP OPD", "2019"),
                Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), new BigDecimal("100.7"), null);
        assertThat(a.getNilai().scale()).isEqualTo(1);
        assertThat(a.getKutipan()).isEmpty();
        assertThat(a).hasToString("Tabel 3.2 / Nilai SAKIP OPD / 2019 = 100.7");
        assertThatThrownBy(() -> AngkaDicetak.of(null, TERCAPAI, BigDecimal.ONE, null))
                .hasMessage("AngkaDicetak.lokasi must not be null");
    }
}
