package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RumusIkmPropertiesTest {

    /** The NRR column of PermenPANRB 14/2017 as printed, gaps closed at the lower bound above. */
    private static final Skala NRR_DICETAK = Skala.builder("PermenPANRB 14/2017 NRR column as printed", "D (Tidak baik)")
            .dari(new BigDecimal("2.60"), "C (Kurang baik)")
            .dari(new BigDecimal("3.0644"), "B (Baik)")
            .dari(new BigDecimal("3.5324"), "A (Sangat baik)")
            .build();

    /** A row of nine items, each 1-4 or (for 0) unanswered, at least the first answered. */
    private static Gen<JawabanResponden> rows() {
        return lists().of(integers().between(0, 4)).ofSize(9).map(l -> {
            List<OptionalInt> row = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                int v = i == 0 && l.get(i) == 0 ? 1 : l.get(i);
                row.add(v == 0 ? OptionalInt.empty() : OptionalInt.of(v));
            }
            return JawabanResponden.of(row);
        });
    }

    /** A survey with every unsur answered at least once: a full first row, then random rows. */
    private static Gen<List<JawabanResponden>> surveys() {
        return lists().of(rows()).ofSizeBetween(0, 25).zip(lists().of(integers().between(1, 4)).ofSize(9),
                (rest, first) -> {
                    List<JawabanResponden> all = new ArrayList<>();
                    all.add(JawabanResponden.of(first.stream().mapToInt(Integer::intValue).toArray()));
                    all.addAll(rest);
                    return all;
                });
    }

    /** Per-unsur totals of 1-400 respondents anywhere in the 1-4 range, to reach every band. */
    private static Gen<RekapUnsur> rekap() {
        return integers().between(1, 400).zip(integers().between(0, 3000), (n, k) ->
                RekapUnsur.of(n + (long) k * 3 * n / 3000, n));
    }

    @Test
    void ikmIsMonotoneInEveryAnswer() {
        qt().withExamples(150).forAll(surveys(), integers().between(0, 1000), integers().between(0, 8))
                .checkAssert((survey, r, u) -> {
                    int row = r % survey.size();
                    JawabanResponden before = survey.get(row);
                    int old = before.getJawaban(u).orElse(0);
                    if (old == 0 || old == 4) {
                        return; // blank items and top answers cannot be raised
                    }
                    List<JawabanResponden> raised = new ArrayList<>(survey);
                    raised.set(row, before.withJawaban(u, old + 1));
                    for (BobotIkm bobot : BobotIkm.values()) {
                        RumusIkm rumus = RumusIkm.standar().withBobot(bobot);
                        Pecahan a = rumus.hitung(SurveiIkm.ofJawaban(survey)).getNilaiEksak();
                        Pecahan b = rumus.hitung(SurveiIkm.ofJawaban(raised)).getNilaiEksak();
                        assertThat(b.compareTo(a)).as("%s -> %s", survey, raised).isPositive();
                    }
                });
    }

    @Test
    void ikmOfUniformAnswersIsTheAnswerTimesTwentyFiveExactly() {
        qt().withExamples(50).forAll(integers().between(1, 4), integers().between(1, 500)).checkAssert((j, n) -> {
            SurveiIkm s = SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of((long) j * n, n)));
            assertThat(RumusIkm.standar().hitung(s).getNilaiEksak()).isEqualTo(Pecahan.of(25L * j, 1));
        });
    }

    @Test
    void ikmStaysWithinTwentyFiveAndHundred() {
        qt().withExamples(150).forAll(surveys()).checkAssert(survey -> {
            Pecahan v = RumusIkm.standar().hitung(SurveiIkm.ofJawaban(survey)).getNilaiEksak();
            assertThat(v.compareTo(Pecahan.of(25, 1))).isNotNegative();
            assertThat(v.compareTo(Pecahan.of(100, 1))).isNotPositive();
        });
    }

    @Test
    void mutuFromTheConvertedValueEqualsMutuFromThePrintedNrrColumn() {
        qt().withExamples(400).forAll(lists().of(rekap()).ofSize(9)).checkAssert(rekap -> {
            for (BobotIkm bobot : BobotIkm.values()) {
                Ikm ikm = RumusIkm.standar().withBobot(bobot).hitung(SurveiIkm.ofRekap(rekap));
                assertThat(ikm.getMutu().getLabel())
                        .isEqualTo(NRR_DICETAK.predikat(ikm.getNilaiUnitEksak()).getLabel())
                        .isEqualTo(ikm.getRumus().getPedoman().getSkalaNrr().predikat(ikm.getNilaiUnitEksak())
                                .getLabel());
            }
        });
    }

    @Test
    void mutuAgreesOnBothColumnsAtAndAroundEveryBound() {
        // IKM units at each printed NRR bound, in the printed gaps and one ten-thousandth either side
        String[] units = {"2.5995", "2.5996", "2.5998", "2.6000", "2.6001", "3.0640", "3.0642", "3.0644", "3.0645",
            "3.5320", "3.5322", "3.5324", "3.5325"};
        for (String u : units) {
            BigDecimal unit = new BigDecimal(u);
            RekapUnsur r = RekapUnsur.of(unit.movePointRight(4).longValueExact(), 10_000);
            Ikm ikm = RumusIkm.standar().hitung(SurveiIkm.ofRekap(Collections.nCopies(9, r)));
            assertThat(ikm.getNilaiUnitEksak()).isEqualTo(Pecahan.of(unit));
            assertThat(ikm.getMutu().getLabel()).as(u).isEqualTo(NRR_DICETAK.predikat(unit).getLabel());
        }
    }

    private static final List<PedomanIkm> PEDOMAN = List.of(PedomanIkm.PERMENPANRB_14_2017, PedomanIkm.KEPMENPAN_25_2004);

    /** A printed NRR, 1,00 to 4,00 at 2 decimals, as tables print them. */
    private static Gen<BigDecimal> nrrDicetak() {
        return longs().between(100, 400).map(v -> BigDecimal.valueOf(v, 2));
    }

    /** Printed NRR for up to 14 unsur (the first 9 are used under PermenPANRB 14/2017). */
    private static Gen<List<BigDecimal>> tabelNrr(int jumlahUnsur) {
        return lists().of(nrrDicetak()).ofSize(jumlahUnsur);
    }

    @Test
    void uniformPrintedNrrGiveTheNrrTimesTwentyFiveExactlyWithTheExactWeight() {
        // all 4 -> 100, all 1 -> 25, whatever the printed scale (4, 4,0, 4,00 ...)
        qt().withExamples(60).forAll(integers().between(1, 4), integers().between(0, 6), integers().between(0, 1))
                .checkAssert((j, scale, p) -> {
                    PedomanIkm pedoman = PEDOMAN.get(p);
                    List<BigDecimal> nrr = Collections.nCopies(pedoman.getJumlahUnsur(),
                            BigDecimal.valueOf(j).setScale(scale, RoundingMode.UNNECESSARY));
                    Ikm ikm = RumusIkm.standar().withPedoman(pedoman).hitungDariNrr(nrr);
                    assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(25L * j, 1));
                });
    }

    @Test
    void ikmIsMonotoneInEveryPrintedNrr() {
        qt().withExamples(150).forAll(tabelNrr(14), integers().between(0, 13), longs().between(1, 300),
                integers().between(0, 1)).checkAssert((tabel, u, naik, p) -> {
                    PedomanIkm pedoman = PEDOMAN.get(p);
                    List<BigDecimal> before = tabel.subList(0, pedoman.getJumlahUnsur());
                    int i = u % before.size();
                    BigDecimal raisedValue = before.get(i).add(BigDecimal.valueOf(naik, 2));
                    if (raisedValue.compareTo(BigDecimal.valueOf(4)) > 0) {
                        return; // cannot be raised above 4
                    }
                    List<BigDecimal> after = new ArrayList<>(before);
                    after.set(i, raisedValue);
                    for (BobotIkm bobot : BobotIkm.values()) {
                        RumusIkm rumus = RumusIkm.standar().withPedoman(pedoman).withBobot(bobot);
                        Pecahan a = rumus.hitungDariNrr(before).getNilaiEksak();
                        Pecahan b = rumus.hitungDariNrr(after).getNilaiEksak();
                        assertThat(b.compareTo(a)).as("%s -> %s", before, after).isPositive();
                        RumusIkm dicetak = rumus.withNilaiUnitDicetak(Pembulatan.of(3, RoundingMode.HALF_UP));
                        assertThat(dicetak.hitungDariNrr(after).getNilaiEksak()
                                .compareTo(dicetak.hitungDariNrr(before).getNilaiEksak())).isNotNegative();
                    }
                });
    }

    @Test
    void mutuOfPrintedNrrFromTheConvertedValueEqualsMutuFromTheNrrInterval() {
        qt().withExamples(200).forAll(tabelNrr(14), integers().between(0, 1)).checkAssert((tabel, p) -> {
            PedomanIkm pedoman = PEDOMAN.get(p);
            List<BigDecimal> nrr = tabel.subList(0, pedoman.getJumlahUnsur());
            for (BobotIkm bobot : BobotIkm.values()) {
                Ikm ikm = RumusIkm.standar().withPedoman(pedoman).withBobot(bobot).hitungDariNrr(nrr);
                String mutu = ikm.getMutu().getLabel();
                assertThat(mutu).isEqualTo(pedoman.getSkalaNrr().predikat(ikm.getNilaiUnitEksak()).getLabel());
                if (pedoman == PedomanIkm.PERMENPANRB_14_2017) {
                    assertThat(mutu).isEqualTo(NRR_DICETAK.predikat(ikm.getNilaiUnitEksak()).getLabel());
                }
            }
        });
    }

    @Test
    void printedNrrAndTheTotalsTheyComeFromGiveTheSameIkm() {
        // totals k / 100 have NRR exactly k / 100: both inputs must agree on every figure
        qt().withExamples(100).forAll(lists().of(integers().between(100, 400)).ofSize(9)).checkAssert(k -> {
            List<RekapUnsur> rekap = k.stream().map(v -> RekapUnsur.of(v, 100)).toList();
            List<BigDecimal> nrr = k.stream().map(v -> BigDecimal.valueOf(v, 2)).toList();
            for (BobotIkm bobot : BobotIkm.values()) {
                RumusIkm rumus = RumusIkm.standar().withBobot(bobot);
                Ikm dariRekap = rumus.hitung(SurveiIkm.ofRekap(rekap));
                Ikm dariNrr = rumus.hitungDariNrr(nrr);
                assertThat(dariNrr.getNilaiEksak()).isEqualTo(dariRekap.getNilaiEksak());
                assertThat(dariNrr.getMutu()).isEqualTo(dariRekap.getMutu());
                assertThat(dariNrr.getUnsur().get(0).getNrrEksak()).isEqualTo(dariRekap.getUnsur().get(0).getNrrEksak());
            }
        });
    }

    @Test
    void printedNrrKeepTheIkmWithinTwentyFiveAndHundredUnderEveryUnitRounding() {
        qt().withExamples(150).forAll(tabelNrr(14), integers().between(0, 4), integers().between(0, 1))
                .checkAssert((tabel, scale, p) -> {
                    PedomanIkm pedoman = PEDOMAN.get(p);
                    for (RoundingMode mode : List.of(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.UP)) {
                        Pecahan v = RumusIkm.standar().withPedoman(pedoman)
                                .withNilaiUnitDicetak(Pembulatan.of(scale, mode))
                                .hitungDariNrr(tabel.subList(0, pedoman.getJumlahUnsur())).getNilaiEksak();
                        assertThat(v.compareTo(Pecahan.of(25, 1))).isNotNegative();
                        assertThat(v.compareTo(Pecahan.of(100, 1))).isNotPositive();
                    }
                });
    }
}
