package io.github.sakip.testing;

import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Periode;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.Tujuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data of a real report as model values: the Laporan Kinerja Instansi Pemerintah (LKjIP) 2021 of
 * Kecamatan Klojen, Kota Malang, built with the public API only. Use it as test data for calculators
 * and reports; its figures are the report's, its mistakes included, so that a test can put the
 * report's printed figure beside the computed one.
 *
 * <p>What comes from where in the report:
 * <ul>
 *   <li>the tujuan, the three sasaran and their indicators: Tabel 2.1 (Matrik Tujuan dan Sasaran) and
 *       Tabel 2.3 (Indikator Kinerja Utama);</li>
 *   <li>the Renstra 2018-2023: targets 2019-2023 of Tabel 2.3, realisasi 2018-2021 of Tabel 3.2;</li>
 *   <li>the Perjanjian Kinerja 2021: sasaran, targets, programs and pagu of Tabel 2.4;</li>
 *   <li>the realisasi anggaran of each program: the table "Realisasi Anggaran Perangkat Daerah Kecamatan
 *       Klojen Tahun 2021" of Bab III.B (numbered Tabel 3.4 in the report, like two other tables);</li>
 *   <li>the rasio Linmas per RT: Tabel 3.4 "Keberhasilan/Kegagalan Pencapaian Perjanjian Kinerja";</li>
 *   <li>the penyerapan of 2020: Bab IV.A (Kesimpulan).</li>
 * </ul>
 *
 * <p>Example: the capaian of Nilai SAKIP OPD 2021 is 87,80 / 80,01 x 100 = 109,74 % (Tabel 3.1).
 * <pre>{@code
 * Target t = Klojen2021.perjanjianKinerja().getTarget(Klojen2021.NILAI_SAKIP).orElseThrow();
 * Realisasi r = Klojen2021.renstra().getRealisasi(Klojen2021.NILAI_SAKIP, Klojen2021.TAHUN).orElseThrow();
 * Capaian c = RumusCapaian.standar().hitung(Klojen2021.NILAI_SAKIP, t, Optional.of(r));
 * }</pre>
 *
 * <p>Every value is immutable and thread-safe; the methods build new values on each call.
 */
public final class Klojen2021 {
    /** The year of the report and of the Perjanjian Kinerja: 2021. */
    public static final Tahun TAHUN = Tahun.of(2021);

    /** The agency that reports: "Kecamatan Klojen" (Kota Malang), as the report's title names it. */
    public static final String PERANGKAT_DAERAH = "Kecamatan Klojen";

    /** The period of the Renstra, 2018-2023 (Tabel 3.2 and 3.3: "Rencana Strategis Tahun 2018-2023"). */
    public static final Periode PERIODE_RENSTRA = Periode.parse("2018-2023");

    /**
     * Indeks Kepuasan Masyarakat (IKM) Perangkat Daerah: the indicator of the tujuan (Tabel 2.1), an IKU
     * (Tabel 2.3, row 1), index, higher is better. It measures no sasaran, so it is in no Perjanjian
     * Kinerja commitment and in no Renstra series here.
     */
    public static final Indikator IKM = iku("Indeks Kepuasan Masyarakat (IKM) Perangkat Daerah", Satuan.INDEKS);

    /** Nilai SAKIP OPD: the indicator of sasaran {@link #PELAYANAN}, an IKU (Tabel 2.3, row 2), higher is better. */
    public static final Indikator NILAI_SAKIP = iku("Nilai SAKIP OPD", Satuan.NILAI);

    /**
     * Indeks Pembangunan Masyarakat (IPMas) Kecamatan: the indicator of sasaran {@link #PEMBERDAYAAN}, an
     * IKU (Tabel 2.3, row 3), index, higher is better.
     */
    public static final Indikator IPMAS = iku("Indeks Pembangunan Masyarakat (IPMas) Kecamatan", Satuan.INDEKS);

    /**
     * Indeks Kepuasan Layanan Prasarana Sarana Publik: the indicator of sasaran {@link #PEMERATAAN}, an IKU
     * (Tabel 2.3, row 4), index, higher is better.
     */
    public static final Indikator KEPUASAN_PRASARANA = iku("Indeks Kepuasan Layanan Prasarana Sarana Publik",
            Satuan.INDEKS);

    /** Sasaran "Meningkatnya kinerja pelayanan perangkat daerah" with {@link #NILAI_SAKIP} (Tabel 2.4, first row). */
    public static final Sasaran PELAYANAN = Sasaran.of("Meningkatnya kinerja pelayanan perangkat daerah",
            List.of(NILAI_SAKIP));

