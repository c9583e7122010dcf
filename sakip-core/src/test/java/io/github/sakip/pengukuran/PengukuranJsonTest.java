package io.github.sakip.pengukuran;

import static io.github.sakip.JsonRoundTrip.JACKSON2;
import static io.github.sakip.JsonRoundTrip.JACKSON3;
import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tree;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sakip.SakipException;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Target;
import io.github.sakip.testing.HasilGen;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Pengukuran Kinerja, its parts and its calculator written and read back by Jackson 2 and 3:
 * read back by recomputing with the calculator it carries (docs/json.md).
 */
class PengukuranJsonTest {

    /** Klojen LKjIP 2021, Tabel 3.1, capaian truncated as the report prints them. */
    private static PengukuranKinerja klojen() {
        Map<Indikator, Realisasi> realisasi = new HashMap<>();
        for (Indikator i : Klojen2021.perjanjianKinerja().getIndikator()) {
            Klojen2021.renstra().getRealisasi(i, Klojen2021.TAHUN).ifPresent(r -> realisasi.put(i, r));
        }
        return RumusPengukuran.standar().withRumusCapaian(RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN))
                .hitung(Klojen2021.perjanjianKinerja(), realisasi);
    }

    @Test
    void calculatorsRoundTrip() {
        roundTrips(HasilGen.rumusPengukuran(), RumusPengukuran.class);
        roundTrip(RumusPengukuran.standar(), RumusPengukuran.class);
    }

    @Test
    void measurementsRoundTrip() {
        roundTrips(HasilGen.pengukuranKinerja(), PengukuranKinerja.class);
        roundTrip(klojen(), PengukuranKinerja.class);
    }

    @Test
    void partsRoundTripOnTheirOwn() {
        roundTrips(HasilGen.pengukuranKinerja().map(p -> p.getSasaran().get(0)), PengukuranSasaran.class);
        roundTrips(HasilGen.pengukuranKinerja().map(p -> p.getIndikator().get(p.getIndikator().size() - 1)),
                PengukuranIndikator.class);
    }

    @Test
    void aSasaranCodeAndAnUnreportedRealisasiAnggaranRoundTrip() {
        KomitmenSasaran pemberdayaan = Klojen2021.perjanjianKinerja().getKomitmen().get(1);
        Sasaran sasaran = pemberdayaan.getSasaran().withKode("SS-2");
        Map<Indikator, Target> target = new LinkedHashMap<>();
        sasaran.getIndikator().forEach(i -> target.put(i, pemberdayaan.getTarget(i).orElseThrow()));
        Program belumLapor = Program.of("Program belum lapor", Pagu.of(Klojen2021.TAHUN, Rupiah.of(5_000_000L)));
        PengukuranKinerja p = RumusPengukuran.standar().hitung(PerjanjianKinerja.of(Klojen2021.TAHUN,
                List.of(KomitmenSasaran.of(sasaran, target, List.of(belumLapor)))), Map.of());
        roundTrip(p, PengukuranKinerja.class);
        roundTrip(p.getSasaran().get(0), PengukuranSasaran.class);
        assertThat(tulis(p.getSasaran().get(0))).contains("\"kode\":\"SS-2\"", "\"pagu\":\"5000000.00\"")
                .doesNotContain("penyerapan", "efisiensi", "\"rataRata\":\"", "\"realisasi\"");
    }

    @Test
    void klojenIsWrittenWithItsFiguresAndItsCalculatorOnce() {
        PengukuranKinerja p = klojen();
        JsonNode json = tree(tulis(p));
        assertThat(json.get("tahun").asInt()).isEqualTo(2021);
        assertThat(json.get("rataRata").asText()).isEqualTo("114.53");
        assertThat(json.get("pagu").asText()).isEqualTo("40353401000.00");
        assertThat(json.get("penyerapan").get("persen").asText()).isEqualTo("92.57");
        assertThat(json.get("jumlahIndikatorTercapai").asInt()).isEqualTo(2);
        assertThat(json.get("rumus").get("rumusCapaian").get("pembulatan").get("roundingMode").asText())
                .isEqualTo("DOWN");
        JsonNode pemberdayaan = json.get("sasaran").get(1);
        assertThat(pemberdayaan.get("sasaran").asText()).isEqualTo(Klojen2021.PEMBERDAYAAN.getNama());
        assertThat(pemberdayaan.get("efisiensi").get("nilai").asText()).isEqualTo("98.80");
        JsonNode ipmas = pemberdayaan.get("indikator").get(0);
        assertThat(ipmas.get("persen").asText()).isEqualTo("93.29");
        assertThat(ipmas.get("tercapai").asBoolean()).isFalse();
        assertThat(ipmas.get("predikat").get("label").asText()).isEqualTo("Tercapai/ Berhasil");
        // the calculator is written once, not in every part
        assertThat(pemberdayaan.has("rumus")).isFalse();
        assertThat(ipmas.has("rumus")).isFalse();
        assertThat(tulis(p.getSasaran().get(1))).contains("\"rumus\":{\"rumusCapaian\":");
        assertThat(tulis(p.getSasaran().get(1)).indexOf("\"rumus\"")).isEqualTo(tulis(p.getSasaran().get(1))
                .lastIndexOf("\"rumus\":{\"rumusCapaian\""));
    }

    @Test
    void figuresAreRecomputedNotTrusted() {
        PengukuranKinerja p = klojen();
        String json = tulis(p).replace("\"rataRata\":\"114.53\"", "\"rataRata\":\"14.53\"")
                .replace("\"persen\":\"93.29\"", "\"persen\":\"193.29\"");
        assertThat(json).contains("14.53", "193.29");
        PengukuranKinerja dibaca = JACKSON3.readValue(json, PengukuranKinerja.class);
        assertThat(dibaca).isEqualTo(p);
        assertThat(dibaca.getRataRata()).contains(Persen.of(new BigDecimal("114.53")));
        // a realisasi changed in the JSON is an input: the figures follow it
        String lebih = tulis(p).replace("\"nilai\":\"80.98\"", "\"nilai\":\"86.80\"");
        assertThat(baca(lebih, PengukuranKinerja.class).getJumlahIndikatorTercapai()).isEqualTo(3);
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        PengukuranKinerja p = klojen();
        String tahunLain = tulis(p).replaceFirst("\"tahun\":2021", "\"tahun\":2022");
        assertThatThrownBy(() -> JACKSON2.readValue(tahunLain, PengukuranKinerja.class)).rootCause()
                .isInstanceOf(SakipException.class).hasMessageContaining("2022");
        assertThatThrownBy(() -> JACKSON2.readValue("{\"tahun\":2021,\"sasaran\":[]}", PengukuranKinerja.class))
                .rootCause().isInstanceOf(SakipException.class).hasMessageContaining("PengukuranKinerja.rumus");
        String rumus = tulis(RumusPengukuran.standar());
        assertThatThrownBy(() -> JACKSON3.readValue("{\"tahun\":2021,\"sasaran\":[],\"rumus\":" + rumus + "}",
                PengukuranKinerja.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessageContaining("PerjanjianKinerja.komitmen must not be empty");
        String ipmas = "{\"indikator\":" + tulis(Klojen2021.IPMAS) + ",\"target\":{\"tahun\":2021,\"nilai\":\"86.80\"}}";
        assertThatThrownBy(() -> JACKSON2.readValue("{\"sasaran\":\"S\",\"indikator\":[" + ipmas + "],\"pagu\":\"-1.00\","
                + "\"rumus\":" + rumus + "}", PengukuranSasaran.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessage("PengukuranSasaran.pagu must be >= 0, was Rp -1.00");
        assertThatThrownBy(() -> JACKSON3.readValue("{\"indikator\":" + tulis(Klojen2021.IPMAS) + ",\"target\":"
                + "{\"tahun\":2021,\"nilai\":\"86.80\"},\"realisasi\":{\"tahun\":2020,\"nilai\":\"80.98\"},\"rumus\":"
                + rumus + "}", PengukuranIndikator.class)).rootCause().isInstanceOf(SakipException.class)
                .hasMessageContaining("2020");
        assertThatThrownBy(() -> JACKSON2.readValue(ipmas, PengukuranIndikator.class)).rootCause()
                .isInstanceOf(SakipException.class).hasMessage("PengukuranIndikator.rumus must not be null");
    }
}
