package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import javax.annotation.Nullable;

/**
 * A percentage (persen), exact: {@code Persen.of(new BigDecimal("109.74"))} is 109,74 %. Any
 * sign and any scale; the scale is part of the value, as in Joda-Money, so {@code 100.00} and
 * {@code 100} are equal by {@link #compareTo} but not by {@link #equals}. A negative scale
 * ({@code 1E+2}) is taken as scale 0 ({@code 100}), as Joda-Money's {@code BigMoney} does, so
 * that {@link #parse} reads back exactly what {@link #toString()} prints.
 *
 * <p>Used for every computed percentage of the library: capaian kinerja, penyerapan anggaran,
 * efisiensi, the ratio of a year to the year before. Indonesian formatting ({@code 109,74%}) is
 * in {@code io.github.sakip.format}; {@link #toString()} prints {@code 109.74%}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Persen implements Comparable<Persen> {
    /** One hundred percent, scale 0: the point at which a target is met (tercapai). */
    public static final Persen SERATUS = new Persen(BigDecimal.valueOf(100));
    /** Zero percent, scale 0. */
    public static final Persen NOL = new Persen(BigDecimal.ZERO);

    private static final String BENTUK = "must be a plain number followed by '%'";

    private final BigDecimal nilai;

    private Persen(BigDecimal nilai) {
        // Also bounds rounded copies, and keeps every percentage readable by parse.
        this.nilai = Checks.boundedDigits(nilai, "Persen.nilai");
    }

    /**
     * Obtains a percentage.
     *
     * @param nilai the number of percent, for example {@code 109.74}, not null; a negative scale
     *     is taken as scale 0
     * @return the percentage, never null
     * @throws SakipException when the value is null or has more than 1000
     *     digits in plain form
     */
    @JsonCreator
    public static Persen of(BigDecimal nilai) {
        Checks.boundedDigits(nilai, "Persen.nilai");
        return new Persen(nilai.scale() < 0 ? nilai.setScale(0) : nilai);
    }

    /**
     * Reads a percentage as {@link #toString()} prints it, for example {@code "109.74%"}: the one
     * rule of every {@code parse} of a value type is that it reads what its {@code toString()}
     * prints. A report's Indonesian text ({@code "92,63%"}, {@code "92,63 %"}) is read by the
     * {@code format} package: {@code PersenFormat.INDONESIA.parsePersen("92,63%")}.
     *
     * @param text the text, not null
     * @return the percentage, never null
     * @throws SakipParseException when the text is not a plain decimal number of at most
     *     1000 digits followed by '%'
     */
    public static Persen parse(String text) {
        if (text == null) {
            throw new SakipException("Persen text must not be null");
        }
        int end = text.length() - 1;
        if (end < 1 || text.charAt(end) != '%') {
            throw new SakipParseException("Persen " + Checks.quote(text) + " " + BENTUK, text, Math.max(end, 0));
        }
        return new Persen(AngkaPolos.baca(text, 0, end, "Persen", BENTUK));
    }

    /**
     * The number of percent.
     *
     * @return the value, for example {@code 109.74}, never null
     */
    public BigDecimal getNilai() {
        return nilai;
    }

    /** The JSON form: the number of percent as a string, {@code "109.74"}, exact. */
    @JsonValue
    String json() {
        return nilai.toString();
    }

    /**
     * This percentage at another scale.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded percentage, never null
     * @throws SakipException when the policy is null, the mode is {@code UNNECESSARY} and
     *     rounding is needed, or the result has more than 1000 digits
     */
    public Persen withPembulatan(Pembulatan pembulatan) {
        if (pembulatan == null) {
            throw new SakipException("Persen.withPembulatan pembulatan must not be null");
        }
        return new Persen(pembulatan.bulatkan(nilai));
    }

    /**
     * This percentage minus another, in percentage points: penyerapan 92,57 minus 96,30 is -3,73.
     *
     * @param other the other percentage, not null
     * @return the difference in percentage points, exact, never null
     */
    public BigDecimal minus(Persen other) {
        Checks.notNull(other, "Persen.minus other");
        return nilai.subtract(other.nilai);
    }

    /**
     * Whether this percentage is 100 or more: a capaian that meets its target (tercapai).
     *
     * @return true when {@code nilai >= 100}
     */
    public boolean isAtLeastSeratus() {
        return nilai.compareTo(SERATUS.nilai) >= 0;
    }

    /**
     * Compares the values, ignoring the scale.
     *
     * @param other the other percentage, not null
     * @return negative, zero or positive as this is less than, equal to or greater than the other
     */
    @Override
    public int compareTo(Persen other) {
        return nilai.compareTo(other.nilai);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Persen && ((Persen) obj).nilai.equals(nilai);
    }

    @Override
    public int hashCode() {
        return nilai.hashCode();
    }

    /**
     * The percentage as a plain number and '%', for example {@code 109.74%}.
     *
     * @return the text that {@link #parse(String)} reads
     */
    @Override
    public String toString() {
        return nilai.toPlainString() + "%";
    }
}
