package io.github.sakip.tren;

import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;

/**
 * An exact fraction of two decimals with a positive denominator (pecahan): a projection or a slope
 * kept exact until it is rounded once, and compared exactly for decisions such as "on track".
 */
final class Pecahan {
    private final BigDecimal pembilang;
    private final BigDecimal penyebut;

    Pecahan(BigDecimal pembilang, BigDecimal penyebut) {
        if (penyebut.signum() < 0) {
            this.pembilang = pembilang.negate();
            this.penyebut = penyebut.negate();
        } else {
            this.pembilang = pembilang;
            this.penyebut = penyebut;
        }
    }

    BigDecimal bulatkan(Pembulatan pembulatan) {
        return pembulatan.bagi(pembilang, penyebut);
    }

    /** Signum of this fraction minus the value, exact. */
    int compareTo(BigDecimal nilai) {
        return pembilang.compareTo(nilai.multiply(penyebut));
    }

    /** |this - nilai| compared with a non-negative bound, exact. */
    int jarakCompareTo(BigDecimal nilai, BigDecimal batas) {
        return pembilang.subtract(nilai.multiply(penyebut)).abs().compareTo(batas.multiply(penyebut));
    }
}
