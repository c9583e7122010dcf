package io.github.sakip.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Klojen LKjIP 2021 (Kecamatan Klojen, Kota Malang) as model values, built with the public API
 * only: the Perjanjian Kinerja 2021 of Tabel 2.4 with the spending of the table "Realisasi
 * Anggaran" (Bab III B), and the Renstra 2018-2023 of Tabel 2.3 and 3.2.
 */
final class KlojenFixture {
    /** The year of the Perjanjian Kinerja and of the report. */
    static final Tahun TAHUN = Tahun.of(2021);

    static final Indikator NILAI_SAKIP = iku("Nilai SAKIP OPD", Satuan.NILAI);
    static final Indikator IPMAS = iku("Indeks Pembangunan Masyarakat (IPMas) Kecamatan", Satuan.INDEKS);
    static final Indikator KEPUASAN_PRASARANA = iku("Indeks Kepuasan Layanan Prasarana Sarana Publik",
            Satuan.INDEKS);
    /** The indicator of the tujuan (Tabel 2.1), not of a sasaran. */
    static final Indikator IKM = iku("Indeks Kepuasan Masyarakat (IKM) Perangkat Daerah", Satuan.INDEKS);

    static final Sasaran PELAYANAN = Sasaran.of("Meningkatnya kinerja pelayanan perangkat daerah",
            List.of(NILAI_SAKIP));
    static final Sasaran PEMBERDAYAAN = Sasaran.of("Meningkatnya Pemberdayaan Masyarakat dan Komunitas",
            List.of(IPMAS));
    static final Sasaran PEMERATAAN = Sasaran.of(
            "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara Terpadu",
            List.of(KEPUASAN_PRASARANA));

    // Pagu from Tabel 2.4, realisasi from the table "Realisasi Anggaran ... Tahun 2021" (Bab III B).
    static final Program PENUNJANG = program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            19_072_791_175L, 16_822_811_324L);
    static final Program PELAYANAN_PUBLIK = program("Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
            4_942_280_380L, 4_679_836_059L);
    static final Program PEMERINTAHAN_UMUM = program("Program Penyelenggaraan Urusan Pemerintahan Umum",
            63_163_000L, 44_815_500L);
    static final Program KETENTRAMAN = program("Program Koordinasi Ketentraman Dan Ketertiban Umum",
            418_601_325L, 395_246_192L);
    static final Program PEMBERDAYAAN_KELURAHAN = program("Program Pemberdayaan Masyarakat Desa Dan Kelurahan",
            15_856_565_120L, 15_411_591_203L);

    private KlojenFixture() {
    }

    /** The Perjanjian Kinerja 2021, Tabel 2.4: three sasaran, three indicators, five programs. */
    static PerjanjianKinerja perjanjianKinerja2021() {
        return PerjanjianKinerja.of(TAHUN, List.of(
                komitmen(PELAYANAN, NILAI_SAKIP, "80.01", PENUNJANG, PELAYANAN_PUBLIK, PEMERINTAHAN_UMUM),
                komitmen(PEMBERDAYAAN, IPMAS, "86.80", KETENTRAMAN),
                komitmen(PEMERATAAN, KEPUASAN_PRASARANA, "3.13", PEMBERDAYAAN_KELURAHAN)));
    }

    /**
     * The Renstra 2018-2023: targets 2019-2023 of Tabel 2.3, realisasi of Tabel 3.2; IPMas and
     * the Indeks Kepuasan have no realisasi for 2018 (printed "NA": not measured, so absent).
     */
    static Renstra renstra2018sd2023() {
        Renstra r = Renstra.of(Periode.parse("2018-2023"));
        r = withTargets(r, NILAI_SAKIP, "80.00", "80.00", "80.01", "80.01", "80.02");
        r = withTargets(r, IPMAS, "83.60", "85.20", "86.80", "88.40", "90.00");
        r = withTargets(r, KEPUASAN_PRASARANA, "3.13", "3.13", "3.13", "3.13", "3.13");
        r = withRealisasi(r, NILAI_SAKIP, 2018, "75.74", "76.26", "76.57", "87.80");
        r = withRealisasi(r, IPMAS, 2019, "67.8", "83.00", "80.98");
        return withRealisasi(r, KEPUASAN_PRASARANA, 2019, "3.78", "4.02", "4.40");
    }

    /** The tujuan of Tabel 2.1 with its own indicator and the three sasaran. */
    static Tujuan tujuan() {
        return Tujuan.of("Terwujudnya Kecamatan Yang Profesional dan Akuntabel", List.of(IKM),
                List.of(PELAYANAN, PEMBERDAYAAN, PEMERATAAN));
    }

    private static Indikator iku(String nama, Satuan satuan) {
        return Indikator.of(nama, satuan, Polaritas.POSITIF).withIku(true);
    }

    private static Program program(String nama, long pagu, long realisasi) {
        return Program.of(nama, Pagu.of(TAHUN, Rupiah.of(pagu)))
                .withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.of(realisasi)));
    }

    private static KomitmenSasaran komitmen(Sasaran sasaran, Indikator indikator, String target,
            Program... program) {
        return KomitmenSasaran.of(sasaran, Map.of(indikator, Target.of(TAHUN, new BigDecimal(target))),
                List.of(program));
    }

    private static Renstra withTargets(Renstra renstra, Indikator indikator, String... from2019) {
        Renstra r = renstra;
        for (int i = 0; i < from2019.length; i++) {
            r = r.withTarget(indikator, Target.of(Tahun.of(2019 + i), new BigDecimal(from2019[i])));
        }
        return r;
    }

    private static Renstra withRealisasi(Renstra renstra, Indikator indikator, int firstYear, String... values) {
        Renstra r = renstra;
        for (int i = 0; i < values.length; i++) {
            r = r.withRealisasi(indikator, Realisasi.of(Tahun.of(firstYear + i), new BigDecimal(values[i])));
        }
        return r;
    }
}
