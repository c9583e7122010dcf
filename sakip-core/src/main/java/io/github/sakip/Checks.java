package io.github.sakip;

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
     * @throws SakipException when the value is null or blank: empty, or only white space and
     *     Unicode spaces such as the no-break space U+00A0
     */
    public static String notBlank(@Nullable String value, String field) {
        notNull(value, field);
        check(!isBlank(value), "%s must not be blank, was \"%s\"", field, value);
        return value;
    }

    /**
     * Whether every character is white space or a Unicode space, including the no-break spaces
     * (U+00A0, U+2007, U+202F) that {@link String#isBlank()} does not count and that text copied
     * from word processors carries.
     */
    private static boolean isBlank(String value) {
        return value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
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
