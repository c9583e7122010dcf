package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HasilReviuTest {

    @Test
    void findingsByKind() {
        // Tabel 3.4: 122,56 for 122,63
        Temuan t = Temuan.of(Lokasi.of("Tabel 3.4", "Pelayanan", "9"), JenisTemuan.KESALAHAN, new BigDecimal("122.56"),
                new BigDecimal("122.63"), null, "");
        HasilReviu h = HasilReviu.of(3, List.of(t), List.of("Tabel 3.2 / IPMas / 2019: not checked"));
        assertThat(h.getTemuan(JenisTemuan.KESALAHAN)).containsExactly(t);
        assertThat(h.getTemuan(JenisTemuan.PEMBULATAN)).isEmpty();
        assertThat(h).hasToString("HasilReviu[3 figures checked, 1 findings, 1 notes]");
    }

    @Test
    void countIsNotNegative() {
        // a report that prints no figure checks none
        assertThat(HasilReviu.of(0, List.of(), List.of()).getJumlahDiperiksa()).isZero();
        assertThatThrownBy(() -> HasilReviu.of(-1, List.of(), List.of())).isInstanceOf(SakipException.class)
                .hasMessage("HasilReviu.jumlahDiperiksa must be >= 0, was -1");
    }
}
