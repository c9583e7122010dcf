package io.github.sakip.evaluasi.skp;

import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.ditolak;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.Persen;
import io.github.sakip.testing.EvaluasiGen;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SKP types written and read back by Jackson 2 and 3 in the shapes of docs/json.md. */
class SkpJsonTest {
    private static final KonversiCapaianIki K = KonversiCapaianIki.standar();

    private static CapaianIki iki(String nama, String capaian, long bobot) {
        return CapaianIki.of(nama, Persen.of(new BigDecimal(capaian)), BigDecimal.valueOf(bobot));
    }

    @Test
    void everyTypeRoundTrips() {
        roundTrips(EvaluasiGen.konversiCapaianIki(), KonversiCapaianIki.class);
        roundTrips(EvaluasiGen.nilaiCapaianIki(), NilaiCapaianIki.class);
        roundTrips(EvaluasiGen.nilaiSkp(), NilaiSkp.class);
        roundTrips(EvaluasiGen.nilaiSkp().map(n -> n.getIki().get(0)), CapaianIki.class);
        roundTrip(RuasKonversi.of(new BigDecimal("80.0"), new BigDecimal("99.5"), BigDecimal.ZERO, new BigDecimal("1E+2")),
                RuasKonversi.class);
    }

    @Test
    void theShapes() {
        // NilaiSkpTest: (120 x 60 + 88 x 40) / 100 = 107,20 with the 100 % indicator on a target maksimal
        NilaiSkp skp = K.hitung(List.of(iki("A", "100", 60).withTargetMaksimal(true), iki("B", "98", 40)));
        String konversi = tulis(K);
        assertThat(konversi).startsWith("{\"nama\":\"PermenPANRB 8/2021\",\"kategori\":{\"nama\":\"Kategori capaian IKI")
                .contains("\"ruas\":[{\"capaianAwal\":\"0\",\"capaianAkhir\":\"59\",\"nilaiAwal\":\"0\",\"nilaiAkhir\":\"49\"},")
                .endsWith("\"nilaiMaksimum\":\"120\",\"pembulatan\":{\"scale\":2,\"roundingMode\":\"HALF_UP\"}}");
        assertThat(tulis(skp)).isEqualTo("{\"iki\":[{\"nama\":\"A\",\"capaian\":\"100\",\"bobot\":\"60\","
                + "\"targetMaksimal\":true},{\"nama\":\"B\",\"capaian\":\"98\",\"bobot\":\"40\",\"targetMaksimal\":false}],"
                + "\"konversi\":" + konversi + ",\"nilaiIki\":[{\"kategori\":{\"label\":\"Sangat baik\",\"peringkat\":5,"
                + "\"jumlahPeringkat\":5},\"nilai\":\"120.00\"},{\"kategori\":{\"label\":\"Cukup\",\"peringkat\":3,"
                + "\"jumlahPeringkat\":5},\"nilai\":\"88.00\"}],\"nilai\":\"107.20\"}");
        assertThat(tulis(skp.getNilaiIki().get(1))).isEqualTo("{\"capaian\":\"98\",\"targetMaksimal\":false,"
                + "\"konversi\":" + konversi + ",\"kategori\":{\"label\":\"Cukup\",\"peringkat\":3,\"jumlahPeringkat\":5},"
                + "\"nilai\":\"88.00\"}");
    }

    @Test
    void figuresAreRecomputedNotTrusted() {
        NilaiSkp skp = K.hitung(List.of(iki("A", "100", 60), iki("B", "98", 40)));
        String json = tulis(skp).replace("\"nilai\":\"100.60\"", "\"nilai\":\"1.00\"");
        assertThat(json).contains("\"nilai\":\"1.00\"");
        assertThat(baca(json, NilaiSkp.class).getNilai()).isEqualByComparingTo("100.60");
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        ditolak("{\"nama\":\"A\",\"capaian\":\"101\",\"bobot\":\"1\",\"targetMaksimal\":true}", CapaianIki.class,
                "CapaianIki.capaian of \"A\" must be <= 100 for a target maksimal (the highest attainable target,"
                        + " PermenPANRB 8/2021 Bab VI), was 101%");
        ditolak("{\"iki\":[],\"konversi\":" + tulis(K) + "}", NilaiSkp.class,
                "NilaiSkp.iki must have at least one indicator (IKI), was empty");
        ditolak("{\"capaianAwal\":\"80\",\"capaianAkhir\":\"60\",\"nilaiAwal\":\"0\",\"nilaiAkhir\":\"49\"}",
                RuasKonversi.class, "RuasKonversi.capaianAkhir must be above capaianAwal 80, was 60");
        ditolak("{\"capaian\":\"-1\",\"targetMaksimal\":false,\"konversi\":" + tulis(K) + "}", NilaiCapaianIki.class,
                "NilaiCapaianIki.capaian must be >= 0 to convert under PermenPANRB 8/2021, was -1%");
        ditolak("{\"capaian\":\"90\",\"targetMaksimal\":false}", NilaiCapaianIki.class,
                "NilaiCapaianIki.konversi must not be null");
    }
}
