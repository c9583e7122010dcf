package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;

/**
 * An exact fraction (pecahan) {@code pembilang / penyebut} of integers, always in lowest terms
 * with a positive denominator, so that values such as the IKM weight 1/9 or the SKP factor 49/59
 * stay exact until they are rounded once with a {@link Pembulatan}.
 *
 * <p>Example: the NRR of an unsur that 150 respondents scored 513 in total is
 * {@code Pecahan.of(513, 150)}, that is 171/50 = 3,42; weighted by 1/9 it is 19/50 = 0,38.
 * {@code Pecahan.of(1, 9).bulatkan(Pembulatan.STANDAR)} is {@code 0.11}; nine times 1/9 is
 * exactly 1, where nine times the printed weight 0,111 is 0,999.
 *
 * <p>{@code Skala.predikat(Pecahan)} in {@code io.github.sakip.predikat} rates a fraction on a
 * scale exactly, even when it has no finite decimal expansion: 1/3 lies above a bound of 0,3333
 * however many decimals the bound has.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pecahan implements Comparable<Pecahan> {
    /** Zero, 0/1. */
    public static final Pecahan NOL = new Pecahan(BigInteger.ZERO, BigInteger.ONE);
    /** One, 1/1. */
    public static final Pecahan SATU = new Pecahan(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger pembilang;
    private final BigInteger penyebut;

    private Pecahan(BigInteger pembilang, BigInteger penyebut) {
        this.pembilang = pembilang;
        this.penyebut = penyebut;
    }

    /**
     * Obtains a fraction, reduced to lowest terms.
     *
     * @param pembilang the numerator, not null
     * @param penyebut the denominator, not null, not zero
     * @return the fraction, never null
     * @throws SakipException when an argument is null or the denominator is zero
     */
    public static Pecahan of(BigInteger pembilang, BigInteger penyebut) {
        Checks.notNull(pembilang, "Pecahan.pembilang");
        Checks.notNull(penyebut, "Pecahan.penyebut");
        Checks.check(penyebut.signum() != 0, "Pecahan.penyebut must not be 0, pembilang was %s", pembilang);
        BigInteger gcd = pembilang.gcd(penyebut);
        BigInteger p = pembilang.divide(gcd);
        BigInteger q = penyebut.divide(gcd);
        return q.signum() < 0 ? new Pecahan(p.negate(), q.negate()) : new Pecahan(p, q);
    }

    /**
     * Obtains a fraction of two {@code long}s, reduced to lowest terms: {@code of(513, 150)} is 171/50.
     *
     * @param pembilang the numerator
     * @param penyebut the denominator, not zero
     * @return the fraction, never null
     * @throws SakipException when the denominator is zero
     */
    public static Pecahan of(long pembilang, long penyebut) {
        return of(BigInteger.valueOf(pembilang), BigInteger.valueOf(penyebut));
    }

    /**
     * Obtains the exact quotient of two decimals: {@code of(87.80 x 100, 80.01)} is the capaian of
     * Nilai SAKIP OPD in the Klojen LKjIP 2021 before rounding.
     *
     * @param pembilang the dividend, not null, at most 1000 digits in plain form
     * @param penyebut the divisor, not null, not zero, at most 1000 digits
     *     in plain form
     * @return the fraction, never null
     * @throws SakipException when an argument is null or too long, or the divisor is zero
     */
    public static Pecahan of(BigDecimal pembilang, BigDecimal penyebut) {
        Checks.boundedDigits(pembilang, "Pecahan.pembilang");
        Checks.boundedDigits(penyebut, "Pecahan.penyebut");
        Checks.check(penyebut.signum() != 0, "Pecahan.penyebut must not be 0, pembilang was %s", pembilang);
        return of(pembilang).dividedBy(of(penyebut));
    }

    /**
     * Obtains the exact fraction of a decimal: {@code 0.111} is 111/1000.
     *
     * @param nilai the decimal, not null, at most 1000 digits in plain form
     *     ({@code 1E+1000000000} would need a numerator of a billion digits)
     * @return the fraction, never null
     * @throws SakipException when the value is null or too long
     */
    public static Pecahan of(BigDecimal nilai) {
        Checks.boundedDigits(nilai, "Pecahan nilai");
        BigInteger unscaled = nilai.unscaledValue();
        int scale = nilai.scale();
        return scale >= 0 ? of(unscaled, BigInteger.TEN.pow(scale))
                : of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    private static final Pattern TEKS = Pattern.compile("(-?[0-9]{1,1000})(?:/([0-9]{1,1000}))?");

    /**
     * Reads a fraction as {@link #toString()} prints it: {@code "171/50"}, {@code "-1/3"} or a whole
     * number {@code "4"}; the denominator is positive and need not be in lowest terms ({@code "2/4"}
     * is {@code 1/2}). This is also the JSON form (docs/json.md).
     *
     * @param text the fraction, not null
     * @return the fraction in lowest terms, never null
     * @throws SakipParseException when the text is not of that form or the denominator is 0
     */
    @JsonCreator
    public static Pecahan parse(String text) {
        Checks.notNull(text, "Pecahan text");
        Matcher m = TEKS.matcher(text);
        if (!m.matches()) {
            throw new SakipParseException("Pecahan " + Checks.quote(text)
                    + " must have the form pembilang/penyebut, for example 171/50 or -1/3 or 4", text, 0);
        }
        BigInteger penyebut = m.group(2) == null ? BigInteger.ONE : new BigInteger(m.group(2));
        if (penyebut.signum() == 0) {
            throw new SakipParseException("Pecahan " + Checks.quote(text) + " must not have penyebut 0", text,
                    m.start(2));
        }
        return of(new BigInteger(m.group(1)), penyebut);
    }

    /**
     * The sum of fractions, exact.
     *
     * @param nilai the fractions, not null, without null elements
     * @return the sum, {@link #NOL} for none, never null
     * @throws SakipException when the iterable or an element is null
     */
    public static Pecahan total(Iterable<Pecahan> nilai) {
        Checks.notNull(nilai, "Pecahan.total nilai");
        Pecahan sum = NOL;
        for (Pecahan p : nilai) {
            sum = sum.plus(Checks.notNull(p, "Pecahan.total element"));
        }
        return sum;
    }

    /**
     * The numerator, in lowest terms.
     *
     * @return the numerator, carrying the sign, never null
     */
    public BigInteger getPembilang() {
        return pembilang;
    }

    /**
     * The denominator, in lowest terms.
     *
     * @return the denominator, positive, never null
     */
    public BigInteger getPenyebut() {
        return penyebut;
    }

    /**
     * This plus another, exact.
     *
     * @param other the other fraction, not null
     * @return the sum, never null
     * @throws SakipException when the other fraction is null
     */
    public Pecahan plus(Pecahan other) {
        Checks.notNull(other, "Pecahan.plus other");
        return of(pembilang.multiply(other.penyebut).add(other.pembilang.multiply(penyebut)),
                penyebut.multiply(other.penyebut));
    }

    /**
     * This minus another, exact.
     *
     * @param other the other fraction, not null
     * @return the difference, never null
     * @throws SakipException when the other fraction is null
     */
    public Pecahan minus(Pecahan other) {
        Checks.notNull(other, "Pecahan.minus other");
        return plus(other.negate());
    }

    /**
     * This times another, exact.
     *
     * @param other the other fraction, not null
     * @return the product, never null
     * @throws SakipException when the other fraction is null
     */
    public Pecahan times(Pecahan other) {
        Checks.notNull(other, "Pecahan.times other");
        return of(pembilang.multiply(other.pembilang), penyebut.multiply(other.penyebut));
    }

    /**
     * This divided by another, exact.
     *
     * @param other the divisor, not null, not zero
     * @return the quotient, never null
     * @throws SakipException when the divisor is null or zero
     */
    public Pecahan dividedBy(Pecahan other) {
        Checks.notNull(other, "Pecahan.dividedBy other");
        Checks.check(other.signum() != 0, "Pecahan divisor must not be 0, dividing %s", this);
        return of(pembilang.multiply(other.penyebut), penyebut.multiply(other.pembilang));
    }

    private Pecahan negate() {
        return new Pecahan(pembilang.negate(), penyebut);
    }

    /**
     * The sign.
     *
     * @return -1, 0 or 1 as this is negative, zero or positive
     */
    public int signum() {
        return pembilang.signum();
    }

    /**
     * This fraction as a decimal, rounded once: {@code Pecahan.of(1, 9)} under
     * {@link Pembulatan#STANDAR} is {@code 0.11}.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded decimal, never null
     * @throws SakipException when the policy is null, the mode is {@code UNNECESSARY} and
     *     rounding is needed, or the numerator or denominator has more than
     *     1000 digits
     */
    public BigDecimal bulatkan(Pembulatan pembulatan) {
        Checks.notNull(pembulatan, "Pecahan.bulatkan pembulatan");
        return pembulatan.bagi(new BigDecimal(pembilang), new BigDecimal(penyebut));
    }

    /**
     * The absolute value: the distance from zero, as of a realisasi from its target.
     *
     * @return this fraction without its sign, never null
     */
    public Pecahan abs() {
        return pembilang.signum() < 0 ? new Pecahan(pembilang.negate(), penyebut) : this;
    }

    /**
     * The smaller of this fraction and another.
     *
     * @param other the other fraction, not null
     * @return the smaller, this one when equal, never null
     */
    public Pecahan min(Pecahan other) {
        Checks.notNull(other, "Pecahan.min other");
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * The larger of this fraction and another.
     *
     * @param other the other fraction, not null
     * @return the larger, this one when equal, never null
     */
    public Pecahan max(Pecahan other) {
        Checks.notNull(other, "Pecahan.max other");
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Compares the values.
     *
     * @param other the other fraction, not null
     * @return negative, zero or positive as this is less than, equal to or greater than the other
     */
    @Override
    public int compareTo(Pecahan other) {
        return pembilang.multiply(other.penyebut).compareTo(other.pembilang.multiply(penyebut));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Pecahan && ((Pecahan) obj).pembilang.equals(pembilang)
                && ((Pecahan) obj).penyebut.equals(penyebut);
    }

    @Override
    public int hashCode() {
        return pembilang.hashCode() * 31 + penyebut.hashCode();
    }

    /**
     * The fraction as text in lowest terms, for example {@code 171/50}, or {@code 4} for a whole number.
     *
     * @return a description, never null
     */
    @Override
    @JsonValue
    public String toString() {
        return penyebut.equals(BigInteger.ONE) ? pembilang.toString() : pembilang + "/" + penyebut;
    }
}
