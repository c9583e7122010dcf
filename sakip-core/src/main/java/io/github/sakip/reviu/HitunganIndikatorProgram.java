package io.github.sakip.reviu;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of the table of program indicators (Klojen LKjIP 2021, Tabel 3.5): target,
 * realisasi and capaian of each, from the printed realisasi or from the raw counts behind it, and
 * how many there are and are tercapai. Program indicators are not in the Perjanjian Kinerja, so no
 * {@link io.github.sakip.pengukuran.PengukuranKinerja} measures them; their capaian is
 * {@link RumusCapaian}'s.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HitunganIndikatorProgram {

    private final HitunganIndikator indikator;

    HitunganIndikatorProgram(HitunganIndikator indikator) {
        this.indikator = indikator;
    }

    Optional<Hitungan> hitung(JenisBesaran jenis, IndikatorProgram ip) {
        switch (jenis) {
            case TARGET_PROGRAM:
                return Optional.of(ip.getTarget()).filter(t -> !t.isRentang())
                        .map(t -> Hitungan.eksak(t.getNilai(), "target"));
            case REALISASI_PROGRAM:
                return ip.getRealisasi().map(r -> Hitungan.eksak(r.getNilai(), "realisasi"));
            case CAPAIAN_PROGRAM:
                return capaian(ip).map(indikator::hitungan);
            default:
                throw new IllegalStateException(jenis + " does not refer to a program indicator");
        }
    }

    /** The counts of the report's program indicators: all of them, or those tercapai. */
    Optional<Hitungan> jumlah(JenisBesaran jenis) {
        if (jenis == JenisBesaran.JUMLAH_INDIKATOR_PROGRAM) {
            return Hitungan.jumlah(indikator.data().getIndikatorProgram().size(), "indikator program");
        }
        return Hitungan.jumlah(indikator.data().getIndikatorProgram().stream().map(this::capaian)
                .flatMap(Optional::stream).filter(Capaian::isTercapai).count(), "indikator program tercapai");
    }

    Optional<Capaian> capaian(IndikatorProgram ip) {
        return indikator.rumusCapaian().hitung(ip.getIndikator(), ip.getTarget(), ip.getRealisasi());
    }

    Optional<Capaian> capaianRincian(IndikatorProgram ip) {
        return ip.getRincian().map(r -> capaianRincian(indikator.rumusCapaian(), ip.getIndikator(), ip.getTarget(),
                r));
    }

    /** The capaian from counts, exact: {@code capaian(a / b x k, T) = capaian(a x k, b x T)}. */
    static Capaian capaianRincian(RumusCapaian rumus, Indikator i, Target t, Rincian r) {
        BigDecimal b = r.getPenyebut();
        Target scaled = t.isRentang() ? Target.rentang(t.getTahun(), t.getBawah().multiply(b), t.getAtas().multiply(b))
                : Target.of(t.getTahun(), t.getNilai().multiply(b));
        return rumus.hitung(i, scaled, Realisasi.of(t.getTahun(), r.getPembilang().multiply(r.getPengali())));
    }
}
