package io.github.sakip.format;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import io.github.sakip.model.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats and reads Rupiah amounts as Indonesian reports print them:
 * {@code Rp 40.353.401.000,00}. The value is in Rupiah; its decimals are sen.
 *
 * <p>Printed as {@code Rp}, one space, then the number in an {@link AngkaFormat}; a negative
 * amount puts its sign first, as the CLDR Indonesian currency pattern does:
 * {@code -Rp 3.730.000,00}. {@link #INDONESIA} prints two decimals (sen) and refuses to round,
 * in the manner of Joda-Money: {@code 40353401000} prints {@code Rp 40.353.401.000,00}, a value
 * with three decimals throws.
 *
 * <p>Reading accepts, before the number (strict, see {@link AngkaFormat}):
 * <ul>
 *   <li>{@code Rp} or {@code Rp.} (the Klojen LKjIP 2021 writes
 *       {@code Rp. 37.354.300.278,00}), exactly so capitalised;</li>
 *   <li>then at most one space, which may also be a no-break space (U+00A0) or a narrow
 *       no-break space (U+202F), or none ({@code Rp40.353.401.000});</li>
 *   <li>a sign either before {@code Rp} ({@code -Rp 5.000}) or before the number
 *       ({@code Rp -5.000}), not both.</li>
 * </ul>
 * The number may have any number of decimals ({@code Rp 40.353.401.000} is read as
 * {@code 40353401000}, scale 0): the value keeps the scale written.
 * <pre>{@code
 * RupiahFormat.INDONESIA.format(new BigDecimal("40353401000"));     // "Rp 40.353.401.000,00"
 * RupiahFormat.INDONESIA.parse("Rp. 37.354.300.278,00");            // 37354300278.00
 * RupiahFormat.of(AngkaFormat.INDONESIA).format(new BigDecimal("418601325")); // "Rp 418.601.325"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RupiahFormat {

    /**
     * Indonesian notation with two decimals (sen), padding but never rounding:
     * {@code Rp 40.353.401.000,00}.
     */
    public static final RupiahFormat INDONESIA =
            new RupiahFormat(AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.UNNECESSARY));

    private static final String PREFIX = "Rp";

    private final AngkaFormat angka;

    private RupiahFormat(AngkaFormat angka) {
        this.angka = angka;
    }

    /**
     * Obtains a Rupiah format that prints its numbers with {@code angka}, for example
     * {@code RupiahFormat.of(AngkaFormat.INDONESIA)} for whole Rupiah at the value's own scale:
     * {@code Rp 418.601.325}.
     *
     * @param angka the number format, not null
     * @return the Rupiah format, never null
     * @throws SakipException when {@code angka} is null
     */
    public static RupiahFormat of(AngkaFormat angka) {
        return new RupiahFormat(Checks.notNull(angka, "RupiahFormat.angka"));
    }

    /**
     * Prints {@code rupiah} after {@code Rp }: {@code 37354300278} gives
     * {@code Rp 37.354.300.278,00} in {@link #INDONESIA}, {@code -5000} gives
     * {@code -Rp 5.000,00}.
     *
     * @param rupiah the amount in Rupiah, not null
     * @return the text, which {@link #parse(CharSequence)} reads back, never null
     * @throws SakipException as {@link AngkaFormat#format(BigDecimal)} does, for example when
     *     the amount has more decimals than the format and the format does not round
     */
    public String format(BigDecimal rupiah) {
        String number = angka.format(Checks.notNull(rupiah, "Rupiah value"));
        return number.startsWith("-")
                ? "-" + PREFIX + " " + number.substring(1)
                : PREFIX + " " + number;
    }

    /**
     * Prints a {@link Rupiah} amount after {@code Rp }: {@code Rupiah.of(37_354_300_278L)} gives
     * {@code Rp 37.354.300.278,00} in {@link #INDONESIA}.
     *
     * @param rupiah the amount, not null
     * @return the text, which {@link #parseRupiah(CharSequence)} reads back, never null
     * @throws SakipException as {@link #format(BigDecimal)} does
     */
    public String format(Rupiah rupiah) {
        return format(Checks.notNull(rupiah, "Rupiah value").getNilai());
    }

    /**
     * Reads a Rupiah amount as a {@link Rupiah} (scale 2): {@code "Rp 40.353.401.000,00"} and
     * {@code "Rp40.353.401.000"} are both {@code Rp 40353401000.00}. Use
     * {@link #parse(CharSequence)} when the scale written matters (a reviu of printed precision).
     *
     * @param text the text, not null
     * @return the amount, never null
     * @throws SakipParseException as {@link #parse(CharSequence)} does
     * @throws SakipException when the text is null or the amount has more than two non-zero
     *     decimals
     */
    public Rupiah parseRupiah(CharSequence text) {
        return Rupiah.of(parse(text));
    }

    /**
     * Reads a Rupiah amount: {@code "Rp 40.353.401.000,00"}, {@code "Rp. 40.353.401.000,00"} and
     * {@code "Rp40.353.401.000"} are all 40 353 401 000 (at scales 2, 2 and 0).
     *
     * @param text the text, not null
     * @return the amount in Rupiah at the scale written, never null
     * @throws SakipParseException when the text is not {@code Rp} and a number, with the
     *     position of the fault ({@code "40.353.401.000"}: position 0, no {@code Rp})
     * @throws SakipException when the text is null
     */
    public BigDecimal parse(CharSequence text) {
        ParseContext ctx = angka.context(text, "Rupiah", "a Rupiah amount");
        String input = ctx.input();
        int end = input.length();
        int i = 0;
        boolean signed = i < end && AngkaParser.isSign(input.charAt(i));
        boolean negative = signed && input.charAt(i) == '-';
        if (signed) {
            i++;
        }
        if (!input.startsWith(PREFIX, i)) {
            throw ctx.error(i, "no \"Rp\"", "an amount starts with \"Rp\" or \"Rp.\"");
        }
        i += PREFIX.length();
        if (i < end && input.charAt(i) == '.') {
            i++;
        }
        if (i < end && ParseContext.isUnitGap(input.charAt(i))) {
            i++;
        }
        if (signed && i < end && AngkaParser.isSign(input.charAt(i))) {
            throw ctx.error(i, "a second sign", "write the sign once, before \"Rp\" or the number");
        }
        BigDecimal value = AngkaParser.parse(ctx, i, end);
        return negative ? value.negate() : value;
    }

    /**
     * Describes this format, for example {@code RupiahFormat[Indonesian, 2 decimals UNNECESSARY]}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "Rupiah" + angka;
    }
}