    /** Sasaran "Meningkatnya Pemberdayaan Masyarakat dan Komunitas" with {@link #IPMAS} (Tabel 2.4). */
    public static final Sasaran PEMBERDAYAAN = Sasaran.of("Meningkatnya Pemberdayaan Masyarakat dan Komunitas",
            List.of(IPMAS));

    /**
     * Sasaran "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara Terpadu" with
     * {@link #KEPUASAN_PRASARANA} (Tabel 2.4).
     */
    public static final Sasaran PEMERATAAN = Sasaran.of(
            "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara Terpadu",
            List.of(KEPUASAN_PRASARANA));

    /**
     * Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota, sasaran {@link #PELAYANAN}: pagu
     * Rp 19.072.791.175 (Tabel 2.4), realisasi Rp 16.822.811.324 (Bab III.B, row C; 88,20 %).
     */
    public static final Program PENUNJANG = program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            19_072_791_175L, 16_822_811_324L);

    /**
     * Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik, sasaran {@link #PELAYANAN}: pagu
     * Rp 4.942.280.380 (Tabel 2.4), realisasi Rp 4.679.836.059 (Bab III.B, row D, which names it
     * "Program Penyelenggaraan Urusan Pemerintahan dan Pelayanan Umum"; 94,69 %).
     */
    public static final Program PELAYANAN_PUBLIK = program("Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik",
            4_942_280_380L, 4_679_836_059L);

    /**
     * Program Penyelenggaraan Urusan Pemerintahan Umum, sasaran {@link #PELAYANAN}: pagu Rp 63.163.000
     * (Tabel 2.4), realisasi Rp 44.815.500 (Bab III.B, row E; 70,95 %).
     */
    public static final Program PEMERINTAHAN_UMUM = program("Program Penyelenggaraan Urusan Pemerintahan Umum",
            63_163_000L, 44_815_500L);

    /**
     * Program Koordinasi Ketentraman Dan Ketertiban Umum, sasaran {@link #PEMBERDAYAAN}: pagu
     * Rp 418.601.325 (Tabel 2.4), realisasi Rp 395.246.192 (Bab III.B, row A; 94,42 %).
     */
    public static final Program KETENTRAMAN = program("Program Koordinasi Ketentraman Dan Ketertiban Umum",
            418_601_325L, 395_246_192L);

    /**
     * Program Pemberdayaan Masyarakat Desa Dan Kelurahan, sasaran {@link #PEMERATAAN}: pagu
     * Rp 15.856.565.120 (Tabel 2.4), realisasi Rp 15.411.591.203 (Bab III.B, row B; 97,19 %). The
     * efficiency table (Tabel 3.4, column 7) prints 15.411.491.203 instead; only the budget table's
     * amount adds up to the total belanja Rp 37.354.300.278 of Bab III.B, so it is the one kept here.
     */
    public static final Program PEMBERDAYAAN_KELURAHAN = program("Program Pemberdayaan Masyarakat Desa Dan Kelurahan",
            15_856_565_120L, 15_411_591_203L);

    /**
     * Rasio Linmas per RT, the indicator of {@link #KETENTRAMAN} in Tabel 3.4 (Keberhasilan/Kegagalan), a
     * ratio, higher is better. The report's full label adds "(--> mendukung indeks rasa aman--> data kota
     * 0,5---> target kota 2023 --> rasio 1)". It is the only program indicator whose counts the report
     * gives: {@link #JUMLAH_LINMAS} and {@link #JUMLAH_RT}.
     */
    public static final Indikator RASIO_LINMAS = Indikator.of("Rasio Linmas per RT", Satuan.RASIO, Polaritas.POSITIF);

    /** The target 2021 of {@link #RASIO_LINMAS}: 0,65 (Tabel 3.4, Keberhasilan/Kegagalan, column 6). */
    public static final Target TARGET_RASIO_LINMAS = Target.of(TAHUN, new BigDecimal("0.65"));

    /**
     * The realisasi 2021 of {@link #RASIO_LINMAS} as printed: 0,87 (Tabel 3.4, Keberhasilan/Kegagalan,
     * column 7); 588 / 679 = 0,8659... rounded half up.
     */
    public static final Realisasi REALISASI_RASIO_LINMAS = Realisasi.of(TAHUN, new BigDecimal("0.87"));

    /** The number of Linmas members, 588 ("jumlah Linmas = 588 orang", Tabel 3.4, Keberhasilan/Kegagalan). */
    public static final BigDecimal JUMLAH_LINMAS = new BigDecimal("588");

    /** The number of RT in the kecamatan, 679 ("jumlah RT = 679", Tabel 3.4, Keberhasilan/Kegagalan). */
    public static final BigDecimal JUMLAH_RT = new BigDecimal("679");

    /**
     * The penyerapan (budget absorption) of 2020: 96,30 % (Bab IV.A: "turun sebesar 3,73% dari realisasi
     * belanja pada tahun 2020 yang tercatat 96,30%").
     */
    public static final Persen PENYERAPAN_2020 = Persen.of(new BigDecimal("96.30"));

    private Klojen2021() {
    }

    /**
     * The tujuan "Terwujudnya Kecamatan Yang Profesional dan Akuntabel" with its own indicator {@link #IKM}
     * and the sasaran {@link #PELAYANAN}, {@link #PEMBERDAYAAN}, {@link #PEMERATAAN} (Tabel 2.1).
     *
     * @return the tujuan, never null
     */
    public static Tujuan tujuan() {
        return Tujuan.of("Terwujudnya Kecamatan Yang Profesional dan Akuntabel", List.of(IKM),
                List.of(PELAYANAN, PEMBERDAYAAN, PEMERATAAN));
    }

    /**
     * The Perjanjian Kinerja 2021 in the order of Tabel 2.4: {@link #PELAYANAN} (Nilai SAKIP OPD target
     * 80,01; programs {@link #PENUNJANG}, {@link #PELAYANAN_PUBLIK}, {@link #PEMERINTAHAN_UMUM}),
     * {@link #PEMBERDAYAAN} (IPMas 86,80; {@link #KETENTRAMAN}), {@link #PEMERATAAN} (Indeks Kepuasan
     * Layanan Prasarana Sarana Publik 3,13; {@link #PEMBERDAYAAN_KELURAHAN}). Total pagu Rp 40.353.401.000
     * ("Total Anggaran 2021"), total realisasi Rp 37.354.300.278 (Bab III.B).
     *
     * @return the agreement, never null
     */
    public static PerjanjianKinerja perjanjianKinerja() {
        return PerjanjianKinerja.of(TAHUN, List.of(
                komitmen(PELAYANAN, NILAI_SAKIP, "80.01", PENUNJANG, PELAYANAN_PUBLIK, PEMERINTAHAN_UMUM),
                komitmen(PEMBERDAYAAN, IPMAS, "86.80", KETENTRAMAN),
                komitmen(PEMERATAAN, KEPUASAN_PRASARANA, "3.13", PEMBERDAYAAN_KELURAHAN)));
    }

    /**
     * The Renstra 2018-2023 with every realisasi the report gives, up to 2021; see {@link #renstraSampai}.
     *
     * @return the Renstra, never null
     */
    public static Renstra renstra() {
        return renstraSampai(TAHUN);
    }

    /**
     * The Renstra 2018-2023 as it stood once the realisasi of {@code tahun} was known. Targets 2019-2023 of
     * Tabel 2.3: Nilai SAKIP OPD 80,00 / 80,00 / 80,01 / 80,01 / 80,02; IPMas 83,60 / 85,20 / 86,80 /
     * 88,40 / 90,00; Indeks Kepuasan Layanan Prasarana Sarana Publik 3,13 every year. Realisasi of
     * Tabel 3.2 up to {@code tahun}: Nilai SAKIP OPD 75,74 / 76,26 / 76,57 / 87,80 (2018-2021); IPMas
     * 67,8 / 83,00 / 80,98 and the Indeks Kepuasan 3,78 / 4,02 / 4,40 (2019-2021). Both print "NA" for
     * 2018: not measured, so absent, never zero.
     *
     * @param tahun the last year whose realisasi is included, for example 2020 for the Renstra before
     *     2021 was measured; not null
     * @return the Renstra, never null
     */
    public static Renstra renstraSampai(Tahun tahun) {
        Renstra r = Renstra.of(PERIODE_RENSTRA);
        r = withTargets(r, NILAI_SAKIP, "80.00", "80.00", "80.01", "80.01", "80.02");
        r = withTargets(r, IPMAS, "83.60", "85.20", "86.80", "88.40", "90.00");
        r = withTargets(r, KEPUASAN_PRASARANA, "3.13", "3.13", "3.13", "3.13", "3.13");
        r = withRealisasi(r, tahun, NILAI_SAKIP, 2018, "75.74", "76.26", "76.57", "87.80");
        r = withRealisasi(r, tahun, IPMAS, 2019, "67.8", "83.00", "80.98");
        return withRealisasi(r, tahun, KEPUASAN_PRASARANA, 2019, "3.78", "4.02", "4.40");
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

    private static Renstra withRealisasi(Renstra renstra, Tahun sampai, Indikator indikator, int firstYear,
            String... values) {
        Renstra r = renstra;
        for (int i = 0; i < values.length && firstYear + i <= sampai.getValue(); i++) {
            r = r.withRealisasi(indikator, Realisasi.of(Tahun.of(firstYear + i), new BigDecimal(values[i])));
        }
        return r;
    }
}
