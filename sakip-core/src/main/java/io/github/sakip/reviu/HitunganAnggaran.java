package io.github.sakip.reviu;

import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.anggaran.PerubahanPenyerapan;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Program;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import java.util.Optional;

/**
 * The budget figures of a report: pagu, realisasi and penyerapan of each program (Klojen LKjIP
 * 2021, Tabel 3.3), of each sasaran with its efisiensi (Tabel 3.4) and of the agency, and the
 * change of the agency's penyerapan from the year before (Bab III.B). The penyerapan and efisiensi
 * of a sasaran and of the agency are those of the {@link HitunganPengukuran measurement}; a
 * program's, which a measurement does not hold, is {@link RumusPenyerapan}'s. Pagu are the
 * programs' sums as the data give them.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HitunganAnggaran {

    private final HitunganIndikator indikator;
    private final HitunganPengukuran pengukuran;
    private final DataLkjip data;

    HitunganAnggaran(HitunganIndikator indikator, HitunganPengukuran pengukuran) {
        this.indikator = indikator;
        this.pengukuran = pengukuran;
        this.data = indikator.data();
    }

    Optional<Hitungan> program(JenisBesaran jenis, Program program) {
        switch (jenis) {
            case PAGU:
                return Optional.of(Hitungan.eksak(program.getTotalPagu().getNilai(), "pagu"));
            case REALISASI_ANGGARAN:
                return program.getTotalRealisasi().map(r -> Hitungan.eksak(r.getNilai(), "realisasi anggaran"));
            case PENYERAPAN:
                return program.getTotalRealisasi()
                        .flatMap(r -> penyerapan(RumusPenyerapan.standar().hitung(PosAnggaran.of(program))));
            default:
                throw new IllegalStateException(jenis + " does not refer to a program");
        }
    }

    Optional<Hitungan> sasaran(JenisBesaran jenis, Sasaran sasaran) {
        KomitmenSasaran k = pengukuran.komitmen(sasaran);
        switch (jenis) {
            case PAGU_SASARAN:
                Rupiah pagu = Rupiah.total(k.getProgram().stream().map(Program::getTotalPagu).toList());
                return Optional.of(Hitungan.eksak(pagu.getNilai(), "jumlah pagu " + k.getProgram().size() + " program"));
            case REALISASI_ANGGARAN_SASARAN:
                return penyerapan(k).map(p -> Hitungan.eksak(p.getRealisasi().getNilai(), "jumlah realisasi "
                        + k.getProgram().size() + " program"));
            case PENYERAPAN_SASARAN:
                return penyerapan(k).flatMap(HitunganAnggaran::penyerapan);
            case EFISIENSI:
                return efisiensi(sasaran).map(e -> Hitungan.of(
                        p -> RumusEfisiensi.standar().withPembulatan(p).hitung(e.getCapaian(), e.getPenyerapan())
                                .getNilai().getNilai(),
                        Teks.angka(e.getCapaian().getNilai()) + " / " + Teks.angka(e.getPenyerapan().getNilai())
                                + " x 100"));
            case SISA_ANGGARAN_SASARAN:
                return efisiensi(sasaran).map(e -> Hitungan.eksak(e.getPenghematan().getNilai(),
                        "100 - " + Teks.angka(e.getPenyerapan().getNilai())));
            default:
                throw new IllegalStateException(jenis + " does not refer to a sasaran");
        }
    }

    Optional<Hitungan> laporan(JenisBesaran jenis) {
        switch (jenis) {
            case TOTAL_PAGU:
                return Optional.of(Hitungan.eksak(data.getPerjanjianKinerja().getTotalPagu().getNilai(),
                        "jumlah pagu semua program"));
            case TOTAL_REALISASI_ANGGARAN:
                return penyerapanInstansi().map(p -> Hitungan.eksak(p.getRealisasi().getNilai(),
                        "jumlah realisasi semua program"));
            case PENYERAPAN_TOTAL:
                return penyerapanInstansi().flatMap(HitunganAnggaran::penyerapan);
            case PENYERAPAN_TOTAL_SEBELUMNYA:
                return data.getPenyerapanSebelumnya().map(p -> Hitungan.eksak(p.getNilai(),
                        "penyerapan tahun sebelumnya"));
            case PERUBAHAN_PENYERAPAN_TOTAL:
                Tahun tahun = data.getTahun();
                return perubahanPenyerapan().map(c -> Hitungan.eksak(c.getSelisih(),
                        Teks.angka(c.getSekarang().getNilai()) + " - " + Teks.angka(c.getSebelumnya().getNilai())
                                + " (penyerapan " + tahun + " dibulatkan "
                                + Teks.pembulatan(indikator.pembulatanMasukan())
                                + ", dikurangi penyerapan tahun sebelumnya)"));
            default:
                throw new IllegalStateException(jenis + " is not a budget figure of the report");
        }
    }

    /** The efisiensi of a sasaran from its capaian and penyerapan as a report prints them. */
    Optional<Efisiensi> efisiensi(Sasaran sasaran) {
        return pengukuran.sasaran(pengukuran.rumusMasukan(), sasaran).getEfisiensi();
    }

    /** The change of the agency's penyerapan, this year's as a report prints it. */
    Optional<PerubahanPenyerapan> perubahanPenyerapan() {
        return data.getPenyerapanSebelumnya().flatMap(sebelumnya -> pengukuran.hitung(pengukuran.rumusMasukan())
                .getPenyerapan().flatMap(Penyerapan::getPersen)
                .map(sekarang -> PerubahanPenyerapan.of(sebelumnya, sekarang)));
    }

    /** The budget node of a sasaran, empty without programs or when a program's realisasi is not reported. */
    Optional<PosAnggaran> pos(Sasaran sasaran) {
        KomitmenSasaran k = pengukuran.komitmen(sasaran);
        if (k.getProgram().isEmpty() || k.getProgram().stream().anyMatch(p -> p.getTotalRealisasi().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(PosAnggaran.of(k));
    }

    /** The budget node of the agency, empty when a program's realisasi is not reported. */
    Optional<PosAnggaran> posInstansi() {
        if (data.getPerjanjianKinerja().getProgram().stream().anyMatch(p -> p.getTotalRealisasi().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(PosAnggaran.of(data.getInstansi(), data.getPerjanjianKinerja()));
    }

    /** The penyerapan of a sasaran's programs in the measurement; a sasaran without programs has none. */
    private Optional<Penyerapan> penyerapan(KomitmenSasaran k) {
        if (k.getProgram().isEmpty()) {
            return Optional.empty();
        }
        return pengukuran.sasaran(pengukuran.rumus(), k.getSasaran()).getPenyerapan();
    }

    private Optional<Penyerapan> penyerapanInstansi() {
        return pengukuran.hitung(pengukuran.rumus()).getPenyerapan();
    }

    /** A penyerapan as a figure rounded by the policy asked. */
    private static Optional<Hitungan> penyerapan(Penyerapan x) {
        return x.getPersen().map(persen -> Hitungan.of(
                p -> RumusPenyerapan.standar().withPembulatan(p).hitung(x.getPagu(), x.getRealisasi()).getPersen()
                        .map(Persen::getNilai).orElseThrow(),
                Teks.angka(x.getRealisasi().getNilai()) + " / " + Teks.angka(x.getPagu().getNilai()) + " x 100"));
    }
}
