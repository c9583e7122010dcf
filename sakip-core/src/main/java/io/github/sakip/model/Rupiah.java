package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.annotation.Nullable;

/**
 * An exact amount of Rupiah with sen: always scale 2, of any size (a {@link BigDecimal}, so sums
 * of national budgets of 10^16 Rupiah and more never overflow or round).
 *
 * <p>As in Joda-Money, {@link #of(BigDecimal)} refuses to round: an amount with more than two
 * decimals is an error, and {@link #of(BigDecimal, RoundingMode)} rounds only when asked.
 * Amounts may be negative (a difference, an overspent sisa); {@link Pagu} and
 * {@link RealisasiAnggaran} require zero or more.
 *
 * <p>Example, Tabel 2.4 of the Klojen LKjIP 2021:
 * <pre>{@code
 * Rupiah total = Rupiah.total(List.of(Rupiah.of(19_072_791_175L), Rupiah.of(4_942_280_380L),
 *         Rupiah.of(63_163_000L), Rupiah.of(418_601_325L), Rupiah.of(15_856_565_120L)));
 * // total.toString() is "Rp 40353401000.00"
 * }</pre>
 * Indonesian formatting ({@code Rp 40.353.401.000,00}) is in {@code io.github.sakip.format}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rupiah implements Comparable<Rupiah> {
    private static final String PREFIX = "Rp ";

    /** The scale of every amount: 2, for sen. */
    public static final int SCALE = 2;
    /** Zero Rupiah. */
    public static final Rupiah NOL = new Rupiah(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal amount;

    private Rupiah(BigDecimal amount) {
        // Also bounds sums and differences, and keeps every amount readable by parse.
        this.amount = Checks.boundedDigits(amount, "Rupiah.amount");
    }

    /**
     * Obtains an amount without rounding.
     *
     * @param amount the amount in Rupiah, at most two decimals, not null
     * @return the amount at scale 2, never null
     * @throws SakipException when the amount is null, has more than two non-zero decimals or
     *     more than 1000 digits in plain form
     */
    @JsonCreator
    public static Rupiah of(BigDecimal amount) {
        Checks.boundedDigits(amount, "Rupiah.amount");
        try {
            return new Rupiah(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new SakipException("Rupiah.amount must have at most " + SCALE
                    + " decimals (sen) unless a RoundingMode is given, was " + amount.toPlainString(), e);
        }
    }

    /**
     * Obtains an amount, rounding to sen with the given mode.
     *
     * @param amount the amount in Rupiah, not null
     * @param roundingMode how to round to two decimals, not null
     * @return the amount at scale 2, never null
     * @throws SakipException when an argument is null, the amount has more than
     *     1000 digits in plain form, or the mode is {@code UNNECESSARY} and
     *     rounding is needed
     */
    public static Rupiah of(BigDecimal amount, RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new SakipException("Rupiah roundingMode must not be null");
        }
        if (roundingMode == RoundingMode.UNNECESSARY) {
            return of(amount);
        }
        Checks.boundedDigits(amount, "Rupiah.amount");
        return new Rupiah(amount.setScale(SCALE, roundingMode));
    }

    /**
     * Obtains a whole amount of Rupiah.
     *
     * @param rupiah the amount in whole Rupiah, for example {@code 40_353_401_000L}
     * @return the amount at scale 2, never null
     */
    public static Rupiah of(long rupiah) {
        return new Rupiah(BigDecimal.valueOf(rupiah).setScale(SCALE));
    }

    /**
     * Reads an amount as {@link #toString()} prints it, for example {@code "Rp 40353401000.00"}.
     *
     * @param text the text, not null
     * @return the amount, never null
     * @throws SakipParseException when the text is not {@code "Rp "} and a plain decimal number
     *     of at most 1000 digits
     */
    public static Rupiah parse(String text) {
        if (text == null) {
            throw new SakipException("Rupiah text must not be null");
        }
        if (!text.startsWith(PREFIX)) {
            throw new SakipParseException("Rupiah " + Checks.quote(text) + " must start with \"" + PREFIX + "\"",
                    text, 0);
        }
        BigDecimal amount = AngkaPolos.baca(text, PREFIX.length(), text.length(), "Rupiah",
                "must be \"Rp \" and a plain decimal number");
        if (amount.scale() > SCALE) {
            throw new SakipParseException("Rupiah " + Checks.quote(text) + " must have at most " + SCALE
                    + " decimals (sen)", text, text.indexOf('.'));
        }
        return of(amount);
    }

    /**
     * The sum of the amounts, exact.
     *
     * @param amounts the amounts, not null, no null element
     * @return the sum, {@link #NOL} for none, never null
     * @throws SakipException when the iterable or an element is null, or the sum has more than
     *     1000 digits
     */
    public static Rupiah total(Iterable<Rupiah> amounts) {
        if (amounts == null) {
            throw new SakipException("Rupiah.total amounts must not be null");
        }
        BigDecimal sum = NOL.amount;
        for (Rupiah r : amounts) {
            if (r == null) {
                throw new SakipException("Rupiah.total amounts must not contain null");
            }
            sum = sum.add(r.amount);
        }
        return new Rupiah(sum);
    }

    /**
     * The amount in Rupiah, at scale 2.
     *
     * @return the amount, never null
     */
    public BigDecimal getNilai() {
        return amount;
    }

    /** The JSON form: the amount in Rupiah as a string with two decimals, {@code "40353401000.00"}, exact. */
    @JsonValue
    String json() {
        return amount.toPlainString();
    }

    /**
     * This amount plus another, exact.
     *
     * @param other the other amount, not null
     * @return the sum, never null
     * @throws SakipException when the other amount is null or the sum has more than
     *     1000 digits
     */
    public Rupiah plus(Rupiah other) {
        Checks.notNull(other, "Rupiah.plus other");
        return new Rupiah(amount.add(other.amount));
    }

    /**
     * This amount minus another, exact; the result may be negative.
     *
     * @param other the other amount, not null
     * @return the difference, never null
     * @throws SakipException when the other amount is null or the difference has more than
     *     1000 digits
     */
    public Rupiah minus(Rupiah other) {
        Checks.notNull(other, "Rupiah.minus other");
        return new Rupiah(amount.subtract(other.amount));
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true when negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Whether the amount is zero.
     *
     * @return true when zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Rupiah other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Rupiah && ((Rupiah) obj).amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /**
     * The amount as {@code Rp} and a plain number with two decimals, for example
     * {@code Rp 40353401000.00}.
     *
     * @return the text that {@link #parse(String)} reads
     */
    @Override
    public String toString() {
        return PREFIX + amount.toPlainString();
    }
}
