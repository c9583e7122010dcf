package io.github.sakip.reviu;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part of the Klojen LKjIP 2021 as a {@link DataLkjip}: the Renstra (Tabel 2.3, 3.2), the Perjanjian
 * Kinerja with its budget (Tabel 2.4 and the realisasi anggaran table), the Linmas program indicator
 * with its counts (Tabel 3.4, Keberhasilan/Kegagalan), the penyerapan of 2020 (Bab IV.A), and the printed
 * figures each test needs.
 * The whole report, from its data file, is tested in sakip-examples.
 */
final class KlojenLkjip {

    static final Tahun TAHUN = Tahun.of(2021);
    static final Indikator SAKIP = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);
    static final Indikator IPMAS = Indikator.of("Indeks Pembangunan Masyarakat (IPMas) Kecamatan", Satuan.INDEKS,
            Polaritas.POSITIF);
    static final Indikator IKLPSP = Indikator.of("Indeks Kepuasan Layanan Prasarana Sarana Publik", Satuan.INDEKS,
            Polaritas.POSITIF);
    static final Sasaran PELAYANAN = Sasaran.of("Meningkatnya kinerja pelayanan perangkat daerah", List.of(SAKIP));
    static final Sasaran PEMBERDAYAAN = Sasaran.of("Meningkatnya Pemberdayaan Masyarakat dan Komunitas",
            List.of(IPMAS));
    static final Sasaran PEMERATAAN = Sasaran.of(
            "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara Terpadu", List.of(IKLPSP));
    static final Program PENUNJANG = program("Program Penunjang", 19_072_791_175L, 16_822_811_324L);
    static final Program PELAYANAN_PUBLIK = program("Program Pelayanan Publik", 4_942_280_380L, 4_679_836_059L);
    static final Program PEMERINTAHAN_UMUM = program("Program Pemerintahan Umum", 63_163_000L, 44_815_500L);
    static final Program KETENTRAMAN = program("Program Koordinasi Ketentraman", 418_601_325L, 395_246_192L);
    static final Program KELURAHAN = program("Program Pemberdayaan Masyarakat Desa Dan Kelurahan", 15_856_565_120L,
            15_411_591_203L);
    static final IndikatorProgram LINMAS = IndikatorProgram.of(KETENTRAMAN,
            Indikator.of("Rasio Linmas per RT", Satuan.RASIO, Polaritas.POSITIF), Target.of(TAHUN, d("0.65")),
            Realisasi.of(TAHUN, d("0.87")), Rincian.of(d("588"), d("679"), BigDecimal.ONE));

    private KlojenLkjip() {
    }

    /** The report's data with the given printed figures and words; penyerapan 2020 96,30 % (Bab IV.A). */
    static DataLkjip data(List<AngkaDicetak> dicetak, List<TerbilangDicetak> terbilang) {
        return tanpaPenyerapanSebelumnya(dicetak, terbilang).withPenyerapanSebelumnya(Persen.of(d("96.30")));
    }

    /** The report's data without the year before's penyerapan. */
    static DataLkjip tanpaPenyerapanSebelumnya(List<AngkaDicetak> dicetak, List<TerbilangDicetak> terbilang) {
        return DataLkjip.of("Kecamatan Klojen", TAHUN, renstra(), perjanjianKinerja(), List.of(LINMAS), dicetak,
                terbilang);
    }

    /** Other data of the same agency and year, to state a rule where the Klojen data do not show it. */
    static DataLkjip data(Renstra renstra, PerjanjianKinerja pk, List<IndikatorProgram> ip, AngkaDicetak... dicetak) {
        return DataLkjip.of("Kecamatan Klojen", TAHUN, renstra, pk, ip, List.of(dicetak), List.of());
    }

    static PerjanjianKinerja perjanjianKinerja() {
        return PerjanjianKinerja.of(TAHUN, List.of(
                komitmen(PELAYANAN, SAKIP, "80.01", PENUNJANG, PELAYANAN_PUBLIK, PEMERINTAHAN_UMUM),
                komitmen(PEMBERDAYAAN, IPMAS, "86.80", KETENTRAMAN),
                komitmen(PEMERATAAN, IKLPSP, "3.13", KELURAHAN)));
    }

    static Renstra renstra() {
        return renstra(true);
    }

    /** The Renstra as it stood before the year was measured: realisasi up to 2020. */
    static Renstra renstraSampai2020() {
        return renstra(false);
    }

    private static Renstra renstra(boolean with2021) {
        Renstra r = Renstra.of(Periode.parse("2018-2023"));
        String[][] targets = {{"80.00", "80.00", "80.01", "80.01", "80.02"}, {"83.60", "85.20", "86.80", "88.40",
            "90.00"}, {"3.13", "3.13", "3.13", "3.13", "3.13"}};
        List<Indikator> all = List.of(SAKIP, IPMAS, IKLPSP);
        for (int i = 0; i < all.size(); i++) {
            for (int y = 0; y < 5; y++) {
                r = r.withTarget(all.get(i), Target.of(Tahun.of(2019 + y), d(targets[i][y])));
            }
        }
        int upTo = with2021 ? 2021 : 2020;
        r = realisasi(r, SAKIP, 2018, upTo, "75.74", "76.26", "76.57", "87.80");
        r = realisasi(r, IPMAS, 2019, upTo, "67.8", "83.00", "80.98");
        return realisasi(r, IKLPSP, 2019, upTo, "3.78", "4.02", "4.40");
    }

    /** A printed figure. */
    static AngkaDicetak dicetak(String tabel, String baris, String kolom, Besaran besaran, String nilai) {
        return AngkaDicetak.of(Lokasi.of(tabel, baris, kolom), besaran, d(nilai), null);
    }

    static List<AngkaDicetak> list(AngkaDicetak... a) {
        return new ArrayList<>(List.of(a));
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Renstra realisasi(Renstra renstra, Indikator indikator, int first, int last, String... values) {
        Renstra r = renstra;
        for (int i = 0; i < values.length && first + i <= last; i++) {
            r = r.withRealisasi(indikator, Realisasi.of(Tahun.of(first + i), d(values[i])));
        }
        return r;
    }

    static Program program(String nama, long pagu, long realisasi) {
        return Program.of(nama, Pagu.of(TAHUN, Rupiah.of(pagu))).withRealisasi(RealisasiAnggaran.of(TAHUN,
                Rupiah.of(realisasi)));
    }

    static KomitmenSasaran komitmen(Sasaran s, Indikator i, String target, Program... programs) {
        return KomitmenSasaran.of(s, Map.of(i, Target.of(TAHUN, d(target))), List.of(programs));
    }
}
