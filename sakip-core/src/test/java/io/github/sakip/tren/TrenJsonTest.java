package io.github.sakip.tren;

import static io.github.sakip.JsonRoundTrip.baca;
import static io.github.sakip.JsonRoundTrip.ditolak;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tulis;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.Tahun;
import io.github.sakip.testing.Klojen2021;
import io.github.sakip.testing.TrenGen;
import org.junit.jupiter.api.Test;

/** The trend results written and read back by Jackson 2 and 3 in the shapes of docs/json.md. */
class TrenJsonTest {

    @Test
    void everyTypeRoundTrips() {
        roundTrips(TrenGen.deretKinerja(), DeretKinerja.class);
        roundTrips(TrenGen.perubahanTahunan(), PerubahanTahunan.class);
        roundTrips(TrenGen.lajuMajemuk(), LajuMajemuk.class);
        roundTrips(TrenGen.rumusKemajuan(), RumusKemajuan.class);
        roundTrips(TrenGen.proyeksi(), Proyeksi.class);
        roundTrips(TrenGen.kemajuanRenstra(), KemajuanRenstra.class);
        DeretKinerja ipmas = KlojenDeret.deret(Klojen2021.IPMAS);
        roundTrip(ipmas, DeretKinerja.class);
        roundTrip(RumusKemajuan.standar().hitung(ipmas), KemajuanRenstra.class);
        for (PerubahanTahunan p : RumusTren.standar().perubahan(KlojenDeret.deret(Klojen2021.NILAI_SAKIP))) {
            roundTrip(p, PerubahanTahunan.class);
        }
    }

    @Test
    void theShapes() {
        // Tabel 3.2 of the Klojen LKjIP 2021, Nilai SAKIP OPD 75,74 / 76,26 / 76,57 / 87,80
        DeretKinerja sakip = KlojenDeret.deret(Klojen2021.NILAI_SAKIP);
        String indikator = tulis(Klojen2021.NILAI_SAKIP);
        assertThat(tulis(sakip)).isEqualTo("{\"indikator\":" + indikator + ",\"periode\":\"2018-2023\",\"realisasi\":["
                + "{\"tahun\":2018,\"nilai\":\"75.74\"},{\"tahun\":2019,\"nilai\":\"76.26\"},{\"tahun\":2020,\"nilai\":"
                + "\"76.57\"},{\"tahun\":2021,\"nilai\":\"87.80\"}],\"target\":[{\"tahun\":2019,\"nilai\":\"80.00\"},"
                + "{\"tahun\":2020,\"nilai\":\"80.00\"},{\"tahun\":2021,\"nilai\":\"80.01\"},{\"tahun\":2022,\"nilai\":"
                + "\"80.01\"},{\"tahun\":2023,\"nilai\":\"80.02\"}]}");
        String pembulatan = "{\"scale\":2,\"roundingMode\":\"HALF_UP\"}";
        // selisih 11,23, persen perubahan 14,67, rasio 114,67 (printed 114,67 %)
        assertThat(tulis(RumusTren.standar().perubahan(sakip, Tahun.of(2021)).orElseThrow())).isEqualTo(
                "{\"tahun\":2021,\"realisasi\":\"87.80\",\"sebelumnya\":\"76.57\",\"polaritas\":\"POSITIF\","
                + "\"target\":{\"tahun\":2021,\"nilai\":\"80.01\"},\"pembulatan\":" + pembulatan + ",\"selisih\":"
                + "\"11.23\",\"persenPerubahan\":\"14.67\",\"rasio\":\"114.67\",\"arah\":\"NAIK\",\"arahKinerja\":"
                + "\"MEMBAIK\"}");
        // the first year has no year before: only its inputs
        assertThat(tulis(RumusTren.standar().perubahan(KlojenDeret.deret(Klojen2021.IPMAS), Tahun.of(2019))
                .orElseThrow())).isEqualTo("{\"tahun\":2019,\"realisasi\":\"67.8\",\"polaritas\":\"POSITIF\",\"target\":"
                + "{\"tahun\":2019,\"nilai\":\"83.60\"},\"pembulatan\":" + pembulatan + "}");
        // 5,05 % a year from 75,74 (2018) to 87,80 (2021)
        assertThat(tulis(RumusTren.standar().lajuMajemuk(sakip, Tahun.of(2018), Tahun.of(2021)))).isEqualTo(
                "{\"awal\":{\"tahun\":2018,\"nilai\":\"75.74\"},\"akhir\":{\"tahun\":2021,\"nilai\":\"87.80\"},"
                + "\"pembulatan\":" + pembulatan + ",\"persen\":\"5.05\",\"jumlahTahun\":3}");
        // Tabel 3.3, IPMas: 80,98 / 90,00 = 89,98 %, 4,51 a year needed, projected 97,03 in 2023: on track
        DeretKinerja ipmas = KlojenDeret.deret(Klojen2021.IPMAS);
        String rumus = "{\"pembulatan\":" + pembulatan + ",\"metode\":\"LINEAR_KUADRAT_TERKECIL\",\"rumusCapaian\":"
                + "{\"pembulatan\":" + pembulatan + ",\"varianNegatif\":\"PERMENPANRB\",\"batasBawah\":\"TANPA\"}}";
        assertThat(tulis(RumusKemajuan.standar())).isEqualTo(rumus);
        String proyeksi = "{\"metode\":\"LINEAR_KUADRAT_TERKECIL\",\"dasar\":[{\"tahun\":2019,\"nilai\":\"67.8\"},"
                + "{\"tahun\":2020,\"nilai\":\"83.00\"},{\"tahun\":2021,\"nilai\":\"80.98\"}],\"tahun\":2023,"
                + "\"targetAkhir\":{\"tahun\":2023,\"nilai\":\"90.00\"},\"polaritas\":\"POSITIF\",\"pembulatan\":"
                + pembulatan + ",\"nilai\":\"97.03\",\"lajuPerTahun\":\"6.59\",\"sesuaiJalur\":true}";
        assertThat(tulis(RumusKemajuan.standar().proyeksi(ipmas))).isEqualTo(proyeksi);
        assertThat(tulis(RumusKemajuan.standar().hitung(ipmas))).isEqualTo("{\"deret\":" + tulis(ipmas) + ",\"rumus\":"
                + rumus + ",\"realisasiTerakhir\":{\"tahun\":2021,\"nilai\":\"80.98\"},\"targetAkhir\":{\"tahun\":2023,"
                + "\"nilai\":\"90.00\"},\"capaian\":\"89.98\",\"tercapai\":false,\"sisaTahun\":2,"
                + "\"perubahanDiperlukanPerTahun\":\"4.51\",\"proyeksi\":" + proyeksi + "}");
    }

