package io.github.sakip.model;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;

/**
 * Reads the plain decimal number inside a text that {@link Persen#toString()} or
 * {@link Rupiah#toString()} printed: an optional leading minus, digits and a decimal point, as
 * {@link BigDecimal#toPlainString()} writes them. The one reader of that grammar in
 * {@code model}; {@code format} reads Indonesian notation and is not used here, so that
 * {@code model} depends on nothing.
 */
final class AngkaPolos {

    private AngkaPolos() {
    }

    /**
     * The number in {@code text} from {@code from} to {@code to} (exclusive).
     *
     * @param text the whole text, not null
     * @param from where the number begins
     * @param to where it ends
     * @param jenis the type read, for messages: {@code "Persen"} or {@code "Rupiah"}
     * @param bentuk what the whole text must be, for messages
     * @throws SakipParseException naming the text and the position when the number is not plain,
     *     has more than 1000 digits or is not a number
     */
    static BigDecimal baca(String text, int from, int to, String jenis, String bentuk) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(c == '-' && i == from)) {
                throw new SakipParseException(jenis + " " + Checks.quote(text) + " " + bentuk
                        + ": unexpected character at position " + i, text, i);
            }
        }
        // A longer text is refused before reading: new BigDecimal(String) takes quadratic time.
        if (to - from > Checks.MAX_DIGITS + 2) {
            throw new SakipParseException(jenis + " " + Checks.quote(text) + " must have at most " + Checks.MAX_DIGITS
                    + " digits", text, from);
        }
        try {
            return new BigDecimal(text.substring(from, to));
        } catch (NumberFormatException e) {
            throw new SakipParseException(jenis + " " + Checks.quote(text) + " is not a plain decimal number", text,
                    from);
        }
    }
}
