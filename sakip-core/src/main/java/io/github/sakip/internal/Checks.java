package io.github.sakip.internal;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * Argument checks that throw {@link SakipException} with a message naming the field, the value
 * and the rule, in the manner of Guava's {@code Preconditions}.
 *
 * <p>Public because every package of the library uses it; callers may use it too. Example:
 * <pre>{@code
 * Checks.check(nilai.signum() > 0, "Target.nilai must be > 0 for Polaritas.NEGATIF, was %s", nilai);
 * }</pre>
 *
 * <p>This class is thread-safe and has no state.
 */
public final class Checks {

    /**
     * The most digits a number may have in plain form, before and after the decimal point
     * together: {@value}. A {@link BigDecimal} such as {@code 1E+1000000000} is one digit and a
     * scale, but printing it plainly, rounding it to two decimals or adding 1 to it makes a
     * billion digits and does not finish (or runs out of memory); the library refuses such
     * values where they come in rather than hang. Real figures are far inside the limit: a
     * national budget has 16 digits before the point.
     */
    public static final int MAX_DIGITS = 1000;

    /**
     * The most characters of a text that a message quotes whole: {@value}. A longer text is
     * shortened by {@link #quote(CharSequence)}, so that a megabyte of input does not make a
     * megabyte of message; exceptions that carry the input
     * ({@link SakipParseException#getInput()}) keep all of it.
     */
    public static final int QUOTE_LIMIT = 60;

