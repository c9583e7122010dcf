package io.github.sakip.reviu;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The values a figure computed from rounded printed inputs can take: a realisasi printed 66,7
 * stands for 66,65 to 66,75, so its capaian against 70 is anything from 95,21 to 95,36. A printed
 * figure that some value of the interval rounds to is consistent with its inputs.
 */
record Rentang(BigDecimal bawah, BigDecimal atas) {

    /** Whether a value of the interval, rounded to the printed figure's scale, can be the printed figure. */
    boolean memuat(BigDecimal dicetak) {
        int s = dicetak.scale();
        return dicetak.compareTo(bawah.setScale(s, RoundingMode.FLOOR)) >= 0
                && dicetak.compareTo(atas.setScale(s, RoundingMode.CEILING)) <= 0;
    }

    /** The interval in words: {@code 95,21 s.d. 95,36}. */
    String teks(int skala) {
        return Teks.angka(bawah.setScale(skala, RoundingMode.FLOOR)) + " s.d. "
                + Teks.angka(atas.setScale(skala, RoundingMode.CEILING));
    }
}
