package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.time.DateTimeException;
import java.time.Year;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import javax.annotation.Nullable;

/**
 * A fiscal year (tahun anggaran), from 1945 to 9999. The Indonesian fiscal year is the calendar
 * year (UU 17/2003 Pasal 4), so {@code Tahun.of(2021)} is 1 January to 31 December 2021.
 *
 * <p>Example: {@code Tahun.of(2021).minus(1)} is the year before, {@code Tahun.parse("2021")}
 * reads what {@link #toString()} prints.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tahun implements Comparable<Tahun> {
    /** The smallest year accepted: 1945. */
    public static final int MIN = 1945;
    /** The largest year accepted: 9999. */
    public static final int MAX = 9999;

    private final int value;

    private Tahun(int value) {
        this.value = value;
    }

    /**
     * Obtains a year.
     *
     * @param value the year, from {@value #MIN} to {@value #MAX}
     * @return the year, never null
     * @throws SakipException when the year is out of range
     */
    @JsonCreator
    public static Tahun of(int value) {
        return of((long) value);
    }

    private static Tahun of(long value) {
        if (value < MIN || value > MAX) {
            throw new SakipException(
                    "Tahun.value must be between " + MIN + " and " + MAX + ", was " + value);
        }
        return new Tahun((int) value);
    }

    /**
     * Reads a year of four digits, such as {@code "2021"}.
     *
     * @param text the text, not null
     * @return the year, never null
     * @throws SakipParseException when the text is not four digits or out of range
     */
    public static Tahun parse(String text) {
        if (text == null) {
            throw new SakipException("Tahun text must not be null");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new SakipParseException(
                        "Tahun " + Checks.quote(text) + " must be four digits: unexpected character at position " + i,
                        text, i);
            }
        }
        if (text.length() != 4) {
            throw new SakipParseException(
                    "Tahun " + Checks.quote(text) + " must be four digits, had " + text.length(), text, 0);
        }
        int value = Integer.parseInt(text);
        if (value < MIN) {
            throw new SakipParseException(
                    "Tahun " + Checks.quote(text) + " must be between " + MIN + " and " + MAX + ", was " + value,
                    text, 0);
        }
        return of(value);
    }

    /**
     * Reads the four-digit year that begins at {@code start} of a longer text (a {@link Periode}
     * or a {@link Triwulan}), so that a fault is reported with the whole text and its position in
     * it, not with the four characters cut out of it.
     */
    static Tahun parse(String text, int start, String jenis) {
        try {
            return parse(text.substring(start, start + 4));
        } catch (SakipParseException e) {
            int at = start + e.getErrorIndex();
            throw new SakipParseException(jenis + " " + Checks.quote(text) + " must have a four-digit year at position "
                    + start + ": unexpected character at position " + at, text, at);
        }
    }

    /**
     * The year as a number.
     *
     * @return the year, from {@value #MIN} to {@value #MAX}
     */
    @JsonValue
    public int getValue() {
        return value;
    }

    /**
     * Obtains the year of a date-time object, such as a {@link Year}, a {@link java.time.LocalDate}
     * or a {@link java.time.YearMonth}: {@code Tahun.from(Year.of(2021))} is 2021, and
     * {@code Tahun.from(LocalDate.now())} the current fiscal year (the calendar year, UU 17/2003
     * Pasal 4).
     *
     * @param temporal the object, in the ISO calendar, not null
     * @return the year, never null
     * @throws SakipException when the object is null, has no ISO year, or the year is out of range
     */
    public static Tahun from(TemporalAccessor temporal) {
        Checks.notNull(temporal, "Tahun.from temporal");
        try {
            Checks.check(IsoChronology.INSTANCE.equals(Chronology.from(temporal)),
                    "Tahun.from needs a date of the ISO calendar, was %s", temporal);
            return of(temporal.getLong(ChronoField.YEAR));
        } catch (DateTimeException e) {
            throw new SakipException("Tahun.from needs a year, " + temporal + " has none", e);
        }
    }

    /**
     * This year as a {@link Year}.
     *
     * @return the year, never null
     */
    public Year toYear() {
        return Year.of(value);
    }

    /**
     * The year {@code years} later.
     *
     * @param years the number of years to add, may be negative
     * @return the later year, never null
     * @throws SakipException when the result is out of range
     */
    public Tahun plus(int years) {
        return of((long) value + years);
    }

    /**
     * The year {@code years} earlier.
     *
     * @param years the number of years to subtract, may be negative
     * @return the earlier year, never null
     * @throws SakipException when the result is out of range
     */
    public Tahun minus(int years) {
        return of((long) value - years);
    }

    /**
     * Whether this year is before the other.
     *
     * @param other the other year, not null
     * @return true when this year is earlier
     */
    public boolean isBefore(Tahun other) {
        Checks.notNull(other, "Tahun.isBefore other");
        return value < other.value;
    }

    /**
     * Whether this year is after the other.
     *
     * @param other the other year, not null
     * @return true when this year is later
     */
    public boolean isAfter(Tahun other) {
        Checks.notNull(other, "Tahun.isAfter other");
        return value > other.value;
    }

    @Override
    public int compareTo(Tahun other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Tahun && ((Tahun) obj).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /**
     * The year as four digits, for example {@code 2021}.
     *
     * @return the text that {@link #parse(String)} reads
     */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
