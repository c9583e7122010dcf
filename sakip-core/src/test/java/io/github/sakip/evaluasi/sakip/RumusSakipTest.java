package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RumusSakipTest {

    private static EvaluasiSakip semua(String grade) {
        EvaluasiSakip ev = EvaluasiSakip.of(PedomanSakip.PERMENPANRB_88_2021);
        for (KomponenSakip k : PedomanSakip.PERMENPANRB_88_2021.getDaun()) {
            ev = ev.withJawaban(k.getKode(), grade);
        }
        return ev;
    }

    @Test
    void klojenNilaiSakip8780IsMemuaskan() {
        // Klojen LKjIP 2021, Tabel 3.1 and Bab III: Nilai SAKIP OPD 2021 = 87,80
        assertThat(RumusSakip.standar().predikat(new BigDecimal("87.80")).getLabel()).isEqualTo("A (Memuaskan)");
        assertThat(RumusSakip.standar().withBatas(BatasPredikatSakip.INKLUSIF).predikat(new BigDecimal("87.80"))
                .getLabel()).isEqualTo("A (Memuaskan)");
    }

    @Test
    void klojenRiseOverThePreviousYear() {
        // Klojen LKjIP 2021, Tabel 3.2: Nilai SAKIP 2020 76,57 (BB), 2021 87,80 (A): "kenaikan sebesar 11,23"
        BigDecimal y2020 = new BigDecimal("76.57");
        BigDecimal y2021 = new BigDecimal("87.80");
        assertThat(y2021.subtract(y2020)).isEqualByComparingTo("11.23");
        assertThat(RumusSakip.standar().predikat(y2020).getLabel()).isEqualTo("BB (Sangat baik)");
        assertThat(RumusSakip.standar().predikat(y2021)).isGreaterThan(RumusSakip.standar().predikat(y2020));
    }

    @Test
    void totalsOutsideZeroToHundredAreRefused() {
        assertThatThrownBy(() -> RumusSakip.standar().predikat(new BigDecimal("100.01")))
                .isInstanceOf(SakipException.class).hasMessage("Nilai SAKIP must be between 0 and 100, was 100.01");
        assertThatThrownBy(() -> RumusSakip.standar().predikat(new BigDecimal("-0.01")))
                .isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RumusSakip.standar().predikat(null)).isInstanceOf(SakipException.class)
                .hasMessage("Nilai SAKIP must not be null");
    }

    @Test
    void gradeAEverywhereScoresNinetyWhichIsAOrAaByPolicy() {
        NilaiSakip eks = RumusSakip.standar().hitung(semua("A"));
        assertThat(eks.getNilai()).isEqualByComparingTo("90.00");
        assertThat(eks.getPredikat().getLabel()).isEqualTo("A (Memuaskan)");
        NilaiSakip ink = RumusSakip.standar().withBatas(BatasPredikatSakip.INKLUSIF).hitung(semua("A"));
        assertThat(ink.getPredikat().getLabel()).isEqualTo("AA (Sangat memuaskan)");
        assertThat(RumusSakip.standar().hitung(semua("AA")).getNilai()).isEqualByComparingTo("100");
        assertThat(RumusSakip.standar().hitung(semua("E")).getNilai()).isEqualByComparingTo("0");
    }

    @Test
    void anIncompleteWorksheetIsRefusedNamingTheMissingLeaves() {
        EvaluasiSakip ev = semua("B").withJawaban("1.a", "A");
        EvaluasiSakip partial = EvaluasiSakip.of(PedomanSakip.PERMENPANRB_88_2021).withJawaban("1.a", "A");
        assertThat(RumusSakip.standar().hitung(ev).getNilai()).isEqualByComparingTo("71.20");
        assertThatThrownBy(() -> RumusSakip.standar().hitung(partial)).isInstanceOf(SakipException.class)
                .hasMessage("EvaluasiSakip under PermenPANRB 88/2021 must fill in every scored component, missing"
                        + " [1.b, 1.c, 2.a, 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c]");
    }

    @Test
    void calculatorsAreValuesAndShowTheirPolicy() {
        RumusSakip r = RumusSakip.standar().withPembulatan(Pembulatan.of(1, RoundingMode.DOWN));
        assertThat(r.getPembulatan()).isEqualTo(Pembulatan.of(1, RoundingMode.DOWN));
        assertThat(r).isNotEqualTo(RumusSakip.standar());
        assertThat(RumusSakip.standar().withBatas(BatasPredikatSakip.EKSKLUSIF)).isEqualTo(RumusSakip.standar())
                .hasSameHashCodeAs(RumusSakip.standar());
        assertThat(RumusSakip.standar()).hasToString("RumusSakip[EKSKLUSIF, Pembulatan[2, HALF_UP]]");
        assertThat(RumusSakip.standar().getBatas()).isEqualTo(BatasPredikatSakip.EKSKLUSIF);
    }
}
