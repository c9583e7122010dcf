package io.github.sakip.capaian;

import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;

/**
 * An exact fraction of two decimals with a positive denominator, so that sums, means and
 * comparisons of capaian stay exact until the one rounding at the end ({@link Pembulatan#bagi}).
 * Internal; immutable and thread-safe.
 */
final class Pecahan implements Comparable<Pecahan> {
    static final Pecahan NOL = new Pecahan(BigDecimal.ZERO, BigDecimal.ONE);
    static final Pecahan SERATUS = new Pecahan(BigDecimal.valueOf(100), BigDecimal.ONE);

    private final BigDecimal pembilang;
    private final BigDecimal penyebut;

    private Pecahan(BigDecimal pembilang, BigDecimal penyebut) {
        this.pembilang = pembilang;
        this.penyebut = penyebut;
    }

    /** A fraction; the caller guarantees a denominator above zero. */
    static Pecahan of(BigDecimal pembilang, BigDecimal penyebut) {
        if (penyebut.signum() <= 0) {
            throw new IllegalStateException("Pecahan penyebut must be > 0, was " + penyebut);
        }
        return new Pecahan(pembilang, penyebut);
    }

    static Pecahan of(BigDecimal nilai) {
        return new Pecahan(nilai, BigDecimal.ONE);
    }

    static Pecahan of(Persen persen) {
        return of(persen.getNilai());
    }

    BigDecimal getPembilang() {
        return pembilang;
    }

    BigDecimal getPenyebut() {
        return penyebut;
    }

    Pecahan plus(Pecahan other) {
        if (penyebut.compareTo(other.penyebut) == 0) {
            return new Pecahan(pembilang.add(other.pembilang), penyebut);
        }
        return new Pecahan(pembilang.multiply(other.penyebut).add(other.pembilang.multiply(penyebut)),
                penyebut.multiply(other.penyebut));
    }

    Pecahan kali(BigDecimal faktor) {
        return new Pecahan(pembilang.multiply(faktor), penyebut);
    }

    /** This fraction divided by a positive number. */
    Pecahan bagi(BigDecimal positif) {
        return of(pembilang, penyebut.multiply(positif));
    }

    Pecahan min(Pecahan other) {
        return compareTo(other) <= 0 ? this : other;
    }

    Pecahan max(Pecahan other) {
        return compareTo(other) >= 0 ? this : other;
    }

    Persen bulatkan(Pembulatan pembulatan) {
        return Persen.of(pembulatan.bagi(pembilang, penyebut));
    }

    @Override
    public int compareTo(Pecahan other) {
        return pembilang.multiply(other.penyebut).compareTo(other.pembilang.multiply(penyebut));
    }

    @Override
    public String toString() {
        return pembilang.toPlainString() + "/" + penyebut.toPlainString();
    }
}
