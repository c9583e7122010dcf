package io.github.sakip.capaian;

import static io.github.sakip.JsonRoundTrip.JACKSON2;
import static io.github.sakip.JsonRoundTrip.JACKSON3;
import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.JsonRoundTrip;
import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import io.github.sakip.testing.HasilGen;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recaps and their policies written and read back by Jackson 2 and 3, in the shape of docs/json.md. */
class CapaianJsonTest {

    private static final RumusCapaian DOWN = RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN);

    /** Klojen LKjIP 2021, Tabel 3.1, capaian truncated as the report prints them. */
    private static List<Capaian> tabel31() {
        return List.of(DOWN.hitung(Klojen2021.NILAI_SAKIP, target("80.01"), realisasi("87.80")),
                DOWN.hitung(Klojen2021.IPMAS, target("86.80"), realisasi("80.98")),
                DOWN.hitung(Klojen2021.KEPUASAN_PRASARANA, target("3.13"), realisasi("4.40")));
    }

    private static Target target(String nilai) {
        return Target.of(Klojen2021.TAHUN, new BigDecimal(nilai));
    }

    private static Realisasi realisasi(String nilai) {
        return Realisasi.of(Klojen2021.TAHUN, new BigDecimal(nilai));
    }

    @Test
    void policiesRoundTrip() {
        roundTrips(HasilGen.batasAtasCapaian(), BatasAtasCapaian.class);
        roundTrips(HasilGen.rataRataCapaian(), RataRataCapaian.class);
    }

    @Test
    void itemsAndRecapsRoundTrip() {
        roundTrips(HasilGen.butirCapaian(), ButirCapaian.class);
        roundTrips(HasilGen.rekapCapaian(), RekapCapaian.class);
    }

    @Test
    void klojenRecapIsWrittenWithItsFiguresAndReadBackFromItsItems() {
        RekapCapaian rekap = RataRataCapaian.standar().rekap("Kecamatan Klojen 2021", tabel31());
        roundTrip(rekap, RekapCapaian.class);
        assertThat(tulis(rekap)).startsWith("{\"nama\":\"Kecamatan Klojen 2021\",\"butir\":[{\"nama\":\"Nilai SAKIP OPD\","
                + "\"persen\":\"109.73\",\"tercapai\":true,\"bobot\":\"1\",\"capaian\":{")
                .contains("\"rumus\":{\"dasar\":\"DIBULATKAN\",\"batasAtas\":\"TANPA\",\"pembulatan\":{\"scale\":2,"
                        + "\"roundingMode\":\"HALF_UP\"}}", "\"rataRata\":\"114.53\"", "\"jumlahTercapai\":2",
                        "\"jumlahBelumTercapai\":1", "\"tercapai\":true");
        // figures are recomputed, never trusted
        String json = tulis(rekap).replace("\"rataRata\":\"114.53\"", "\"rataRata\":\"14.53\"");
        assertThat(baca(json, RekapCapaian.class).getRataRata()).contains(Persen.of(new BigDecimal("114.53")));
    }

    @Test
    void qualitativeScalesRoundTrip() {
        roundTrip(SkalaKualitatif.OPINI_BPK, SkalaKualitatif.class);
        roundTrip(SkalaKualitatif.YA_TIDAK, SkalaKualitatif.class);
        roundTrips(org.quicktheories.generators.SourceDSL.integers().between(2, 8).map(n -> SkalaKualitatif.of(
                "Skala " + n, java.util.stream.IntStream.range(0, n).mapToObj(k -> "K" + k).toList())),
                SkalaKualitatif.class);
        assertThat(JsonRoundTrip.tree(tulis(SkalaKualitatif.OPINI_BPK))).isEqualTo(JsonRoundTrip.tree(
                "{\"nama\":\"Opini BPK\",\"kategori\":[\"TMP\",\"TW\",\"WDP\",\"WTP\"]}"));
        assertThat(JsonRoundTrip.gagal("{\"nama\":\"S\",\"kategori\":[\"Ya\"]}", SkalaKualitatif.class))
                .hasMessageContaining("SkalaKualitatif");
    }

    @Test
    void theShapesAreSmallAndDocumented() {
        assertThat(tulis(BatasAtasCapaian.SERATUS_DUA_PULUH)).isEqualTo("\"120\"");
        assertThat(tulis(BatasAtasCapaian.TANPA)).isEqualTo("\"TANPA\"");
        assertThat(baca("120.5", BatasAtasCapaian.class)).isEqualTo(BatasAtasCapaian.of(new BigDecimal("120.5")));
        assertThat(tulis(ButirCapaian.of("IPMas", Persen.of(new BigDecimal("93.29"))).withBobot(new BigDecimal("2"))))
                .isEqualTo("{\"nama\":\"IPMas\",\"persen\":\"93.29\",\"tercapai\":false,\"bobot\":\"2\"}");
        assertThat(tulis(ButirCapaian.tidakTerukur("IPMas")))
                .isEqualTo("{\"nama\":\"IPMas\",\"tercapai\":false,\"bobot\":\"1\"}");
        assertThat(baca("{\"nama\":\"IPMas\"}", ButirCapaian.class)).isEqualTo(ButirCapaian.tidakTerukur("IPMas"));
        RekapCapaian sasaran = RataRataCapaian.standar().rekap("Sasaran", tabel31().subList(0, 1));
        assertThat(tulis(ButirCapaian.of(sasaran))).startsWith("{\"nama\":\"Sasaran\",\"persen\":\"109.73\","
                + "\"tercapai\":true,\"bobot\":\"1\",\"rekap\":{\"nama\":\"Sasaran\"");
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        assertThatThrownBy(() -> JACKSON3.readValue("\"99\"", BatasAtasCapaian.class)).rootCause()
                .isInstanceOf(SakipException.class).hasMessage("BatasAtasCapaian.nilai must be >= 100, was 99");
        assertThatThrownBy(() -> JACKSON2.readValue("\"seratus\"", BatasAtasCapaian.class)).cause()
                .isInstanceOf(SakipException.class).hasMessageContaining("\"TANPA\" or a number");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"nama\":\"IPMas\",\"bobot\":\"0\"}", ButirCapaian.class))
                .rootCause().isInstanceOf(SakipException.class).hasMessageContaining("ButirCapaian.bobot must be > 0");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"nama\":\"R\",\"butir\":[],\"rumus\":{\"dasar\":\"EKSAK\","
                + "\"batasAtas\":\"TANPA\",\"pembulatan\":{\"scale\":2,\"roundingMode\":\"HALF_UP\"}}}",
                RekapCapaian.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessage("RekapCapaian.butir must not be empty for recap \"R\"");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"nama\":\"R\",\"butir\":[{\"nama\":\"I\"}]}", RekapCapaian.class))
                .rootCause().isInstanceOf(SakipException.class).hasMessageContaining("RekapCapaian.rumus");
    }
}
