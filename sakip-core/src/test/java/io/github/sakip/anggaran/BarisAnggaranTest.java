package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Rupiah;
import org.junit.jupiter.api.Test;

class BarisAnggaranTest {

    private static final KodeNomenklatur KODE = KodeNomenklatur.parse("7.01.01.2.01.0001");

    @Test
    void rowKeepsCodeNameAndAmount() {
        BarisAnggaran b = BarisAnggaran.of(KODE, "Penyusunan Dokumen Perencanaan", Rupiah.of(25_000_000L));
        assertThat(b.getKode()).isEqualTo(KODE);
        assertThat(b.getNama()).contains("Penyusunan Dokumen Perencanaan");
        assertThat(b.getNilai()).isEqualTo(Rupiah.of(25_000_000L));
        assertThat(b.toString()).isEqualTo("BarisAnggaran[7.01.01.2.01.0001 Penyusunan Dokumen Perencanaan,"
                + " Rp 25000000.00]");
        assertThat(BarisAnggaran.of(KODE, Rupiah.NOL).getNama()).isEmpty();
    }

    @Test
    void negativeAmountAndNullsAreRejected() {
        assertThatThrownBy(() -> BarisAnggaran.of(KODE, Rupiah.of(-1L))).isInstanceOf(SakipException.class)
                .hasMessage("BarisAnggaran.nilai of 7.01.01.2.01.0001 must be >= 0, was Rp -1.00");
        assertThatThrownBy(() -> BarisAnggaran.of(null, Rupiah.NOL)).isInstanceOf(SakipException.class)
                .hasMessage("BarisAnggaran.kode must not be null");
        assertThatThrownBy(() -> BarisAnggaran.of(KODE, " ", Rupiah.NOL)).isInstanceOf(SakipException.class);
    }
}
