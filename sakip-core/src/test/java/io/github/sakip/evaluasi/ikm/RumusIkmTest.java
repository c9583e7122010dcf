package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.annotation.Nullable;
import org.assertj.core.api.AbstractThrowableAssert;
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
        assertThat(persyaratan.getRekap()).contains(RekapUnsur.of(513, 150));
        assertThat(persyaratan.getNrrEksak()).isEqualTo(Pecahan.of(171, 50));
        assertThat(persyaratan).hasToString("NrrUnsur[Persyaratan, 513/150, NRR 171/50, bobot 1/9]");
        assertThat(ikm.toString()).startsWith("Ikm[85.50 B (Baik), 150 responden, RumusIkm[PermenPANRB 14/2017");
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
    void unitAsPrintedIsANamedVariantThatRoundsTheUnitBeforeTheConversion() {
        // NRR 1538/450 on every unsur: unit 3,41777..., exact IKM 85,44; unit printed 3,42 x 25 = 85,50
        SurveiIkm survei = SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(1538, 450)));
        Ikm exact = RumusIkm.standar().hitung(survei);
        Ikm printed = RumusIkm.standar().withNilaiUnitDicetak(Pembulatan.STANDAR).hitung(survei);
        assertThat(exact.getNilai()).isEqualByComparingTo("85.44");
        assertThat(printed.getNilaiUnitEksak()).isEqualTo(exact.getNilaiUnitEksak()).isEqualTo(Pecahan.of(769, 225));
        assertThat(printed.getNilaiUnitDikonversi()).isEqualTo(Pecahan.of(342, 100));
        assertThat(printed.getNilaiEksak()).isEqualTo(Pecahan.of(171, 2));
        assertThat(printed.getNilai()).isEqualByComparingTo("85.50");
        assertThat(printed.getRumus().getNilaiUnitDicetak()).contains(Pembulatan.STANDAR);
        assertThat(printed.getUnsur().get(0).getNrr()).isEqualTo(Pecahan.of(1538, 450));
    }

    @Test
    void mutuFollowsTheConvertedUnitInTheUnitAsPrintedVariant() {
        // unit 3,53235: exact IKM 88,30875 is B; the unit printed at 4 decimals, 3,5324, converts to 88,31: A
        SurveiIkm survei = SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(353_235, 100_000)));
        assertThat(RumusIkm.standar().hitung(survei).getMutu().getLabel()).isEqualTo("B (Baik)");
        Ikm printed = RumusIkm.standar().withNilaiUnitDicetak(Pembulatan.of(4, RoundingMode.HALF_UP)).hitung(survei);
        assertThat(printed.getNilaiEksak()).isEqualTo(Pecahan.of(8831, 100));
        assertThat(printed.getMutu().getLabel()).isEqualTo("A (Sangat baik)");
    }

    @Test
    void everyWitherKeepsTheOtherPolicies() {
        Pembulatan tiga = Pembulatan.of(3, RoundingMode.HALF_UP);
        Pembulatan empat = Pembulatan.of(4, RoundingMode.DOWN);
        RumusIkm rumus = RumusIkm.standar().withNilaiUnitDicetak(tiga).withNrrDicetak(empat)
                .withPedoman(PedomanIkm.KEPMENPAN_25_2004).withBobot(BobotIkm.DICETAK).withPembulatan(tiga);
        assertThat(rumus.getNilaiUnitDicetak()).contains(tiga);
        assertThat(rumus.getNrrDicetak()).contains(empat);
        assertThat(rumus.getPedoman()).isSameAs(PedomanIkm.KEPMENPAN_25_2004);
        assertThat(rumus.getBobot()).isEqualTo(BobotIkm.DICETAK);
        assertThat(rumus.getPembulatan()).isEqualTo(tiga);
        assertThat(rumus.withNilaiUnitDicetak(tiga).getNrrDicetak()).contains(empat);
        assertThat(rumus).hasToString("RumusIkm[KepmenPAN 25/2004, DICETAK, Pembulatan[3, HALF_UP],"
                + " NRR as printed Pembulatan[4, DOWN], unit as printed Pembulatan[3, HALF_UP]]");
        assertThatThrownBy(() -> RumusIkm.standar().withNilaiUnitDicetak(null)).isInstanceOf(SakipException.class)
                .hasMessage("RumusIkm.nilaiUnitDicetak must not be null");
    }

    private static List<BigDecimal> nrr(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> sembilan(String nilai) {
        return Collections.nCopies(9, new BigDecimal(nilai));
    }

    @Test
    void printedNrrAreTakenAsGivenAndWeighted() {
        Ikm ikm = RumusIkm.standar().hitungDariNrr(nrr("3.42", "3.42", "3.42", "3.42", "3.42", "3.42", "3.42", "3.42",
                "3.42"));
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(171, 2));
        assertThat(ikm.getNilai()).isEqualByComparingTo("85.50");
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
        assertThat(ikm.getUnsur().get(8).getNama()).isEqualTo("Sarana dan prasarana");
        assertThat(ikm.getUnsur().get(0).getNrrTertimbang()).isEqualTo(Pecahan.of(38, 100));
    }

    @Test
    void nrrAsPrintedAlsoRoundsPrintedNrrButKeepsTheGivenFigure() {
        Ikm ikm = RumusIkm.standar().withNrrDicetak(Pembulatan.of(1, RoundingMode.HALF_UP))
                .hitungDariNrr(sembilan("3.14"));
        assertThat(ikm.getUnsur().get(0).getNrrEksak()).isEqualTo(Pecahan.of(314, 100));
        assertThat(ikm.getUnsur().get(0).getNrr()).isEqualTo(Pecahan.of(31, 10));
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(155, 2));
    }

    @Test
    void theBoundsOneAndFourArePrintedNrr() {
        assertThat(RumusIkm.standar().hitungDariNrr(sembilan("1")).getNilaiEksak()).isEqualTo(Pecahan.of(25, 1));
        assertThat(RumusIkm.standar().hitungDariNrr(sembilan("4.000")).getNilaiEksak()).isEqualTo(Pecahan.of(100, 1));
    }

    /** Nine printed NRR of 3 with one replaced, to refuse. */
    private static List<BigDecimal> tigaKecuali(int index, @Nullable BigDecimal nilai) {
        List<BigDecimal> nrr = new ArrayList<>(sembilan("3"));
        nrr.set(index, nilai);
        return nrr;
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(@Nullable List<BigDecimal> nrr) {
        return assertThatThrownBy(() -> RumusIkm.standar().hitungDariNrr(nrr)).isInstanceOf(SakipException.class);
    }

    @Test
    void printedNrrOutsideOneToFourAreRefusedNamingTheUnsur() {
        refused(tigaKecuali(2, new BigDecimal("4.01")))
                .hasMessage("NRR of unsur 3 \"Waktu penyelesaian\" must be between 1 and 4, was 4.01");
        refused(tigaKecuali(0, new BigDecimal("0.99")))
                .hasMessage("NRR of unsur 1 \"Persyaratan\" must be between 1 and 4, was 0.99");
        refused(tigaKecuali(8, new BigDecimal("0E+3")))
                .hasMessage("NRR of unsur 9 \"Sarana dan prasarana\" must be between 1 and 4, was 0");
        refused(tigaKecuali(4, new BigDecimal("-3.06"))).hasMessageContaining("must be between 1 and 4, was -3.06");
    }

    @Test
    void theWrongNumberOfPrintedNrrIsRefused() {
        assertThatThrownBy(() -> RumusIkm.standar().hitungDariNrr(Collections.nCopies(14, BigDecimal.ONE)))
                .isInstanceOf(SakipException.class)
                .hasMessage("RumusIkm.nrr must have 9 values, one per unsur of PermenPANRB 14/2017, was 14");
        assertThatThrownBy(() -> RumusIkm.standar().withPedoman(PedomanIkm.KEPMENPAN_25_2004)
                .hitungDariNrr(Collections.nCopies(13, BigDecimal.ONE))).isInstanceOf(SakipException.class)
                .hasMessage("RumusIkm.nrr must have 14 values, one per unsur of KepmenPAN 25/2004, was 13");
        assertThatThrownBy(() -> RumusIkm.standar().hitungDariNrr(List.of())).isInstanceOf(SakipException.class)
                .hasMessage("RumusIkm.nrr must have 9 values, one per unsur of PermenPANRB 14/2017, was 0");
    }

    @Test
    void nullPrintedNrrAreRefused() {
        refused(null).hasMessage("RumusIkm.nrr must not be null");
        refused(tigaKecuali(2, null)).hasMessage("RumusIkm.nrr must not contain null, found one at index 2");
    }

    @Test
    void overLongPrintedNrrAreRefusedBeforeAnyArithmetic() {
        refused(tigaKecuali(1, new BigDecimal("1E+1000000000")))
                .hasMessage("NRR of unsur 2 \"Sistem, mekanisme, dan prosedur\" must have at most 1000 digits in plain"
                        + " form, was 1E+1000000000 (1000000001 digits)");
        refused(tigaKecuali(0, new BigDecimal("3." + "0".repeat(1000))))
                .hasMessageStartingWith("NRR of unsur 1 \"Persyaratan\" must have at most 1000 digits in plain form");
    }

    @Test
    void calculatorsAreValuesAndShowTheirPolicy() {
        assertThat(RumusIkm.standar().withBobot(BobotIkm.EKSAK)).isEqualTo(RumusIkm.standar())
                .hasSameHashCodeAs(RumusIkm.standar());
        assertThat(RumusIkm.standar().withBobot(BobotIkm.DICETAK)).isNotEqualTo(RumusIkm.standar());
        assertThat(RumusIkm.standar().withNilaiUnitDicetak(Pembulatan.STANDAR)).isNotEqualTo(RumusIkm.standar())
                .isEqualTo(RumusIkm.standar().withNilaiUnitDicetak(Pembulatan.STANDAR))
                .hasSameHashCodeAs(RumusIkm.standar().withNilaiUnitDicetak(Pembulatan.STANDAR));
        assertThat(RumusIkm.standar().getNilaiUnitDicetak()).isEmpty();
        Pembulatan tiga = Pembulatan.of(3, RoundingMode.HALF_UP);
        RumusIkm semua = RumusIkm.standar().withNilaiUnitDicetak(tiga).withNrrDicetak(tiga);
        assertThat(semua).isEqualTo(RumusIkm.standar().withNrrDicetak(tiga).withNilaiUnitDicetak(tiga))
                .isNotEqualTo(semua.withNilaiUnitDicetak(Pembulatan.STANDAR))
                .isNotEqualTo(semua.withNrrDicetak(Pembulatan.STANDAR))
                .isNotEqualTo(semua.withPembulatan(tiga))
                .isNotEqualTo(semua.withPedoman(PedomanIkm.KEPMENPAN_25_2004))
                .isNotEqualTo(semua.withBobot(BobotIkm.DICETAK))
                .isNotEqualTo("RumusIkm");
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
                .containsExactly(new BigDecimal("0.3925"));
    }
}
