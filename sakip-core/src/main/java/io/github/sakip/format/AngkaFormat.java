package io.github.sakip.format;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.annotation.Nullable;

/**
 * Formats and reads numbers (angka) as Indonesian reports print them: {@code 40.353.401.000},
 * {@code 80,01}, {@code -3,73}; or plainly, as machines read them: {@code 1234.56}.
 *
 * <p>Two presets: {@link #INDONESIA} (grouping dot, decimal comma) and {@link #PLAIN} (no
 * grouping, decimal point). By default a value is printed at its own scale and never rounded:
 * {@code 80.01} prints {@code 80,01}, {@code 80.010} prints {@code 80,010}. Rounding happens only
 * when asked, with {@link #withDesimal(int, RoundingMode)}:
 * <pre>{@code
 * AngkaFormat.INDONESIA.format(new BigDecimal("40353401000"));   // "40.353.401.000"
 * AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.HALF_UP)
 *         .format(new BigDecimal("114.5265"));                    // "114,53"
 * AngkaFormat.INDONESIA.parse("37.354.300.278,00");               // 37354300278.00
 * }</pre>
 *
 * <p>Reading is strict, so that a figure typed wrongly in a report is caught rather than
 * misread. In the Indonesian format {@code 1.234} is one thousand two hundred thirty-four, and
 * {@link #parse(CharSequence)} accepts exactly:
 * <ul>
 *   <li>an optional sign, {@code -} or {@code +} (the {@code +} is read and dropped; format never
 *       prints it);</li>
 *   <li>an integer part, either ungrouped ({@code 1234}, as spreadsheets export it) or grouped
 *       with a first group of 1 to 3 digits and further groups of exactly 3
 *       ({@code 40.353.401.000}), without leading zeros ({@code 0} itself is fine);</li>
 *   <li>optionally the decimal separator followed by at least one digit ({@code 80,01}).</li>
 * </ul>
 * Everything else is a {@link SakipParseException} carrying the input and the zero-based
 * position of the fault: {@code 1.23.4} (a group of 2 digits, position 2), {@code 1..234}
 * (a group of 0 digits, position 2), {@code 1,2,3} (a second decimal comma, position 3),
 * {@code 1,234.5} (a grouping dot after the decimal comma, position 5), {@code ,5} and
 * {@code .5} (no digit before the separator, position 0: write {@code 0,5}), {@code 1,} and
 * {@code 1.} (nothing after the separator), {@code 007} (leading zero), the empty text,
 * spaces of any kind (trim first), letters, and digits other than ASCII {@code 0-9} (for
 * example Arabic-Indic {@code ١}). The value returned keeps the scale written: {@code 80,10}
 * is {@code 80.10}. The scale option of {@link #withDesimal(int, RoundingMode)} affects
 * formatting only.
 *
 * <p>Limits: a number has at most {@value #MAX_DIGITS} digits, which keeps reading linear in
 * the length of the text and makes every value that {@link #format(BigDecimal)} prints
 * readable again. For every value {@code v} with at most that many digits and a scale of 0 or
 * more, {@code parse(format(v))} equals {@code v}, scale included; a value with a negative scale
 * ({@code 4E+3}) prints at scale 0 ({@code 4.000}).
 *
 * <p>See {@link PersenFormat} for {@code 114,53%} and {@link RupiahFormat} for
 * {@code Rp 40.353.401.000,00}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AngkaFormat {

    /**
     * The most digits a number may have, before and after the separator together: {@value}, the
     * library's limit 1000.
     */
    public static final int MAX_DIGITS = Checks.MAX_DIGITS;

    /**
     * The most decimals {@link #withDesimal(int, RoundingMode)} accepts: {@value}. A formatted
     * number always has at least one digit before the separator ({@code 0,5}), so one less than
     * {@link #MAX_DIGITS} is the largest scale at which a value can still be printed.
     */
    public static final int MAX_DESIMAL = MAX_DIGITS - 1;

    /**
     * Indonesian notation, as LKjIP and APBD documents print numbers: grouping dot, decimal
     * comma, the value's own scale. Examples: {@code 40.353.401.000}, {@code 80,01},
     * {@code -3,73}, {@code 0,87}.
     */
    public static final AngkaFormat INDONESIA = new AngkaFormat(Notation.INDONESIA, -1, null);

    /**
     * Plain notation, for files read by machines: no grouping, decimal point, the value's own
     * scale. Examples: {@code 40353401000}, {@code 80.01}, {@code -3.73}.
     */
    public static final AngkaFormat PLAIN = new AngkaFormat(Notation.PLAIN, -1, null);

    private final Notation notation;
    /** The fixed number of decimals when formatting, or -1 for the value's own scale. */
    private final int desimal;
    @Nullable
    private final RoundingMode pembulatan;

    private AngkaFormat(Notation notation, int desimal, @Nullable RoundingMode pembulatan) {
        this.notation = notation;
        this.desimal = desimal;
        this.pembulatan = pembulatan;
    }

    /**
     * A copy that formats with exactly {@code scale} decimals, rounding with {@code mode}. With
     * {@link RoundingMode#UNNECESSARY} it pads with zeros but refuses to round, in the manner of
     * Joda-Money's {@code Money.of}: {@code 40353401000} prints {@code 40.353.401.000,00}, while
     * {@code 114.5265} throws. Example: {@code INDONESIA.withDesimal(2, HALF_UP)} prints
     * {@code 114.5265} as {@code 114,53}. Reading is not affected.
     *
     * @param scale the number of decimals, from 0 to {@value #MAX_DESIMAL}
     * @param mode how to round when the value has more decimals, not null
     * @return the new format, never null
     * @throws SakipException when the scale is out of range, for example
     *     {@code AngkaFormat.desimal must be between 0 and 999 so that a formatted number keeps
     *     within 1000 digits, was 1000}, or the mode is null
     */
    public AngkaFormat withDesimal(int scale, RoundingMode mode) {
        Checks.check(scale >= 0 && scale <= MAX_DESIMAL,
                "AngkaFormat.desimal must be between 0 and %s so that a formatted number keeps within %s digits,"
                        + " was %s", MAX_DESIMAL, MAX_DIGITS, scale);
        return new AngkaFormat(notation, scale, Checks.notNull(mode, "AngkaFormat.pembulatan"));
    }

    /**
     * Prints {@code angka} in this format, for example {@code 40.353.401.000} or {@code 80,01}.
     * Negative values start with {@code -} ({@code -3,73}); zero never has a sign.
     *
     * @param angka the value, not null
     * @return the text, which {@link #parse(CharSequence)} reads back, never null
     * @throws SakipException when the value is null, has more than {@value #MAX_DIGITS} digits,
     *     or needs rounding under {@link RoundingMode#UNNECESSARY}
     */
    public String format(BigDecimal angka) {
        BigDecimal value = scaled(Checks.notNull(angka, "Angka value"));
        String digits = value.unscaledValue().abs().toString();
        int scale = value.scale();
        int integerLength = digits.length() - scale;
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 3);
        if (value.signum() < 0) {
            text.append('-');
        }
        if (integerLength <= 0) {
            text.append('0');
        }
        for (int i = 0; i < integerLength; i++) {
            if (i > 0 && notation.isGrouped() && (integerLength - i) % 3 == 0) {
                text.append(notation.grouping());
            }
            text.append(digits.charAt(i));
        }
        if (scale > 0) {
            text.append(notation.decimal());
            text.append("0".repeat(Math.max(0, -integerLength)));
            text.append(digits, Math.max(0, integerLength), digits.length());
        }
        return text.toString();
    }

    /**
     * Reads a number in this format, strictly (see the class description for what is accepted).
     * Example: {@code INDONESIA.parse("37.354.300.278,00")} is {@code 37354300278.00}.
     *
     * @param text the text, not null
     * @return the value at the scale written, never null
     * @throws SakipParseException when the text is not a number in this format, with the
     *     position of the fault
     * @throws SakipException when the text is null
     */
    public BigDecimal parse(CharSequence text) {
        ParseContext ctx = context(text, "Angka", "a number");
        return AngkaParser.parse(ctx, 0, ctx.input().length());
    }

    /**
     * A context for reading {@code text} in this notation, shared with the unit formats.
     *
     * @throws SakipException when the text is null: {@code Persen text must not be null}
     */
    ParseContext context(@Nullable CharSequence text, String field, String kind) {
        String input = Checks.notNull(text, field + " text").toString();
        return new ParseContext(input, field, kind, notation);
    }

    private BigDecimal scaled(BigDecimal angka) {
        checkDigits(angka);
        if (pembulatan == null) {
            return angka.scale() < 0 ? angka.setScale(0) : angka;
        }
        BigDecimal value;
        try {
            value = angka.setScale(desimal, pembulatan);
        } catch (ArithmeticException e) {
            throw new SakipException("Angka " + angka.toPlainString() + " has " + angka.scale()
                    + " decimals, more than the " + desimal
                    + " of this format; choose a RoundingMode other than UNNECESSARY to round", e);
        }
        checkDigits(value);
        return value;
    }

    /** Refuses values whose plain form would have too many digits, before any arithmetic. */
    private static void checkDigits(BigDecimal value) {
        // Zero prints as 0 whatever its scale below zero (0E+2000 is 0), as Checks.boundedDigits counts it.
        long integerDigits = value.signum() == 0 ? 1L : Math.max(1L, (long) value.precision() - value.scale());
        long decimals = Math.max(0, value.scale());
        Checks.check(integerDigits + decimals <= MAX_DIGITS,
                "Angka %s has %s digits in plain form, more than the %s this format prints",
                value, integerDigits + decimals, MAX_DIGITS);
    }

    /**
     * Describes this format, for example {@code AngkaFormat[Indonesian, 2 decimals HALF_UP]}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        String scale = pembulatan == null ? "own scale" : desimal + " decimals " + pembulatan;
        return "AngkaFormat[" + notation.label() + ", " + scale + "]";
    }
}
