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
            assertThat(ikm.getUnsur().get(u).getRekap()).isEqualTo(RekapUnsur.of(sums[u], 49));
            assertThat(ikm.getUnsur().get(u).nrr(Pembulatan.of(3, RoundingMode.HALF_UP)))
                    .isEqualByComparingTo(nrr3[u]);
        }
        assertThat(ikm.getSurvei().getJumlahResponden()).isEqualTo(49);
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
        assertThat(ikm.getUnsur().get(0).getRekap()).isEqualTo(RekapUnsur.of(142, 50));
        assertThat(ikm.getUnsur().get(1).getRekap()).isEqualTo(RekapUnsur.of(139, 49));
        assertThat(ikm.getSurvei().getJumlahResponden()).isEqualTo(50);
    }

    @Test
    void klojenIkmIsBaik() {
        // Klojen LKjIP 2021, Tabel 3.4: IKM Perangkat Daerah, realisasi 85,48 against target 80,20
        assertThat(PedomanIkm.PERMENPANRB_14_2017.mutu(new BigDecimal("85.48")).getLabel()).isEqualTo("B (Baik)");
    }
}
