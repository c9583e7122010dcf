package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class NilaiSakipTest {

    /** A worksheet of 88/2021 that totals 87,80, the Klojen figure, with grades and direct scores mixed. */
    private static EvaluasiSakip worksheet8780() {
        return EvaluasiSakip.of(PedomanSakip.PERMENPANRB_88_2021)
                .withJawaban("1.a", "AA").withJawaban("1.b", "A").withJawaban("1.c", "A")   // 6 + 8,1 + 13,5
                .withJawaban("2.a", "AA").withJawaban("2.b", "A").withJawaban("2.c", "BB")  // 6 + 8,1 + 12
                .withJawaban("3.a", "AA").withJawaban("3.b", "A").withJawaban("3.c", "A")   // 3 + 4,05 + 6,75
                .withJawaban("4.a", "AA").withJawaban("4.b", "BB")                          // 5 + 6
                .withSkor("4.c", new BigDecimal("9.30"));
    }

    @Test
    void componentScoresAndTotalOfAnEightyEightWorksheet() {
        NilaiSakip n = RumusSakip.standar().hitung(worksheet8780());
        assertThat(n.skor("1")).isEqualByComparingTo("27.60");
        assertThat(n.skor("2")).isEqualByComparingTo("26.10");
        assertThat(n.skor("3")).isEqualByComparingTo("13.80");
        assertThat(n.skor("4")).isEqualByComparingTo("20.30");
        assertThat(n.skor("3.b")).isEqualByComparingTo("4.05");
        assertThat(n.getNilai()).isEqualByComparingTo("87.80");
        assertThat(n.getPredikat().getLabel()).isEqualTo("A (Memuaskan)");
        assertThat(n.toString()).contains("87.80", "A (Memuaskan)", "PermenPANRB 88/2021");
    }

    @Test
    void lkeAnswersAreAveragedPerCriterionThenWeighted() {
        PedomanSakip p = PedomanSakip.PERMENPANRB_12_2015;
        EvaluasiSakip ev = EvaluasiSakip.of(p);
        for (KomponenSakip k : p.getDaun()) {
            ev = ev.withJawaban(k.getKode(), "Y");
        }
        // pemenuhan Renstra (2): Y, Y, T -> 2 x 2/3; kualitas Renstra (5): A, B, C -> 5 x 0,75
        ev = ev.withJawaban("1.a.1", "Y", "Y", "T").withJawaban("1.a.2", "A", "B", "C");
        NilaiSakip n = RumusSakip.standar().hitung(ev);
        assertThat(n.skorEksak("1.a.1")).isEqualTo(Pecahan.of(4, 3));
        assertThat(n.skorEksak("1.a.2")).isEqualTo(Pecahan.of(15, 4));
        assertThat(n.skor("1.a")).isEqualByComparingTo("8.08");
        // 100 - 2/3 - 1,25 = 98,0833..., rounded once
        assertThat(n.getTotalEksak()).isEqualTo(Pecahan.of(100, 1).minus(Pecahan.of(2, 3)).minus(Pecahan.of(5, 4)));
        assertThat(n.getNilai()).isEqualByComparingTo("98.08");
        assertThat(RumusSakip.standar().withPembulatan(Pembulatan.of(3, RoundingMode.DOWN)).hitung(ev).getNilai())
                .isEqualByComparingTo("98.083");
        assertThat(n.getPredikat().getLabel()).isEqualTo("AA (Sangat memuaskan)");
    }

    @Test
    void unknownCodesAreRefused() {
        NilaiSakip n = RumusSakip.standar().hitung(worksheet8780());
        assertThatThrownBy(() -> n.skor("7")).isInstanceOf(SakipException.class)
                .hasMessage("NilaiSakip kode \"7\" is not a component of PermenPANRB 88/2021");
    }
}
