package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RumusIkmTest {

    private static SurveiIkm semua(int jawaban, int responden) {
        return SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of((long) jawaban * responden, responden)));
    }

    @Test
    void allFoursGiveExactlyHundredWithTheExactWeightAnd99point9WithThePrintedOne() {
        Ikm exact = RumusIkm.standar().withPembulatan(Pembulatan.of(10, RoundingMode.UNNECESSARY)).hitung(semua(4, 30));
        assertThat(exact.getNilaiEksak()).isEqualTo(Pecahan.of(100, 1));
        assertThat(exact.getNilai()).isEqualByComparingTo("100");
        assertThat(exact.getMutu().getLabel()).isEqualTo("A (Sangat baik)");
        Ikm printed = RumusIkm.standar().withBobot(BobotIkm.DICETAK).hitung(semua(4, 30));
        assertThat(printed.getNilai()).isEqualByComparingTo("99.90");
        assertThat(printed.nilaiUnit(Pembulatan.of(3, RoundingMode.UNNECESSARY))).isEqualByComparingTo("3.996");
    }

    @Test
    void allOnesGiveExactlyTwentyFive() {
        Ikm ikm = RumusIkm.standar().withPembulatan(Pembulatan.of(10, RoundingMode.UNNECESSARY)).hitung(semua(1, 7));
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(25, 1));
        assertThat(ikm.getMutu().getLabel()).isEqualTo("D (Tidak baik)");
    }

    @Test
    void nrrIsPerUnsurAndWeightedByOneNinth() {
        Ikm ikm = RumusIkm.standar().hitung(SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(513, 150))));
        NrrUnsur persyaratan = ikm.getUnsur().get(0);
        assertThat(persyaratan.getNama()).isEqualTo("Persyaratan");
        assertThat(persyaratan.nrr(Pembulatan.STANDAR)).isEqualByComparingTo("3.42");
        assertThat(persyaratan.getNrrTertimbang()).isEqualTo(Pecahan.of(38, 100));
        assertThat(ikm.getNilai()).isEqualByComparingTo("85.50");
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
    }

    @Test
    void nrrAsPrintedIsANamedVariantThatRoundsEachNrrFirst() {
        // 3,41777... exact; printed at 2 decimals 3,42
        Ikm exact = RumusIkm.standar().hitung(SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(1538, 450))));
        Ikm printed = RumusIkm.standar().withNrrDicetak(Pembulatan.STANDAR)
                .hitung(SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(1538, 450))));
        assertThat(exact.getNilai()).isEqualByComparingTo("85.44");
        assertThat(printed.getUnsur().get(0).getNrr()).isEqualTo(Pecahan.of(342, 100));
        assertThat(printed.getNilai()).isEqualByComparingTo("85.50");
        assertThat(printed.getRumus().getNrrDicetak()).contains(Pembulatan.STANDAR);
    }

    @Test
    void theResultNamesThePresetItUsed() {
        SurveiIkm survei = SurveiIkm.ofRekap(Collections.nCopies(14, RekapUnsur.of(3059, 1000)));
        Ikm ikm = RumusIkm.standar().withPedoman(PedomanIkm.KEPMENPAN_25_2004).withPembulatan(Pembulatan.of(3,
                RoundingMode.HALF_UP)).hitung(survei);
        // NRR 3,059 on every unsur: IKM 76,475, B under KepmenPAN 25/2004 (it would be C under 14/2017)
        assertThat(ikm.getNilai()).isEqualByComparingTo("76.475");
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
        assertThat(ikm.getRumus().getPedoman()).isSameAs(PedomanIkm.KEPMENPAN_25_2004);
        assertThat(ikm.getUnsur().get(13).getNama()).isEqualTo("Keamanan pelayanan");
        assertThat(ikm.toString()).contains("76.475", "B (Baik)", "KepmenPAN 25/2004");
    }

    @Test
    void aSurveyWithTheWrongNumberOfUnsurIsRefused() {
        SurveiIkm survei = SurveiIkm.ofRekap(Collections.nCopies(14, RekapUnsur.of(30, 10)));
        assertThatThrownBy(() -> RumusIkm.standar().hitung(survei)).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm must have 9 unsur for PermenPANRB 14/2017, was 14");
        assertThatThrownBy(() -> RumusIkm.standar().hitung(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RumusIkm.standar().withBobot(null)).isInstanceOf(SakipException.class)
                .hasMessage("RumusIkm.bobot must not be null");
    }

    @Test
    void calculatorsAreValuesAndShowTheirPolicy() {
        assertThat(RumusIkm.standar().withBobot(BobotIkm.EKSAK)).isEqualTo(RumusIkm.standar())
                .hasSameHashCodeAs(RumusIkm.standar());
        assertThat(RumusIkm.standar().withBobot(BobotIkm.DICETAK)).isNotEqualTo(RumusIkm.standar());
        assertThat(RumusIkm.standar().getPedoman()).isSameAs(PedomanIkm.PERMENPANRB_14_2017);
        assertThat(RumusIkm.standar().getNrrDicetak()).isEmpty();
        assertThat(RumusIkm.standar()).hasToString("RumusIkm[PermenPANRB 14/2017, EKSAK, Pembulatan[2, HALF_UP],"
                + " NRR exact]");
    }

    @Test
    void mutuIsRatedOnTheExactValueNotThePrintedOne() {
        // IKM unit 3,5322 (NRR 17661/5000 on every unsur): IKM 88,305, printed 88,31 (HALF_UP), yet below
        // the bound 88,31 of A: the exact value is B on both the converted and the NRR column.
        Ikm ikm = RumusIkm.standar().hitung(SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(17661, 5000))));
        assertThat(ikm.getNilai()).isEqualByComparingTo("88.31");
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
        assertThat(PedomanIkm.PERMENPANRB_14_2017.getSkalaNrr().predikat(ikm.getNilaiUnitEksak()).getLabel())
                .isEqualTo("B (Baik)");
        assertThat(PedomanIkm.PERMENPANRB_14_2017.mutu(ikm.getNilai()).getLabel()).isEqualTo("A (Sangat baik)");
        assertThat(List.of(ikm.getUnsur().get(0).nrrTertimbang(Pembulatan.of(4, RoundingMode.HALF_UP))))
                .containsExactly(new java.math.BigDecimal("0.3925"));
    }
}
