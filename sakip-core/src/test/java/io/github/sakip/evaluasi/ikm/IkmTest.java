package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real-shaped IKM table: "Pengolahan data survei kepuasan masyarakat per responden dan per
 * unsur pelayanan", Kabupaten Sekadau, semester I 2019 (published on the regency's site). Its
 * first 49 respondent rows (U1-U9) are transcribed below; the rest of the page, with its printed
 * totals, was not reached, so the expected NRR and IKM of these 49 rows are computed by hand with
 * exact integer arithmetic (sums per unsur 138, 139, 150, 177, 159, 163, 161, 143, 159; total 1389).
 */
class IkmTest {
    private static final int[][] SEKADAU_2019_I = {
            {2, 2, 3, 4, 3, 4, 4, 4, 3},
            {3, 3, 2, 3, 3, 3, 3, 2, 3},
            {3, 3, 3, 4, 4, 3, 3, 3, 4},
            {2, 2, 4, 4, 4, 4, 3, 4, 3},
            {3, 3, 2, 3, 3, 3, 3, 2, 3},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {3, 3, 3, 3, 3, 3, 3, 2, 4},
            {3, 4, 3, 3, 3, 4, 4, 3, 4},
            {3, 3, 3, 3, 3, 3, 3, 3, 3},
            {3, 2, 3, 4, 4, 4, 4, 4, 3},
            {2, 3, 4, 4, 4, 4, 4, 4, 3},
            {3, 3, 3, 3, 3, 3, 3, 2, 3},
            {3, 4, 3, 4, 3, 3, 3, 2, 4},
            {3, 4, 4, 4, 3, 3, 4, 4, 4},
            {3, 2, 3, 3, 3, 3, 3, 2, 3},
            {3, 3, 3, 3, 3, 3, 3, 2, 3},
            {3, 3, 3, 3, 3, 3, 4, 3, 2},
            {2, 2, 4, 4, 4, 4, 4, 4, 4},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {1, 1, 3, 4, 3, 3, 3, 3, 2},
            {3, 3, 3, 2, 3, 3, 3, 2, 3},
            {3, 3, 4, 4, 3, 4, 4, 4, 3},
            {3, 3, 3, 3, 3, 3, 3, 2, 3},
            {2, 3, 3, 4, 4, 4, 3, 4, 2},
            {3, 1, 2, 2, 3, 3, 3, 3, 3},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {4, 4, 4, 4, 3, 4, 3, 4, 4},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {3, 3, 2, 3, 3, 2, 2, 2, 2},
            {2, 2, 4, 4, 4, 4, 4, 3, 3},
            {3, 3, 3, 4, 3, 3, 3, 3, 3},
            {3, 3, 3, 4, 3, 4, 4, 4, 3},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {2, 2, 3, 4, 4, 3, 3, 3, 2},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {3, 3, 3, 4, 3, 4, 3, 3, 4},
            {3, 3, 3, 3, 3, 3, 3, 3, 4},
            {3, 3, 2, 3, 2, 2, 3, 2, 3},
            {3, 3, 3, 4, 4, 4, 3, 2, 3},
            {3, 3, 3, 4, 3, 3, 3, 3, 3},
            {2, 2, 3, 4, 4, 4, 4, 3, 3},
            {3, 3, 2, 4, 3, 4, 3, 2, 3},
            {3, 4, 4, 4, 3, 3, 4, 3, 4},
            {3, 3, 3, 4, 3, 3, 3, 3, 4},
            {3, 3, 4, 3, 4, 3, 4, 3, 4},
            {3, 3, 4, 4, 4, 4, 4, 4, 3},
            {3, 2, 1, 3, 2, 3, 3, 1, 2},
            {3, 3, 4, 4, 4, 4, 4, 4, 3},
            {3, 3, 3, 4, 4, 4, 3, 2, 3},
    };

    private static SurveiIkm survei() {
        List<JawabanResponden> rows = new ArrayList<>();
        for (int[] r : SEKADAU_2019_I) {
            rows.add(JawabanResponden.of(r));
        }
        return SurveiIkm.ofJawaban(rows);
    }

    @Test
    void perUnsurTotalsAndNrrOfTheTable() {
        Ikm ikm = RumusIkm.standar().hitung(survei());
        long[] sums = {138, 139, 150, 177, 159, 163, 161, 143, 159};
        String[] nrr3 = {"2.816", "2.837", "3.061", "3.612", "3.245", "3.327", "3.286", "2.918", "3.245"};
        for (int u = 0; u < 9; u++) {
            assertThat(ikm.getUnsur().get(u).getRekap()).contains(RekapUnsur.of(sums[u], 49));
            assertThat(ikm.getUnsur().get(u).nrr(Pembulatan.of(3, RoundingMode.HALF_UP)))
                    .isEqualByComparingTo(nrr3[u]);
        }
        assertThat(ikm.getSurvei().orElseThrow().getJumlahResponden()).isEqualTo(49);
    }

