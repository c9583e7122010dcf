package io.github.sakip.tren;

import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Which of two values is better by a polarity (keunggulan): the one rule behind
 * {@link ArahKinerja} and "on track", so both read the polarity the same way. Exact comparisons,
 * no rounding.
 */
final class Keunggulan {

    private Keunggulan() {
    }

    /**
     * Compares two values by polarity.
     *
     * @return positive when {@code a} is better than {@code b}, negative when worse, zero when
     *     equally good; empty for {@code STABIL} without a target
     */
    static Optional<Integer> banding(Polaritas polaritas, BigDecimal a, BigDecimal b, Optional<Target> target) {
        switch (polaritas) {
            case POSITIF:
                return Optional.of(Integer.signum(a.compareTo(b)));
            case NEGATIF:
                return Optional.of(Integer.signum(b.compareTo(a)));
            default:
                return target.map(t -> Integer.signum(jarak(b, t).compareTo(jarak(a, t))));
        }
    }

    /** The distance of a value from a target: zero inside a range, else to the nearer bound. */
    static BigDecimal jarak(BigDecimal nilai, Target target) {
        if (nilai.compareTo(target.getBawah()) < 0) {
            return target.getBawah().subtract(nilai);
        }
        if (nilai.compareTo(target.getAtas()) > 0) {
            return nilai.subtract(target.getAtas());
        }
        return BigDecimal.ZERO;
    }

    static Optional<ArahKinerja> arahKinerja(Polaritas polaritas, BigDecimal sesudah, BigDecimal sebelum,
            Optional<Target> target) {
        return banding(polaritas, sesudah, sebelum, target)
                .map(c -> c > 0 ? ArahKinerja.MEMBAIK : c < 0 ? ArahKinerja.MEMBURUK : ArahKinerja.TETAP);
    }
}
