package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The report-level reviu refuses figures of more than 1000 digits where they come in, and reads
 * no more decimals from words than {@code Terbilang} writes; one past each limit is enough to show
 * it, and fast (the memory bombs and a million words are in {@link ReviuHostileInputTest}).
 */
class ReviuLimitsTest {
    private static final BigDecimal X = new BigDecimal("1E+1000");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final String LIMIT = " must have at most 1000 digits in plain form, was 1E+1000 (1001 digits)";
    private static final Lokasi LOKASI = Lokasi.of("Tabel 3.1", "Nilai SAKIP OPD", "Capaian 2021");

    @Test
    void figuresAreRefusedOneDigitPastTheLimit() {
        Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, Klojen2021.NILAI_SAKIP, Klojen2021.TAHUN);
        assertThatThrownBy(() -> AngkaDicetak.of(LOKASI, capaian, X, null)).hasMessage("AngkaDicetak.nilai" + LIMIT);
        assertThatThrownBy(() -> Hitungan.bagi(X, ONE, "x")).hasMessage("Hitungan pembilang" + LIMIT);
        assertThatThrownBy(() -> Hitungan.bagi(ONE, X, "x")).hasMessage("Hitungan penyebut" + LIMIT);
        assertThatThrownBy(() -> Hitungan.eksak(X, "x")).hasMessage("Hitungan.nilai" + LIMIT);
        assertThatThrownBy(() -> Rincian.of(X, ONE, ONE)).hasMessage("Rincian.pembilang" + LIMIT);
        assertThatThrownBy(() -> Rincian.of(ONE, X, ONE)).hasMessage("Rincian.penyebut" + LIMIT);
        assertThatThrownBy(() -> Rincian.of(ONE, ONE, X)).hasMessage("Rincian.pengali" + LIMIT);
        assertThatThrownBy(() -> TerbilangDicetak.of(LOKASI, X, "satu")).hasMessage("TerbilangDicetak.angka" + LIMIT);
    }

}
