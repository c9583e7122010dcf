package io.github.sakip.evaluasi.sakip;

import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.ditolak;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.testing.EvaluasiGen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The evaluation of SAKIP written and read back by Jackson 2 and 3 in the shapes of docs/json.md. */
class EvaluasiSakipJsonTest {

    /** NilaiSakipTest's worksheet of 88/2021 that totals 87,80, the Klojen figure. */
    private static EvaluasiSakip worksheet8780() {
        return EvaluasiSakip.of(PedomanSakip.PERMENPANRB_88_2021)
                .withJawaban("1.a", "AA").withJawaban("1.b", "A").withJawaban("1.c", "A")
                .withJawaban("2.a", "AA").withJawaban("2.b", "A").withJawaban("2.c", "BB")
                .withJawaban("3.a", "AA").withJawaban("3.b", "A").withJawaban("3.c", "A")
                .withJawaban("4.a", "AA").withJawaban("4.b", "BB")
                .withSkor("4.c", new BigDecimal("9.30"));
    }

    @Test
    void everyTypeRoundTrips() {
        roundTrips(EvaluasiGen.nilaiSakip(), NilaiSakip.class);
        roundTrips(EvaluasiGen.evaluasiSakip(), EvaluasiSakip.class);
        roundTrips(EvaluasiGen.nilaiSakip().map(NilaiSakip::getRumus), RumusSakip.class);
        roundTrip(EvaluasiSakip.of(PedomanSakip.PERMENPANRB_12_2015).withJawaban("1.a.1", "Y", "T"),
                EvaluasiSakip.class);
        roundTrip(PedomanSakip.PERMENPANRB_88_2021, PedomanSakip.class);
        roundTrip(PedomanSakip.PERMENPANRB_12_2015, PedomanSakip.class);
        for (KomponenSakip k : PedomanSakip.PERMENPANRB_12_2015.getSemuaKomponen()) {
            roundTrip(k, KomponenSakip.class);
        }
    }

    @Test
    void theShapes() {
        NilaiSakip n = RumusSakip.standar().hitung(worksheet8780());
        String pedoman = tulis(PedomanSakip.PERMENPANRB_88_2021);
        assertThat(pedoman).startsWith("{\"nama\":\"PermenPANRB 88/2021\",\"komponen\":[{\"kode\":\"1\",\"nama\":"
                + "\"Perencanaan kinerja\",\"bobot\":\"30\",\"subKomponen\":[{\"kode\":\"1.a\",\"nama\":\"Keberadaan\","
                + "\"bobot\":\"6\"},").endsWith("\"nilaiJawaban\":{\"AA\":\"1\",\"A\":\"0.9\",\"BB\":\"0.8\",\"B\":\"0.7\","
                + "\"CC\":\"0.6\",\"C\":\"0.5\",\"D\":\"0.3\",\"E\":\"0\"}}");
        assertThat(tulis(n)).isEqualTo("{\"evaluasi\":{\"pedoman\":" + pedoman + ",\"jawaban\":{\"1.a\":[\"AA\"],"
                + "\"1.b\":[\"A\"],\"1.c\":[\"A\"],\"2.a\":[\"AA\"],\"2.b\":[\"A\"],\"2.c\":[\"BB\"],\"3.a\":[\"AA\"],"
                + "\"3.b\":[\"A\"],\"3.c\":[\"A\"],\"4.a\":[\"AA\"],\"4.b\":[\"BB\"]},\"skor\":{\"4.c\":\"9.30\"}},"
                + "\"rumus\":{\"batas\":\"EKSKLUSIF\",\"pembulatan\":{\"scale\":2,\"roundingMode\":\"HALF_UP\"}},"
                + "\"nilai\":\"87.80\",\"predikat\":{\"label\":\"A (Memuaskan)\",\"peringkat\":6,\"jumlahPeringkat\":7}}");
    }

    @Test
    void figuresAreRecomputedNotTrusted() {
        NilaiSakip n = RumusSakip.standar().hitung(worksheet8780());
        String json = tulis(n).replace("\"nilai\":\"87.80\"", "\"nilai\":\"97.80\"");
        assertThat(json).contains("\"nilai\":\"97.80\"");
        assertThat(baca(json, NilaiSakip.class).getNilai()).isEqualByComparingTo("87.80");
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        String pedoman = tulis(PedomanSakip.PERMENPANRB_88_2021);
        ditolak("{\"pedoman\":" + pedoman + ",\"jawaban\":{\"1.a\":[\"Z\"]},\"skor\":{}}", EvaluasiSakip.class,
                "EvaluasiSakip.jawaban of 1.a must be one of [AA, A, BB, B, CC, C, D, E] under PermenPANRB 88/2021,"
                        + " was \"Z\"");
        ditolak("{\"pedoman\":" + pedoman + ",\"jawaban\":{\"1.a\":[\"A\"]},\"skor\":{\"1.a\":\"6\"}}",
                EvaluasiSakip.class, "EvaluasiSakip kode \"1.a\" must have answers (jawaban) or a score (skor), not both");
        ditolak("{\"pedoman\":" + pedoman + ",\"skor\":{\"1.a\":\"7\"}}", EvaluasiSakip.class,
                "EvaluasiSakip.skor of 1.a must be between 0 and its weight (bobot) 6, was 7");
        ditolak("{\"evaluasi\":{\"pedoman\":" + pedoman + "},\"rumus\":{\"batas\":\"INKLUSIF\",\"pembulatan\":"
                + "{\"scale\":2,\"roundingMode\":\"HALF_UP\"}}}", NilaiSakip.class,
                "EvaluasiSakip under PermenPANRB 88/2021 must fill in every scored component, missing [1.a, 1.b, 1.c, 2.a,"
                        + " 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c]");
        ditolak("{\"kode\":\"1\",\"nama\":\"P\",\"bobot\":\"30\",\"subKomponen\":[{\"kode\":\"1.a\",\"nama\":\"K\","
                + "\"bobot\":\"6\"}]}", KomponenSakip.class,
                "KomponenSakip 1: the weights (bobot) of its sub-components must add up to 30, was 6");
        ditolak("{\"nama\":\"P\",\"komponen\":[{\"kode\":\"1\",\"nama\":\"K\",\"bobot\":\"100\"}],"
                + "\"nilaiJawaban\":{\"Y\":\"2\"}}", PedomanSakip.class,
                "PedomanSakip \"P\": the factor of answer \"Y\" must be between 0 and 1, was 2");
        ditolak("{\"batas\":\"EKSKLUSIF\"}", RumusSakip.class, "RumusSakip.pembulatan must not be null");
    }
}
