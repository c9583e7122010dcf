package io.github.sakip.testing;

import java.math.BigDecimal;

/** Reads a number written the Indonesian way ("109,74", "1.234,56", "109,74%") or plainly ("109.74"). */
final class AngkaTeks {

    private AngkaTeks() {
    }

    static BigDecimal parse(String text) {
        String s = text.trim();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.indexOf(',') >= 0) {
            s = s.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: \"" + text + "\" (write 109,74 or 109.74)", e);
        }
    }
}
