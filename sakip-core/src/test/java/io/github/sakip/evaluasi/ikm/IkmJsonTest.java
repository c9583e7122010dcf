package io.github.sakip.evaluasi.ikm;

import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.ditolak;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.Pembulatan;
import io.github.sakip.testing.EvaluasiGen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The IKM types written and read back by Jackson 2 and 3 in the shapes of docs/json.md. */
class IkmJsonTest {

    /** IkmTest's "Hasil PHC" 2012 table of 14 printed NRR under KepmenPAN 25/2004: IKM 76,475, mutu B. */
    private static Ikm phc2012() {
        Pembulatan tiga = Pembulatan.of(3, RoundingMode.HALF_UP);
        return RumusIkm.standar().withPedoman(PedomanIkm.KEPMENPAN_25_2004).withBobot(BobotIkm.DICETAK)
                .withNilaiUnitDicetak(tiga).withPembulatan(tiga).hitungDariNrr(List.of("3.06", "2.98", "3.06", "2.9",
                        "3.06", "3.14", "3.04", "3.06", "3.18", "3.08", "3.2", "3.18", "3.1", "3.04").stream()
                        .map(BigDecimal::new).toList());
    }

    @Test
    void everyTypeRoundTrips() {
        roundTrips(EvaluasiGen.ikm(), Ikm.class);
        roundTrips(EvaluasiGen.rumusIkm(), RumusIkm.class);
        roundTrips(EvaluasiGen.surveiIkm(9), SurveiIkm.class);
        roundTrips(EvaluasiGen.rekapUnsur(), RekapUnsur.class);
        roundTrips(EvaluasiGen.jawabanResponden(9), JawabanResponden.class);
        roundTrips(EvaluasiGen.ikm().map(i -> i.getUnsur().get(0)), NrrUnsur.class);
        roundTrip(PedomanIkm.PERMENPANRB_14_2017, PedomanIkm.class);
        roundTrip(PedomanIkm.KEPMENPAN_25_2004, PedomanIkm.class);
        roundTrip(phc2012(), Ikm.class);
    }

    @Test
    void theShapes() {
        Ikm phc = phc2012();
        String rumus = tulis(phc.getRumus());
        assertThat(rumus).startsWith("{\"pedoman\":{\"nama\":\"KepmenPAN 25/2004\",\"unsur\":[\"Prosedur pelayanan\",")
                .contains("\"bobotDicetak\":\"0.071\",\"faktorKonversi\":\"25\",\"skalaMutu\":{\"nama\":\"Mutu pelayanan")
                .endsWith("},\"bobot\":\"DICETAK\",\"pembulatan\":{\"scale\":3,\"roundingMode\":\"HALF_UP\"},"
                        + "\"nilaiUnitDicetak\":{\"scale\":3,\"roundingMode\":\"HALF_UP\"}}");
        // printed: 3,059 x 25 = 76,475, mutu B
        assertThat(tulis(phc)).startsWith("{\"rumus\":" + rumus + ",\"nrr\":[\"3.06\",\"2.98\",\"3.06\",\"2.9\",")
                .contains("\"unsur\":[{\"nama\":\"Prosedur pelayanan\",\"nrrEksak\":\"153/50\",\"nrr\":\"153/50\","
                        + "\"bobot\":\"71/1000\"},")
                .endsWith("\"nilai\":\"76.475\",\"mutu\":{\"label\":\"B (Baik)\",\"peringkat\":3,\"jumlahPeringkat\":4}}")
                .doesNotContain("survei");
        // IkmTest's Sekadau 2019 table: 49 respondents, IKM 78,74, B
        List<RekapUnsur> rekap = new java.util.ArrayList<>();
        for (long total : new long[] {138, 139, 150, 177, 159, 163, 161, 143, 159}) {
            rekap.add(RekapUnsur.of(total, 49));
        }
        Ikm sekadau = RumusIkm.standar().hitung(SurveiIkm.ofRekap(rekap));
        assertThat(tulis(sekadau)).contains("\"survei\":{\"rekap\":[{\"totalNilai\":138,\"jumlahResponden\":49},",
                "\"jumlahResponden\":49},\"unsur\":[{\"nama\":\"Persyaratan\",\"rekap\":{\"totalNilai\":138,"
                        + "\"jumlahResponden\":49},\"nrrEksak\":\"138/49\",\"nrr\":\"138/49\",\"bobot\":\"1/9\"},",
                "\"nilai\":\"78.74\",\"mutu\":{\"label\":\"B (Baik)\"").doesNotContain("\"nrr\":[", "populasi");
        assertThat(tulis(SurveiIkm.ofRekap(rekap).withPopulasi(49))).endsWith("\"jumlahResponden\":49,\"populasi\":49}");
        assertThat(tulis(JawabanResponden.of(List.of(OptionalInt.of(4), OptionalInt.empty(), OptionalInt.of(1)))))
                .isEqualTo("[4,null,1]");
    }

    @Test
    void figuresAreRecomputedNotTrusted() {
        String json = tulis(phc2012()).replace("\"nilai\":\"76.475\"", "\"nilai\":\"96.475\"");
        assertThat(json).contains("\"nilai\":\"96.475\"");
        assertThat(baca(json, Ikm.class).getNilai()).isEqualByComparingTo("76.475");
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        ditolak("[5,null]", JawabanResponden.class, "JawabanResponden.jawaban for unsur 1 must be between 1 and 4, was 5");
        ditolak("[null,null]", JawabanResponden.class, "JawabanResponden must answer at least one unsur, was [-, -]");
        ditolak("{\"totalNilai\":200,\"jumlahResponden\":49}", RekapUnsur.class,
                "RekapUnsur.totalNilai must be between 49 and 196 for 49 respondents answering 1 to 4, was 200");
        ditolak("{\"rekap\":[{\"totalNilai\":100,\"jumlahResponden\":30}],\"jumlahResponden\":20}", SurveiIkm.class,
                "SurveiIkm unsur 1 counts 30 respondents, more than SurveiIkm.jumlahResponden 20");
        String rumus = tulis(RumusIkm.standar());
        ditolak("{\"rumus\":" + rumus + ",\"nrr\":[\"3\"]}", Ikm.class,
                "RumusIkm.nrr must have 9 values, one per unsur of PermenPANRB 14/2017, was 1");
        ditolak("{\"rumus\":" + rumus + "}", Ikm.class, "Ikm.nrr must not be null");
        ditolak("{\"nama\":\"U\",\"rekap\":{\"totalNilai\":100,\"jumlahResponden\":30},\"nrrEksak\":\"3\",\"nrr\":\"3\","
                + "\"bobot\":\"1/9\"}", NrrUnsur.class,
                "NrrUnsur.nrrEksak of \"U\" must be that of its rekap RekapUnsur[100 / 30], was 3");
    }
}
