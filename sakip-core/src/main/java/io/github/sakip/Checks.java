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
     * @throws SakipException when the value is null or blank
     */
    public static String notBlank(@Nullable String value, String field) {
        notNull(value, field);
        check(!value.isBlank(), "%s must not be blank, was \"%s\"", field, value);
        return value;
    }

    /**
     * Returns {@code value} when it is not null and not negative, else throws.
     *
     * @param value the number to check, may be null
     * @param field the field name as {@code Type.field}
     * @return the value, never null
     * @throws SakipException when the value is null or below zero
     */
    public static BigDecimal notNegative(@Nullable BigDecimal value, String field) {
        notNull(value, field);
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
