package contoh.dinassosial;

import io.github.sakip.model.AturanCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A Dinas Sosial's Perjanjian Kinerja 2024 and its realisasi: three sasaran, five indicators (one
 * lower-is-better with its own formula, one range target, one without realisasi), a program per
 * sasaran with its budget.
 */
public final class DinasSosial {
    public static final Tahun TAHUN = Tahun.of(2024);
    public static final Indikator PMKS = Indikator.of("Persentase PMKS yang tertangani", Satuan.PERSEN,
            Polaritas.POSITIF).withKode("IKU-1");
    public static final Indikator KEMISKINAN = Indikator.of("Persentase penduduk miskin", Satuan.PERSEN,
            Polaritas.NEGATIF).withKode("IKU-2");
    /** Lower is better, and its Manual IKU divides target by realisasi. */
    public static final Indikator WAKTU = Indikator.of("Rata-rata waktu penyaluran bantuan", Satuan.of("hari"),
            Polaritas.NEGATIF).withKode("IKU-3")
            .withAturan(AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO));
    public static final Indikator KEPUASAN = Indikator.of("Indeks kepuasan penerima bantuan", Satuan.INDEKS,
            Polaritas.POSITIF).withKode("IKU-4");
    public static final Indikator PANTI = Indikator.of("Persentase panti terakreditasi", Satuan.PERSEN,
            Polaritas.POSITIF).withKode("IKU-5");

    private DinasSosial() {
    }

    public static PerjanjianKinerja perjanjianKinerja() {
        Sasaran perlindungan = Sasaran.of("Meningkatnya perlindungan sosial", List.of(PMKS, KEMISKINAN));
        Sasaran layanan = Sasaran.of("Meningkatnya kualitas layanan sosial", List.of(WAKTU, KEPUASAN));
        Sasaran kelembagaan = Sasaran.of("Meningkatnya kualitas kelembagaan sosial", List.of(PANTI));
        return PerjanjianKinerja.of(TAHUN, List.of(
                KomitmenSasaran.of(perlindungan, Map.of(PMKS, target("80"), KEMISKINAN, target("9.5")),
                        List.of(program("Program Rehabilitasi Sosial", 2_000_000_000L, 1_800_000_000L))),
                KomitmenSasaran.of(layanan, Map.of(WAKTU, target("7"), KEPUASAN,
                        Target.rentang(TAHUN, new BigDecimal("80"), new BigDecimal("90"))),
                        List.of(program("Program Perlindungan dan Jaminan Sosial", 3_000_000_000L, 2_850_000_000L))),
                KomitmenSasaran.of(kelembagaan, Map.of(PANTI, target("50")),
                        List.of(program("Program Pemberdayaan Sosial", 500_000_000L, 410_000_000L)))));
    }

    /** What was measured: PANTI was not (tidak terukur). */
    public static Map<Indikator, Realisasi> realisasi() {
        return Map.of(PMKS, realisasi("84"), KEMISKINAN, realisasi("9.8"), WAKTU, realisasi("5"),
                KEPUASAN, realisasi("92"));
    }

    private static Target target(String nilai) {
        return Target.of(TAHUN, new BigDecimal(nilai));
    }

    private static Realisasi realisasi(String nilai) {
        return Realisasi.of(TAHUN, new BigDecimal(nilai));
    }

    private static Program program(String nama, long pagu, long realisasi) {
        return Program.of(nama, Pagu.of(TAHUN, Rupiah.of(pagu)))
                .withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.of(realisasi)));
    }
}