    @Test
    void ikmOfTheTableWithTheExactWeight() {
        Ikm ikm = RumusIkm.standar().hitung(survei());
        // exact: 25 x 1389 / (9 x 49) = 34725 / 441 = 78,7414...
        BigInteger num = BigInteger.valueOf(25L * 1389);
        BigInteger den = BigInteger.valueOf(9L * 49);
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(num, den));
        assertThat(ikm.getNilai()).isEqualByComparingTo("78.74");
        assertThat(ikm.nilaiUnit(Pembulatan.of(3, RoundingMode.HALF_UP))).isEqualByComparingTo("3.150");
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
    }

    @Test
    void ikmOfTheTableAsReportsUsingThePrintedWeightAndNrrCompute() {
        // 0,111 x 1389 / 49 x 25 = 78,6627...; with NRR printed at 3 decimals first:
        // 0,111 x 28,347 x 25 = 78,662925
        Ikm bobotDicetak = RumusIkm.standar().withBobot(BobotIkm.DICETAK).hitung(survei());
        assertThat(bobotDicetak.getNilai()).isEqualByComparingTo("78.66");
        Ikm semuaDicetak = RumusIkm.standar().withBobot(BobotIkm.DICETAK)
                .withNrrDicetak(Pembulatan.of(3, RoundingMode.HALF_UP))
                .withPembulatan(Pembulatan.of(6, RoundingMode.UNNECESSARY)).hitung(survei());
        assertThat(semuaDicetak.getNilai()).isEqualByComparingTo(new BigDecimal("78.662925"));
        assertThat(semuaDicetak.getMutu().getLabel()).isEqualTo("B (Baik)");
    }

    @Test
    void aPartlyBlankRowCountsOnlyForTheUnsurItAnswered() {
        List<JawabanResponden> rows = new ArrayList<>();
        for (int[] r : SEKADAU_2019_I) {
            rows.add(JawabanResponden.of(r));
        }
        rows.add(JawabanResponden.of(List.of(java.util.OptionalInt.of(4), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty())));
        Ikm ikm = RumusIkm.standar().hitung(SurveiIkm.ofJawaban(rows));
        assertThat(ikm.getUnsur().get(0).getRekap()).contains(RekapUnsur.of(142, 50));
        assertThat(ikm.getUnsur().get(1).getRekap()).contains(RekapUnsur.of(139, 49));
        assertThat(ikm.getSurvei().orElseThrow().getJumlahResponden()).isEqualTo(50);
    }

    /**
     * "Hasil PHC", Tabel 1 "Hasil Nilai Rata-rata Unsur Pelayanan di Unit Pendaftaran": a
     * Puskesmas survey of June 2012 under KepmenPAN 25/2004 that prints only the NRR of its 14
     * unsur, then "(3,06 x 0,071) + ... + (3,04 x 0,071) = 3,059", "Nilai IKM setelah dikonversi =
     * 3,059 x 25 = 76,475", "Mutu pelayanan B", "Kinerja unit pelayanan baik".
     */
    private static final List<String> PHC_2012_NRR = List.of("3.06", "2.98", "3.06", "2.9", "3.06", "3.14", "3.04",
            "3.06", "3.18", "3.08", "3.2", "3.18", "3.1", "3.04");

    private static final Pembulatan TIGA_DESIMAL = Pembulatan.of(3, RoundingMode.HALF_UP);

    private static List<BigDecimal> phc2012() {
        return PHC_2012_NRR.stream().map(BigDecimal::new).toList();
    }

    /** The sum of the printed NRR in hundredths, by integer arithmetic: 4308 (43,08). */
    private static BigInteger phc2012JumlahNrrPerseratus() {
        BigInteger sum = BigInteger.ZERO;
        for (String nrr : PHC_2012_NRR) {
            sum = sum.add(new BigDecimal(nrr).movePointRight(2).toBigIntegerExact());
        }
        return sum;
    }

    private static RumusIkm kepmenpan2004() {
        return RumusIkm.standar().withPedoman(PedomanIkm.KEPMENPAN_25_2004);
    }

    @Test
    void phc2012TableAsPrintedWithWeight0071AndTheUnitRoundedBeforeTheConversion() {
        Ikm ikm = kepmenpan2004().withBobot(BobotIkm.DICETAK).withNilaiUnitDicetak(TIGA_DESIMAL)
                .withPembulatan(TIGA_DESIMAL).hitungDariNrr(phc2012());
        assertThat(phc2012JumlahNrrPerseratus()).isEqualTo(BigInteger.valueOf(4308));
        // 43,08 x 0,071 = 3,05868 exactly; printed "= 3,059"
        assertThat(ikm.getNilaiUnitEksak()).isEqualTo(Pecahan.of(new BigDecimal("3.05868")));
        assertThat(ikm.nilaiUnit(TIGA_DESIMAL)).isEqualByComparingTo("3.059");
        assertThat(ikm.getNilaiUnitDikonversi()).isEqualTo(Pecahan.of(3059, 1000));
        // printed "3,059 x 25 = 76,475", "Mutu pelayanan B"
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(76475, 1000));
        assertThat(ikm.getNilai()).isEqualTo(new BigDecimal("76.475"));
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
        // the preset matters: under PermenPANRB 14/2017 the same 76,475 is C
        assertThat(PedomanIkm.PERMENPANRB_14_2017.mutu(ikm.getNilai()).getLabel()).isEqualTo("C (Kurang baik)");
        assertThat(ikm.getSurvei()).isEmpty();
        assertThat(ikm).hasToString("Ikm[76.475 B (Baik), from printed NRR, RumusIkm[KepmenPAN 25/2004, DICETAK,"
                + " Pembulatan[3, HALF_UP], NRR exact, unit as printed Pembulatan[3, HALF_UP]]]");
    }

    @Test
    void phc2012RowsCarryThePrintedNrrAndNoTotals() {
        Ikm ikm = kepmenpan2004().withBobot(BobotIkm.DICETAK).hitungDariNrr(phc2012());
        assertThat(ikm.getUnsur()).hasSize(14);
        for (int u = 0; u < 14; u++) {
            NrrUnsur row = ikm.getUnsur().get(u);
            assertThat(row.getNama()).isEqualTo(PedomanIkm.KEPMENPAN_25_2004.getUnsur().get(u));
            assertThat(row.getRekap()).isEmpty();
            assertThat(row.getNrrEksak()).isEqualTo(Pecahan.of(new BigDecimal(PHC_2012_NRR.get(u))));
            assertThat(row.getNrr()).isEqualTo(row.getNrrEksak());
            assertThat(row.getBobot()).isEqualTo(Pecahan.of(71, 1000));
        }
        NrrUnsur prosedur = ikm.getUnsur().get(0);
        assertThat(prosedur.getNama()).isEqualTo("Prosedur pelayanan");
        assertThat(prosedur.nrrTertimbang(Pembulatan.of(5, RoundingMode.UNNECESSARY))).isEqualTo(
                new BigDecimal("0.21726"));
        assertThat(prosedur).hasToString("NrrUnsur[Prosedur pelayanan, NRR 153/50, bobot 71/1000]");
        assertThat(ikm.getUnsur().get(13).getNama()).isEqualTo("Keamanan pelayanan");
    }

    @Test
    void phc2012WithTheExactUnitGives76467NotThePrinted76475() {
        // the regulation converts the exact unit: 3,05868 x 25 = 76,467
        Ikm ikm = kepmenpan2004().withBobot(BobotIkm.DICETAK).withPembulatan(TIGA_DESIMAL).hitungDariNrr(phc2012());
        assertThat(ikm.getNilaiUnitDikonversi()).isEqualTo(ikm.getNilaiUnitEksak());
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(76467, 1000));
        assertThat(ikm.getNilai()).isEqualTo(new BigDecimal("76.467"));
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
    }

    @Test
    void phc2012WithTheExactWeightOneFourteenthGives7693() {
        // 43,08 / 14 x 25 = 4308 x 25 / 1400 = 1077/14 = 76,928571...
        BigInteger num = phc2012JumlahNrrPerseratus().multiply(BigInteger.valueOf(25));
        BigInteger den = BigInteger.valueOf(100L * 14);
        Ikm ikm = kepmenpan2004().hitungDariNrr(phc2012());
        assertThat(ikm.getNilaiEksak()).isEqualTo(Pecahan.of(num, den)).isEqualTo(Pecahan.of(1077, 14));
        assertThat(ikm.getNilai()).isEqualTo(new BigDecimal(num).divide(new BigDecimal(den), 2, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("76.93"));
        assertThat(ikm.getMutu().getLabel()).isEqualTo("B (Baik)");
        // the same weight with the unit printed at 3 decimals: 3,077 x 25 = 76,925
        Ikm dicetak = kepmenpan2004().withNilaiUnitDicetak(TIGA_DESIMAL).withPembulatan(TIGA_DESIMAL)
                .hitungDariNrr(phc2012());
        assertThat(dicetak.getNilai()).isEqualTo(new BigDecimal("76.925"));
    }

    @Test
    void klojenIkmIsBaik() {
        // Klojen LKjIP 2021, Tabel 3.4: IKM Perangkat Daerah, realisasi 85,48 against target 80,20
        assertThat(PedomanIkm.PERMENPANRB_14_2017.mutu(new BigDecimal("85.48")).getLabel()).isEqualTo("B (Baik)");
    }
}
