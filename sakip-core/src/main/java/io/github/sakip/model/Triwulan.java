package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import javax.annotation.Nullable;

/**
 * A quarter (triwulan) of a fiscal year: TW I (January-March) to TW IV (October-December).
 * Quarterly realisasi are reported to the e-SAKIP and e-Monev systems per triwulan.
 *
 * <p>Example: {@code Triwulan.of(Tahun.of(2021), 4)} prints as {@code 2021-TW4}, which
 * {@link #parse(String)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Triwulan implements Comparable<Triwulan> {
    private final Tahun tahun;
    private final int ke;

    private Triwulan(Tahun tahun, int ke) {
        this.tahun = tahun;
        this.ke = ke;
    }

    /**
     * Obtains a quarter.
     *
     * @param tahun the year, not null
     * @param ke the quarter number, 1 to 4
     * @return the quarter, never null
     * @throws SakipException when the year is null or the number is not 1 to 4
     */
    public static Triwulan of(Tahun tahun, int ke) {
        if (tahun == null) {
            throw new SakipException("Triwulan.tahun must not be null");
        }
        if (ke < 1 || ke > 4) {
            throw new SakipException("Triwulan.ke must be between 1 and 4, was " + ke);
        }
        return new Triwulan(tahun, ke);
    }

    /**
     * Obtains the quarter of a date-time object that has a month, such as a
     * {@link java.time.LocalDate} or a {@link java.time.YearMonth}: {@code Triwulan.from(YearMonth.of(2021,
     * 5))} is {@code 2021-TW2} (January-March is TW1, April-June TW2, as
     * {@link IsoFields#QUARTER_OF_YEAR} numbers them).
     *
     * @param temporal the object, in the ISO calendar, not null
     * @return the quarter, never null
     * @throws SakipException when the object is null, has no ISO year and month, or the year is out
     *     of range
     */
    public static Triwulan from(TemporalAccessor temporal) {
        Tahun tahun = Tahun.from(temporal);
        try {
            return of(tahun, temporal.get(IsoFields.QUARTER_OF_YEAR));
        } catch (DateTimeException e) {
            throw new SakipException("Triwulan.from needs a month, " + temporal + " has none", e);
        }
    }

    /**
     * The first day of this quarter: 1 April 2021 for {@code 2021-TW2}.
     *
     * @return the date, never null
     */
    public LocalDate getTanggalAwal() {
        return LocalDate.of(tahun.getValue(), 3 * ke - 2, 1);
    }

    /**
     * The last day of this quarter: 30 June 2021 for {@code 2021-TW2}.
     *
     * @return the date, never null
     */
    public LocalDate getTanggalAkhir() {
        return YearMonth.of(tahun.getValue(), 3 * ke).atEndOfMonth();
    }

    /**
     * Reads a quarter as {@link #toString()} prints it, for example {@code "2021-TW4"}.
     *
     * @param text the text, not null
     * @return the quarter, never null
     * @throws SakipParseException when the text is not of the form {@code YYYY-TWn}
     */
    @JsonCreator
    public static Triwulan parse(String text) {
        if (text == null) {
            throw new SakipException("Triwulan text must not be null");
        }
        if (text.length() != 8 || !text.startsWith("-TW", 4)) {
            throw new SakipParseException(
                    "Triwulan " + Checks.quote(text) + " must have the form YYYY-TWn, for example 2021-TW4", text, 0);
        }
        char n = text.charAt(7);
        if (n < '1' || n > '4') {
            throw new SakipParseException(
                    "Triwulan " + Checks.quote(text) + " must end in a quarter number 1 to 4 at position 7", text, 7);
        }
        return of(Tahun.parse(text, 0, "Triwulan"), n - '0');
    }

    /**
     * The year of this quarter.
     *
     * @return the year, never null
     */
    public Tahun getTahun() {
        return tahun;
    }

    /**
     * The quarter number.
     *
     * @return 1 to 4
     */
    public int getKe() {
        return ke;
    }

    /**
     * Whether this is the last quarter of its year (TW IV), whose cumulative realisasi is the
     * year's.
     *
     * @return true for TW IV
     */
    public boolean isTerakhir() {
        return ke == 4;
    }

    @Override
    public int compareTo(Triwulan other) {
        int c = tahun.compareTo(other.tahun);
        return c != 0 ? c : Integer.compare(ke, other.ke);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Triwulan && ((Triwulan) obj).tahun.equals(tahun) && ((Triwulan) obj).ke == ke;
    }

    @Override
    public int hashCode() {
        return tahun.hashCode() * 4 + ke;
    }

    /**
     * The quarter as {@code YYYY-TWn}, for example {@code 2021-TW4}.
     *
     * @return the text that {@link #parse(String)} reads
     */
    @Override
    @JsonValue
    public String toString() {
        return tahun + "-TW" + ke;
    }
}