    private Checks() {
    }

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the rule that must hold
     * @param messageFormat a {@link String#format} pattern naming field, value and rule, not null
     * @param args the values for the pattern
     * @throws SakipException when the condition is false
     */
    public static void check(boolean condition, String messageFormat, @Nullable Object... args) {
        if (!condition) {
            throw new SakipException(String.format(Locale.ROOT, messageFormat, args));
        }
    }

    /**
     * Returns {@code value} when it is not null, else throws.
     *
     * @param <T> the type of the value
     * @param value the value to check, may be null
     * @param field the field name as {@code Type.field}, for example {@code "Indikator.nama"}
     * @return the value, never null
     * @throws SakipException when the value is null: {@code Indikator.nama must not be null}
     */
    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw new SakipException(field + " must not be null");
        }
        return value;
    }

    /**
     * Returns {@code value} when it is not null and not blank, else throws.
     *
     * @param value the text to check, may be null
     * @param field the field name as {@code Type.field}
     * @return the value, never null
     * @throws SakipException when the value is null or blank: empty, or only spaces as
     *     {@link #normalizeSpaces} counts them (white space, Unicode spaces such as the no-break
     *     space U+00A0, and control characters)
     */
    public static String notBlank(@Nullable String value, String field) {
        notNull(value, field);
        check(!value.chars().allMatch(Checks::isSpace), "%s must not be blank, was %s", field, quote(value));
        return value;
    }

    /**
     * Returns {@code value} with its spaces removed at both ends and every inner run of them
     * replaced by one ASCII space, when it is not null and not blank, else throws. For names that
     * are compared, such as a {@code Satuan}: text copied from a word processor or a spreadsheet
     * carries no-break spaces and line breaks that would otherwise make "kg" followed by a
     * no-break space (U+00A0), or "unit" and "usaha" joined by one, a different name from
     * {@code "kg"} or {@code "unit usaha"}.
     *
     * <p>A space is a Unicode space separator ({@link Character#isSpaceChar(char)}: U+0020, the
     * no-break spaces U+00A0, U+2007 and U+202F, the em space U+2003, the ideographic space
     * U+3000, the line and paragraph separators, ...) or a control character
     * ({@link Character#isISOControl(char)}: U+0000 to U+001F, among them tab and line breaks,
     * and U+007F to U+009F, among them the next-line U+0085), which print as nothing. So every
     * character that {@link Character#isWhitespace(char)} accepts, and every one that
     * {@link String#trim()} and {@link String#strip()} remove, is a space here. Zero-width
     * characters (U+200B, U+FEFF) are not spaces and are kept. Example: an em space, {@code Unit},
     * a no-break space, a space, {@code Usaha} and a line break give {@code "Unit Usaha"}.
     *
     * @param value the text, may be null
     * @param field the field name as {@code Type.field}
     * @return the text without spaces at its ends and with single ASCII spaces inside, never null
     * @throws SakipException when the value is null or blank (only spaces, or empty)
     */
    public static String normalizeSpaces(@Nullable String value, String field) {
        notBlank(value, field);
        StringBuilder text = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = text.length() > 0;
            } else {
                if (space) {
                    text.append(' ');
                    space = false;
                }
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * The text in double quotes as messages show it, the one rule for quoting input in the
     * library: whole when it has at most {@link #QUOTE_LIMIT} characters, else its first
     * {@value #QUOTE_LIMIT} characters, {@code ...} and its length. Examples:
     * {@code quote("2021-TW5")} is {@code "2021-TW5"} (with the quotes); a text of a million
     * digits is {@code "111...1..." (1000000 characters)} with 60 digits shown. A surrogate pair is
     * not cut in half: when the 60th character begins one, 59 are shown.
     *
     * @param text the text, not null
     * @return the quoted text, at most {@value #QUOTE_LIMIT} characters of it, never null
     * @throws SakipException when the text is null
     */
    public static String quote(@Nullable CharSequence text) {
        CharSequence t = notNull(text, "Checks.quote text");
        if (t.length() <= QUOTE_LIMIT) {
            return "\"" + t + "\"";
        }
        int end = Character.isHighSurrogate(t.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        return "\"" + t.subSequence(0, end) + "...\" (" + t.length() + " characters)";
    }

    /** Whether {@code c} is a space as {@link #normalizeSpaces} and {@link #notBlank} count it. */
    private static boolean isSpace(int c) {
        // Character.isWhitespace adds nothing: its characters are space separators or controls.
        return Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /**
     * Returns {@code value} when it is not null and has at most {@link #MAX_DIGITS} digits in
     * plain form, else throws. Example: {@code 1E+1000000000} is refused with
     * {@code Target.nilai must have at most 1000 digits in plain form, was 1E+1000000000
     * (1000000001 digits)}; {@code 40353401000.00} has 13 digits and passes. Zero counts as one
     * digit whatever its scale below zero ({@code 0E+5} is {@code 0}).
     *
     * @param value the number to check, may be null
     * @param field the field name as {@code Type.field}
     * @return the value, never null
     * @throws SakipException when the value is null or has more than {@link #MAX_DIGITS} digits
     */
    public static BigDecimal boundedDigits(@Nullable BigDecimal value, String field) {
        notNull(value, field);
        long integerDigits = value.signum() == 0 ? 1L : Math.max(1L, (long) value.precision() - value.scale());
        long digits = integerDigits + Math.max(0, value.scale());
        if (digits > MAX_DIGITS) {
            String shown = value.precision() <= 40 ? value.toString()
                    : "a number of " + value.precision() + " significant digits and scale " + value.scale();
            throw new SakipException(String.format(Locale.ROOT,
                    "%s must have at most %s digits in plain form, was %s (%s digits)", field, MAX_DIGITS, shown,
                    digits));
        }
        return value;
    }

    /**
     * Returns {@code value} when it is not null, not negative and has at most
     * {@link #MAX_DIGITS} digits in plain form, else throws.
     *
     * @param value the number to check, may be null
     * @param field the field name as {@code Type.field}
     * @return the value, never null
     * @throws SakipException when the value is null, below zero or too long
     */
    public static BigDecimal notNegative(@Nullable BigDecimal value, String field) {
        boundedDigits(value, field);
        check(value.signum() >= 0, "%s must be >= 0, was %s", field, value.toPlainString());
        return value;
    }

    /**
     * Returns an unmodifiable copy of the elements when neither the collection nor an element is
     * null, else throws.
     *
     * @param <T> the element type
     * @param values the elements, may be null
     * @param field the field name as {@code Type.field}
     * @return an unmodifiable copy in the same order, never null
     * @throws SakipException naming the field and the index of the first null element
     */
    public static <T> List<T> noNullElements(@Nullable Collection<? extends T> values, String field) {
        notNull(values, field);
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            check(value != null, "%s must not contain null, found one at index %s", field, i);
            copy.add(value);
            i++;
        }
        return Collections.unmodifiableList(copy);
    }
}
