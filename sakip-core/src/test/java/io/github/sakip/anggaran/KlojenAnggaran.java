package io.github.sakip.anggaran;

import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Perjanjian Kinerja 2021 of the Klojen LKjIP (Tabel 2.4) with the realisasi anggaran table
 * (Bab III.B): three sasaran, five programs A-E.
 */
final class KlojenAnggaran {
    static final Tahun TAHUN = Tahun.of(2021);
    static final String SASARAN_1 = "Meningkatnya Pemberdayaan Masyarakat dan Komunitas";
    static final String SASARAN_2 = "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara Terpadu";
    static final String SASARAN_3 = "Meningkatnya kinerja pelayanan perangkat daerah";

    static final Program A = program("Program Koordinasi Ketentraman dan Ketertiban Umum", 418_601_325L, 395_246_192L);
    /** The realisasi of the budget table; Tabel 3.4 prints 15.411.491.203, which does not sum to the total. */
    static final Program B = program("Program Pemberdayaan Masyarakat Desa dan Kelurahan", 15_856_565_120L,
            15_411_591_203L);
    static final Program C = program("Program Penunjang Urusan Pemerintahan Daerah Kabupaten / Kota",
            19_072_791_175L, 16_822_811_324L);
    static final Program D = program("Program Penyelenggaraan Urusan Pemerintahan dan Pelayanan Umum",
            4_942_280_380L, 4_679_836_059L);
    static final Program E = program("Program Penyelenggaraan Urusan Pemerintahan Umum", 63_163_000L, 44_815_500L);

    private KlojenAnggaran() {
    }

    static Program program(String nama, long pagu, long realisasi) {
        return Program.of(nama, Pagu.of(TAHUN, Rupiah.of(pagu)))
                .withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.of(realisasi)));
    }

    static KomitmenSasaran komitmen(String sasaran, String indikator, String target, List<Program> program) {
        Indikator i = Indikator.of(indikator, Satuan.INDEKS, Polaritas.POSITIF);
        return KomitmenSasaran.of(Sasaran.of(sasaran, List.of(i)),
                Map.of(i, Target.of(TAHUN, new BigDecimal(target))), program);
    }

    static PerjanjianKinerja perjanjianKinerja() {
        return PerjanjianKinerja.of(TAHUN, List.of(
                komitmen(SASARAN_1, "Indeks Pembangunan Masyarakat (IPMas) Kecamatan", "86.80", List.of(A)),
                komitmen(SASARAN_2, "Indeks Kepuasan Layanan Prasarana Sarana Publik", "3.13", List.of(B)),
                komitmen(SASARAN_3, "Nilai SAKIP OPD", "80.01", List.of(C, D, E))));
    }

    static PosAnggaran klojen() {
        return PosAnggaran.of("Kecamatan Klojen", perjanjianKinerja());
    }
}
