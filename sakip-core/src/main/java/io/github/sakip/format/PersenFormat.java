package io.github.sakip.format;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;

/**
 * Formats and reads percentages as Indonesian reports print them: {@code 114,53%},
 * {@code 92,57%}, {@code -3,73%}. The value is in percent, as SAKIP tables give capaian and
 * penyerapan: {@code 114,53%} is the number {@code 114.53}, not {@code 1.1453}.
 *
 * <p>The number is printed by an {@link AngkaFormat}, then {@code %} with no space, as the
 * tables of the Klojen LKjIP 2021 print it ({@code 114,53%}). Reading accepts the number in that
 * format (strictly, see {@link AngkaFormat}) followed by {@code %}, with at most one space
 * before it, since running text writes {@code 114,53 %}; that space may also be a no-break
 * space (U+00A0) or a narrow no-break space (U+202F), as word processors put there. Example:
 * <pre>{@code
 * PersenFormat.INDONESIA.format(new BigDecimal("114.53"));   // "114,53%"
 * PersenFormat.INDONESIA.parse("92,57 %");                   // 92.57
 * PersenFormat.INDONESIA.format(Persen.of(new BigDecimal("92.63")));   // "92,63%"
 * PersenFormat.INDONESIA.parsePersen("92,63%");              // Persen 92.63%
 * PersenFormat.of(AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.HALF_UP))
 *         .format(new BigDecimal("109.7388"));               // "109,74%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersenFormat {

    /**
     * Indonesian notation at the value's own scale, never rounding: {@code 114,53%},
     * {@code 100%}, {@code 0,5%}.
     */
    public static final PersenFormat INDONESIA = new PersenFormat(AngkaFormat.INDONESIA);

    private final AngkaFormat angka;

    private PersenFormat(AngkaFormat angka) {
        this.angka = angka;
    }

    /**
     * Obtains a percentage format that prints its numbers with {@code angka}, for example
     * {@code PersenFormat.of(AngkaFormat.PLAIN)} for {@code 114.53%}.
     *
     * @param angka the number format, not null
     * @return the percentage format, never null
     * @throws SakipException when {@code angka} is null
     */
    public static PersenFormat of(AngkaFormat angka) {
        return new PersenFormat(Checks.notNull(angka, "PersenFormat.angka"));
    }

    /**
     * Prints {@code persen} followed by {@code %}: {@code 114.53} gives {@code 114,53%}.
     *
     * @param persen the value in percent, not null
     * @return the text, which {@link #parse(CharSequence)} reads back, never null
     * @throws SakipException as {@link AngkaFormat#format(BigDecimal)} does
     */
    public String format(BigDecimal persen) {
        return angka.format(Checks.notNull(persen, "Persen value")) + "%";
    }

    /**
     * Prints a percentage followed by {@code %}: {@code Persen.of(new BigDecimal("114.53"))} gives
     * {@code 114,53%}.
     *
     * @param persen the percentage, not null
     * @return the text, which {@link #parsePersen(CharSequence)} reads back, never null
     * @throws SakipException as {@link AngkaFormat#format(BigDecimal)} does
     */
    public String format(Persen persen) {
        return format(Checks.notNull(persen, "Persen value").getNilai());
    }

    /**
     * Reads a percentage as a {@link Persen}, at the scale written: {@code "92,63%"} and
     * {@code "92,63 %"} are both {@code 92.63%}. This is how report text in Indonesian notation
     * becomes a {@code Persen}; {@link Persen#parse(String)} reads only what
     * {@link Persen#toString()} prints ({@code "92.63%"}).
     *
     * @param text the text, not null
     * @return the percentage, never null
     * @throws SakipParseException as {@link #parse(CharSequence)} does
     * @throws SakipException when the text is null
     */
    public Persen parsePersen(CharSequence text) {
        return Persen.of(parse(text));
    }

    /**
     * Reads a percentage: {@code "114,53%"} and {@code "114,53 %"} are both {@code 114.53}.
     *
     * @param text the text, not null
     * @return the value in percent at the scale written, never null
     * @throws SakipParseException when the text is not a number followed by {@code %}, with
     *     the position of the fault ({@code "80,01"}: position 5, the missing {@code %})
     * @throws SakipException when the text is null
     */
    public BigDecimal parse(CharSequence text) {
        ParseContext ctx = angka.context(text, "Persen", "a percentage");
        String input = ctx.input();
        int end = input.length();
        if (end == 0 || input.charAt(end - 1) != '%') {
            // Report a bad number where it is bad; only a good number lacks just the sign.
            AngkaParser.parse(ctx, 0, end);
            throw ctx.error(end, "no percent sign", "a percentage ends with '%'");
        }
        end--;
        if (end > 0 && ParseContext.isUnitGap(input.charAt(end - 1))) {
            end--;
        }
        return AngkaParser.parse(ctx, 0, end);
    }

    /**
     * Describes this format, for example {@code PersenFormat[Indonesian, own scale]}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return "Persen" + angka;
    }
}