    @Test
    void figuresAreRecomputedNotTrusted() {
        DeretKinerja ipmas = KlojenDeret.deret(Klojen2021.IPMAS);
        String json = tulis(RumusKemajuan.standar().hitung(ipmas)).replace("\"capaian\":\"89.98\"", "\"capaian\":\"100\"")
                .replace("\"tercapai\":false", "\"tercapai\":true").replace("\"97.03\"", "\"17.03\"");
        assertThat(json).contains("\"capaian\":\"100\"", "\"tercapai\":true", "17.03");
        KemajuanRenstra k = baca(json, KemajuanRenstra.class);
        assertThat(k).isEqualTo(RumusKemajuan.standar().hitung(ipmas));
        assertThat(k.isTercapai()).isFalse();
        String perubahan = tulis(RumusTren.standar().perubahan(ipmas, Tahun.of(2021)).orElseThrow())
                .replace("\"arah\":\"TURUN\"", "\"arah\":\"NAIK\"");
        assertThat(perubahan).contains("\"arah\":\"NAIK\"");
        assertThat(baca(perubahan, PerubahanTahunan.class).getArah()).contains(Arah.TURUN);
    }

    @Test
    void badJsonFailsWithTheLibrarysMessageAsTheCause() {
        String pembulatan = "{\"scale\":2,\"roundingMode\":\"HALF_UP\"}";
        ditolak("{\"indikator\":" + tulis(Klojen2021.IPMAS) + ",\"periode\":\"2018-2023\",\"realisasi\":[{\"tahun\":"
                + "2024,\"nilai\":\"1\"}]}", DeretKinerja.class, "DeretKinerja.realisasi of \"Indeks Pembangunan "
                + "Masyarakat (IPMas) Kecamatan\" must lie in the period 2018-2023, was 2024");
        ditolak("{\"awal\":{\"tahun\":2018,\"nilai\":\"0\"},\"akhir\":{\"tahun\":2021,\"nilai\":\"87.80\"},"
                + "\"pembulatan\":" + pembulatan + "}", LajuMajemuk.class,
                "LajuMajemuk: realisasi of awal 2018 must be > 0 for a growth rate, was 0");
        ditolak("{\"awal\":{\"tahun\":2021,\"nilai\":\"1\"},\"akhir\":{\"tahun\":2018,\"nilai\":\"2\"},"
                + "\"pembulatan\":" + pembulatan + "}", LajuMajemuk.class,
                "LajuMajemuk: akhir must be after awal 2021, was 2018");
        ditolak("{\"tahun\":2021,\"realisasi\":\"1\",\"polaritas\":\"STABIL\",\"target\":{\"tahun\":2020,"
                + "\"nilai\":\"1\"},\"pembulatan\":" + pembulatan + "}", PerubahanTahunan.class,
                "PerubahanTahunan.target must be the yearly target of 2021, was Target[2020: 1]");
        ditolak("{\"tahun\":2021,\"realisasi\":\"1\",\"pembulatan\":" + pembulatan + "}", PerubahanTahunan.class,
                "PerubahanTahunan.polaritas must not be null");
        String dasar = "[{\"tahun\":2020,\"nilai\":\"1\"},{\"tahun\":2021,\"nilai\":\"2\"}]";
        ditolak("{\"metode\":\"LAJU_RATA_RATA\",\"dasar\":" + dasar + ",\"tahun\":2023,\"targetAkhir\":{\"tahun\":"
                + "2023,\"bawah\":\"1\",\"atas\":\"3\"},\"polaritas\":\"POSITIF\",\"pembulatan\":" + pembulatan + "}",
                Proyeksi.class, "RumusKemajuan: the end target of Proyeksi must be a single value, was a range (rentang) "
                        + "Target[2023: 1-3]");
        ditolak("{\"metode\":\"LAJU_RATA_RATA\",\"dasar\":" + dasar.replace("2020", "2021") + ",\"tahun\":2023,"
                + "\"targetAkhir\":{\"tahun\":2023,\"nilai\":\"3\"},\"polaritas\":\"POSITIF\",\"pembulatan\":"
                + pembulatan + "}", Proyeksi.class, "Proyeksi.dasar must be yearly realisasi in year order, one per year,"
                + " up to 2023, was [Realisasi[2021: 1], Realisasi[2021: 2]]");
        ditolak("{\"deret\":" + tulis(DeretKinerja.of(Klojen2021.IPMAS, io.github.sakip.model.Periode.parse("2018-2023")))
                + ",\"rumus\":" + tulis(RumusKemajuan.standar()) + "}", KemajuanRenstra.class, "RumusKemajuan: series of "
                + "\"Indeks Pembangunan Masyarakat (IPMas) Kecamatan\" has no target for the end year 2023 (target jangka "
                + "menengah)");
    }
}
