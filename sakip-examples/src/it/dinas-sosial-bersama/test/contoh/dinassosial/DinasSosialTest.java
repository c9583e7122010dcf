package contoh.dinassosial;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.evaluasi.ikm.Ikm;
import io.github.sakip.evaluasi.ikm.JawabanResponden;
import io.github.sakip.evaluasi.ikm.RumusIkm;
import io.github.sakip.evaluasi.ikm.SurveiIkm;
import io.github.sakip.evaluasi.skp.CapaianIki;
import io.github.sakip.evaluasi.skp.KonversiCapaianIki;
import io.github.sakip.evaluasi.skp.NilaiSkp;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.pengukuran.PengukuranIndikator;
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.Besaran;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.ReviuLkjip;
import io.github.sakip.tren.DeretKinerja;
import io.github.sakip.tren.KemajuanRenstra;
import io.github.sakip.tren.PerubahanTahunan;
import io.github.sakip.tren.RumusKemajuan;
import io.github.sakip.tren.RumusTren;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.pengukuran.PengukuranKinerja;
import io.github.sakip.pengukuran.PengukuranSasaran;
import io.github.sakip.pengukuran.RumusPengukuran;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DinasSosialTest {

    private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON2 =
            new com.fasterxml.jackson.databind.json.JsonMapper();
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private static Persen persen(String nilai) {
        return Persen.of(new BigDecimal(nilai));
    }

    @Test
    void measurementWithTheFiguresWorkedOutByHand() {
        PengukuranKinerja p = RumusPengukuran.standar().hitung(DinasSosial.perjanjianKinerja(), DinasSosial.realisasi());
        // 84 / 80 = 105,00; (2 x 9,5 - 9,8) / 9,5 = 96,84; 7 / 5 = 140,00 (its own T / R);
        // 92 above the range 80-90: 92 / 90 = 102,22; panti not measured
        assertThat(p.getIndikator()).extracting(i -> i.getPersen().map(Persen::toString).orElse("-"))
                .containsExactly("105.00%", "96.84%", "140.00%", "102.22%", "-");
        assertThat(p.getIndikator().get(2).getCapaian().get().getKeterangan()).isEqualTo("7 / 5 x 100");
        // (105,00 + 96,84 + 140,00 + 102,22) / 4 = 111,015 -> 111,02
        assertThat(p.getRataRata()).contains(persen("111.02"));
        assertThat(p.getJumlahIndikatorTercapai()).isEqualTo(3);
        assertThat(p.getJumlahIndikatorBelumTercapai()).isEqualTo(1);
        assertThat(p.getJumlahIndikatorTidakTerukur()).isEqualTo(1);
        List<PengukuranSasaran> s = p.getSasaran();
        // (105,00 + 96,84) / 2 = 100,92; 1.800.000.000 / 2.000.000.000 = 90,00; 100,92 / 90,00 = 112,13
        assertThat(s.get(0).getRataRata()).contains(persen("100.92"));
        assertThat(s.get(0).getPenyerapan().get().getPersen()).contains(persen("90.00"));
        assertThat(s.get(0).getEfisiensi().get().getNilai()).isEqualTo(persen("112.13"));
        // (140,00 + 102,22) / 2 = 121,11; 2.850.000.000 / 3.000.000.000 = 95,00; 121,11 / 95,00 = 127,48
        assertThat(s.get(1).getRataRata()).contains(persen("121.11"));
        assertThat(s.get(1).getEfisiensi().get().getNilai()).isEqualTo(persen("127.48"));
        // nothing measured: no mean, no efisiensi, but its budget: 410.000.000 / 500.000.000 = 82,00
        assertThat(s.get(2).isTerukur()).isFalse();
        assertThat(s.get(2).getEfisiensi()).isEmpty();
        assertThat(s.get(2).getPenyerapan().get().getPersen()).contains(persen("82.00"));
        // 5.060.000.000 / 5.500.000.000 = 92,00
        assertThat(p.getPagu()).isEqualTo(Rupiah.of(5_500_000_000L));
        assertThat(p.getPenyerapan().get().getPersen()).contains(persen("92.00"));
        assertThat(p.getJumlahSasaranTercapai()).isEqualTo(2);
        assertThat(p.getJumlahSasaranTidakTerukur()).isEqualTo(1);
        assertThat(p.getPredikat()).contains(SkalaBaku.LKJIP.predikat(persen("111.02")));
        // the agreement finds a target by the indicator's identity, whatever else differs
        assertThat(DinasSosial.perjanjianKinerja().getTarget(DinasSosial.PMKS.withIku(true)))
                .contains(Target.of(DinasSosial.TAHUN, new BigDecimal("80")));
    }

    @Test
    void valuesRoundTripThroughJackson2AndJackson3() throws Exception {
        PerjanjianKinerja pk = DinasSosial.perjanjianKinerja();
        String json2 = JACKSON2.writeValueAsString(pk);
        String json3 = JACKSON3.writeValueAsString(pk);
        assertThat(JACKSON2.readTree(json3)).isEqualTo(JACKSON2.readTree(json2));
        assertThat(JACKSON2.readValue(json2, PerjanjianKinerja.class)).isEqualTo(pk);
        assertThat(JACKSON3.readValue(json3, PerjanjianKinerja.class)).isEqualTo(pk);
        // the order of properties is not part of the shape: compare trees, not text
        assertThat(JACKSON2.readTree(json2).get("tahun").asInt()).isEqualTo(2024);
        assertThat(JACKSON2.readTree(json2).findValues("bawah")).contains(JACKSON2.readTree("\"80\""));
        assertThat(JACKSON2.readTree(json2).findValues("atas")).contains(JACKSON2.readTree("\"90\""));
        assertThat(JACKSON2.readTree(json2).findValues("aturan"))
                .contains(JACKSON2.readTree("{\"varianNegatif\":\"RASIO\"}"));
        PengukuranKinerja p = RumusPengukuran.standar().hitung(pk, DinasSosial.realisasi());
        for (Capaian c : p.getIndikator().stream().flatMap(i -> i.getCapaian().stream()).toList()) {
            assertThat(JACKSON2.readValue(JACKSON2.writeValueAsString(c), Capaian.class)).isEqualTo(c);
            assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(c), Capaian.class)).isEqualTo(c);
        }
        Predikat predikat = p.getPredikat().get();
        assertThat(JACKSON3.readValue(JACKSON3.writeValueAsString(predikat), Predikat.class)).isEqualTo(predikat);
        assertThat(JACKSON2.readValue("2024", Tahun.class)).isEqualTo(DinasSosial.TAHUN);
    }

    /**
     * Written by both Jacksons to the same JSON, and read back by each equal to the original: the
     * JSON law of sakip-core's docs/json.md, for this consumer and its test-jar test.
     */
    static <T> void bolakBalik(T value, Class<T> type) throws Exception {
        String json2 = JACKSON2.writeValueAsString(value);
        String json3 = JACKSON3.writeValueAsString(value);
        assertThat(JACKSON2.readTree(json3)).isEqualTo(JACKSON2.readTree(json2));
        assertThat(JACKSON2.readValue(json2, type)).isEqualTo(value);
        assertThat(JACKSON3.readValue(json3, type)).isEqualTo(value);
    }

    @Test
    void theResultsOfEveryPackageRoundTrip() throws Exception {
        PerjanjianKinerja pk = DinasSosial.perjanjianKinerja();
        // pengukuran, capaian, anggaran: the measurement and its parts
        PengukuranKinerja p = RumusPengukuran.standar().hitung(pk, DinasSosial.realisasi());
        bolakBalik(p, PengukuranKinerja.class);
        bolakBalik(p.getSasaran().get(1), PengukuranSasaran.class);
        for (PengukuranIndikator i : p.getIndikator()) {
            bolakBalik(i, PengukuranIndikator.class);
        }
        bolakBalik(p.getRekap(), RekapCapaian.class);
        bolakBalik(p.getPenyerapan().get(), Penyerapan.class);
        // tren: PMKS handled 70, 76, 84 % over 2022-2024, against 90 % at the end of the Renstra
        DeretKinerja deret = DeretKinerja.of(DinasSosial.PMKS, Periode.parse("2021-2026"), List.of(
                Realisasi.of(Tahun.of(2022), new BigDecimal("70")), Realisasi.of(Tahun.of(2023), new BigDecimal("76")),
                Realisasi.of(DinasSosial.TAHUN, new BigDecimal("84"))))
                .withTarget(Target.of(Tahun.of(2026), new BigDecimal("90")));
        bolakBalik(deret, DeretKinerja.class);
        PerubahanTahunan perubahan = RumusTren.standar().perubahan(deret, DinasSosial.TAHUN).get();
        assertThat(perubahan.getSelisih().get()).isEqualByComparingTo("8"); // 84 - 76
        bolakBalik(perubahan, PerubahanTahunan.class);
        bolakBalik(RumusKemajuan.standar().hitung(deret), KemajuanRenstra.class);
        // evaluasi: an IKM survey of three respondents and a Nilai SKP
        Ikm ikm = RumusIkm.standar().hitung(SurveiIkm.ofJawaban(List.of(JawabanResponden.of(3, 3, 4, 3, 3, 4, 3, 3, 3),
                JawabanResponden.of(4, 4, 4, 3, 3, 4, 4, 3, 3), JawabanResponden.of(3, 2, 3, 3, 3, 3, 3, 3, 4))));
        bolakBalik(ikm, Ikm.class);
        NilaiSkp skp = KonversiCapaianIki.standar().hitung(List.of(
                CapaianIki.of("Penyaluran bantuan tepat waktu", persen("105"), new BigDecimal("60")),
                CapaianIki.of("Pendataan PMKS", persen("95"), new BigDecimal("40"))));
        bolakBalik(skp, NilaiSkp.class);
        // reviu: a report printing the PMKS capaian 105,5 where 84 / 80 gives 105,00
        Renstra renstra = Renstra.of(Periode.parse("2021-2026"))
                .withTarget(DinasSosial.PMKS, Target.of(DinasSosial.TAHUN, new BigDecimal("80")))
                .withRealisasi(DinasSosial.PMKS, Realisasi.of(DinasSosial.TAHUN, new BigDecimal("84")));
        DataLkjip data = DataLkjip.of("Dinas Sosial", DinasSosial.TAHUN, renstra, pk,
                List.of(), List.of(AngkaDicetak.of(Lokasi.of("Tabel 3.1", "PMKS", "Capaian"),
                        Besaran.indikator(JenisBesaran.CAPAIAN, DinasSosial.PMKS, DinasSosial.TAHUN),
                        new BigDecimal("105.5"), null)), List.of());
        HasilReviu hasil = ReviuLkjip.standar().periksa(data);
        assertThat(hasil.getTemuan()).extracting(t -> t.getJenis()).containsExactly(JenisTemuan.KESALAHAN);
        bolakBalik(data, DataLkjip.class);
        bolakBalik(hasil, HasilReviu.class);
    }
}
