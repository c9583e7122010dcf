package io.github.sakip.examples.lkjip;

import io.github.sakip.format.AngkaFormat;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Target;
import io.github.sakip.reviu.Hitungan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How the example prints figures: as the report prints them, in Indonesian format
 * ({@link AngkaFormat#INDONESIA}): printed figures at their printed scale, recomputed ones at two
 * decimals {@code HALF_UP} ({@link Pembulatan#STANDAR}, the library's default), Rupiah without
 * sen when there are none; a figure that is absent is an empty cell.
 */
final class Angka {

    private static final AngkaFormat RUPIAH = AngkaFormat.INDONESIA.withDesimal(0, RoundingMode.UNNECESSARY);
    private static final AngkaFormat RUPIAH_SEN = AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.UNNECESSARY);

    private Angka() {
    }

    /** A printed figure, at its printed scale. */
    static String dicetak(Optional<BigDecimal> nilai) {
        return nilai.map(AngkaFormat.INDONESIA::format).orElse("");
    }

    /** A recomputed figure, at two decimals HALF_UP. */
    static String dihitung(Optional<Hitungan> hitungan) {
        return hitungan.map(h -> AngkaFormat.INDONESIA.format(h.bulatkan(Pembulatan.STANDAR))).orElse("");
    }

    /** A value, at its own scale. */
    static String nilai(BigDecimal nilai) {
        return AngkaFormat.INDONESIA.format(nilai);
    }

    /** A target: {@code 0,65}, or a range {@code 80-90}. */
    static String target(Target target) {
        return target.isRentang() ? nilai(target.getBawah()) + "-" + nilai(target.getAtas()) : nilai(target.getNilai());
    }

    /** An amount of Rupiah: {@code 40.353.401.000}, with sen only when there are some. */
    static String rupiah(BigDecimal nilai) {
        return nilai.stripTrailingZeros().scale() <= 0 ? RUPIAH.format(nilai) : RUPIAH_SEN.format(nilai);
    }

    /** A recomputed amount of Rupiah. */
    static String rupiah(Optional<Hitungan> hitungan) {
        return hitungan.flatMap(Hitungan::getEksak).map(Angka::rupiah).orElse("");
    }
}
