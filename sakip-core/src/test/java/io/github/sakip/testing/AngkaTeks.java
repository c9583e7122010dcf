package io.github.sakip.testing;

import io.github.sakip.format.AngkaFormat;
import io.github.sakip.format.PersenFormat;
import java.math.BigDecimal;

/**
 * Reads an expected number the way a test writes it: the Indonesian way when it has a decimal
 * comma ("109,74", "1.234,56", "109,74 %"), else plainly ("109.74", "110"); strictly, by the
 * library's own formats.
 */
final class AngkaTeks {

    private AngkaTeks() {
    }

    static BigDecimal parse(String text) {
        String s = text.trim();
        AngkaFormat angka = s.indexOf(',') >= 0 ? AngkaFormat.INDONESIA : AngkaFormat.PLAIN;
        return s.endsWith("%") ? PersenFormat.of(angka).parse(s) : angka.parse(s);
    }
}
