package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Edges of Pemeriksa and Temuan that the example tests leave open: the policy's accessors and text. */
class PemeriksaMutationTest {
    private static final Lokasi LOKASI = Lokasi.of("Tabel 3.1", "Nilai SAKIP OPD", "Capaian 2021");

    @Test
    void thePolicyIsReadBackAndPrinted() {
        Pemeriksa p = Pemeriksa.standar().withRoundingMode(RoundingMode.DOWN).withToleransi(new BigDecimal("0.01"));
        assertThat(p.getRoundingMode()).isEqualTo(RoundingMode.DOWN);
        assertThat(p.getToleransi()).isEqualTo(new BigDecimal("0.01"));
        assertThat(p).hasToString("Pemeriksa[DOWN, toleransi 0.01]");
        assertThat(Pemeriksa.standar()).hasToString("Pemeriksa[HALF_UP, toleransi 0]");
    }

    @Test
    void anInconsistentAmountWithoutExplanationNamesOnlyTheOtherPlace() {
        Lokasi lain = Lokasi.of("Tabel 2.4", "Total", "Pagu");
        Temuan t = Pemeriksa.standar().bandingkan(LOKASI, new BigDecimal("10"), lain, new BigDecimal("11"), "")
                .orElseThrow();
        assertThat(t.getKeterangan()).isEqualTo("dicetak 11 di Tabel 2.4 / Total / Pagu");
        assertThat(t).hasToString("TIDAK_KONSISTEN Tabel 3.1 / Nilai SAKIP OPD / Capaian 2021: printed 10, data"
                + " gives 11 (difference -1); dicetak 11 di Tabel 2.4 / Total / Pagu");
        Temuan dijelaskan = Pemeriksa.standar().bandingkan(LOKASI, BigDecimal.TEN, lain, BigDecimal.ONE, "data: 10")
                .orElseThrow();
        assertThat(dijelaskan.getKeterangan()).isEqualTo("dicetak 1 di Tabel 2.4 / Total / Pagu; data: 10");
    }

    @Test
    void aRoundingFindingSaysWhichModePrintedIt() {
        Temuan t = Pemeriksa.standar().periksa(LOKASI, new BigDecimal("140.57"), new BigDecimal("440"),
                new BigDecimal("3.13"), "").orElseThrow();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN);
        assertThat(t).hasToString("PEMBULATAN Tabel 3.1 / Nilai SAKIP OPD / Capaian 2021: printed 140.57, data"
                + " gives 140.58 (difference -0.01), printed with " + t.getPembulatanDicetak().orElseThrow());
    }

    @Test
    void everyFigureIsRefusedOneDigitPastTheLimit() {
        BigDecimal x = new BigDecimal("1E+1000");
        BigDecimal one = BigDecimal.ONE;
        String limit = " must have at most 1000 digits in plain form, was 1E+1000 (1001 digits)";
        Pemeriksa p = Pemeriksa.standar();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.periksa(LOKASI, x, one, "x"))
                .hasMessage("Pemeriksa dicetak" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.periksa(LOKASI, one, x, one, "x"))
                .hasMessage("Pemeriksa pembilang" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.periksa(LOKASI, one, one, x, "x"))
                .hasMessage("Pemeriksa penyebut" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.periksa(LOKASI, x, one, one, "x"))
                .hasMessage("Pemeriksa dicetak" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.periksa(LOKASI, one, q -> x, "x"))
                .hasMessage("Pemeriksa hitung result" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.bandingkan(LOKASI, one, LOKASI, x, "x"))
                .hasMessage("Pemeriksa dicetakLain" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.bandingkan(LOKASI, x, LOKASI, one, "x"))
                .hasMessage("Pemeriksa dicetak" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.withToleransi(x))
                .hasMessage("Pemeriksa.toleransi" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, x, one, null, ""))
                .hasMessage("Temuan.dicetak" + limit);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, one, x, null, ""))
                .hasMessage("Temuan.dihitung" + limit);
    }

    @Test
    void aFunctionWithoutAValueUnderAnotherModeGivesAnErrorNotAnException() {
        Temuan t = Pemeriksa.standar().periksa(LOKASI, new BigDecimal("109.75"),
                p -> p.getRoundingMode() == RoundingMode.HALF_UP ? new BigDecimal("109.74") : null, "capaian")
                .orElseThrow();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualTo(new BigDecimal("109.74"));
    }
}
