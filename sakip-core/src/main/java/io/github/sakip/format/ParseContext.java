package io.github.sakip.format;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipParseException;
import java.util.Locale;

/**
 * The text being read and what it should be, so that every fault is reported the same way:
 * {@code Angka "1.23.4" is not a number in Indonesian format: a group of 2 digits at position 2,
 * groups after the first must have 3}.
 */
final class ParseContext {
    private final String input;
    private final String field;
    private final String kind;
    private final Notation notation;

    /**
     * @param input the whole text being read
     * @param field the field named in messages: {@code "Angka"}, {@code "Persen"}, {@code "Rupiah"}
     * @param kind what the text should be: {@code "a number"}, {@code "a percentage"}, ...
     * @param notation the separators expected
     */
    ParseContext(String input, String field, String kind, Notation notation) {
        this.input = input;
        this.field = field;
        this.kind = kind;
        this.notation = notation;
    }

    String input() {
        return input;
    }

    Notation notation() {
        return notation;
    }

    /**
     * The exception for a fault at {@code position}.
     *
     * @param position the zero-based position of the fault, at most the length of the input
     * @param what what was found there, for example {@code "a group of 2 digits"}
     * @param rule the rule it breaks, for example {@code "groups after the first must have 3"}
     */
    SakipParseException error(int position, String what, String rule) {
        String message = field + " " + Checks.quote(input) + " is not " + kind + " in " + notation.label()
                + " format: " + what + " at position " + position + ", " + rule;
        return new SakipParseException(message, input, position);
    }

    /** The exception for a character that has no place at {@code position}. */
    SakipParseException unexpected(int position) {
        char c = input.charAt(position);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        if (AngkaParser.isSign(c)) {
            return error(position, "a sign '" + c + "'", "a sign may only come first");
        }
        if (Character.isDigit(c)) {
            return error(position, "a non-ASCII digit '" + c + "' (" + code + ")",
                    "only the digits 0-9 are read");
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return error(position, c == ' ' ? "a space" : "a space character " + code,
                    "a number has no spaces; trim the text first");
        }
        return error(position, "an unexpected character '" + c + "' (" + code + ")",
                "a number has only digits, one sign first and the separators of its format");
    }

    /**
     * Whether {@code c} may stand between a number and its unit ({@code Rp 1.000}, {@code 80 %}):
     * a space, a no-break space (U+00A0) or a narrow no-break space (U+202F), as word processors
     * put there.
     */
    static boolean isUnitGap(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }
}
