package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.bigIntegers;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators and assertions shared by the tests of the format package. */
final class FormatTestSupport {

    /** Pieces of text that numbers, percentages and Rupiah amounts are made of, and near misses. */
    private static final List<String> TOKENS = List.of(
            "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "000", "12", "345",
            ".", ",", "-", "+", " ", "%", "Rp", "Rp.", "rp", "\u00A0", "\u202F", "\t",
            "\u0660", "\u0661", "\u0665", "\u0669", "x", "E", "e5");

    /** The most that a sen amount of {@link #rupiahUpTo10e18()} may be: 10^18 - 1 Rupiah. */
    private static final long MAX_RUPIAH = 999_999_999_999_999_999L;

    private FormatTestSupport() {
    }

    /**
     * Numbers of every size and scale the formats meet: longs at scales 0 to 20, Rupiah up to
     * 10^18 with sen, and big values up to 10^48 at scales up to 40; negatives included.
     */
    static Gen<BigDecimal> amounts() {
        Gen<BigDecimal> longs = longs().all().zip(integers().between(0, 20), BigDecimal::valueOf);
        Gen<BigDecimal> small = longs().between(-100_000, 100_000)
                .zip(integers().between(0, 4), BigDecimal::valueOf);
        Gen<BigDecimal> big = bigIntegers().ofBytes(20)
                .zip(integers().between(0, 40), BigDecimal::new);
        return Generate.oneOf(longs, small, big, rupiahUpTo10e18());
    }

    /** Rupiah amounts with sen (scale 2), from -(10^18 - 1),99 to 10^18 - 1,99. */
    static Gen<BigDecimal> rupiahUpTo10e18() {
        return longs().between(-MAX_RUPIAH, MAX_RUPIAH).zip(integers().between(0, 99),
                (rupiah, sen) -> new BigDecimal(BigInteger.valueOf(rupiah).multiply(BigInteger.valueOf(100))
                        .add(BigInteger.valueOf(rupiah < 0 ? -sen : sen)), 2));
    }

    /** Every rounding mode that never throws. */
    static Gen<RoundingMode> roundingModes() {
        return Generate.pick(List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
                RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
                RoundingMode.HALF_EVEN));
    }

    /**
     * Arbitrary text: sequences of {@link #TOKENS} (digits, separators, signs, {@code %},
     * {@code Rp}, no-break spaces, Arabic-Indic digits, letters), any UTF-16 text, and
     * long runs of tokens.
     */
    static Gen<String> arbitraryText() {
        Gen<String> tokens = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, 25)
                .map(list -> String.join("", list));
        Gen<String> any = strings().allPossible().ofLengthBetween(0, 30);
        Gen<String> longRuns = tokens.zip(integers().between(100, 5_000), String::repeat);
        return Generate.oneOf(tokens, tokens, any, longRuns);
    }

    /**
     * Text made only of the characters of numbers, to compare the parser with a regex: runs of
     * 0 to 5 digits joined by separators and signs, so that groups of 2, 3 and 4 digits, leading
     * zeros and doubled separators all come up often.
     */
    static Gen<String> numberLikeText() {
        Gen<String> digits = integers().between(0, 5).zip(longs().between(0, 99_999),
                (length, n) -> String.format(Locale.ROOT, "%05d", n).substring(5 - length));
        Gen<String> separators = Generate.pick(List.of("", ".", ",", "-", "+"));
        return lists().of(separators.zip(digits, String::concat)).ofSizeBetween(0, 5)
                .map(list -> String.join("", list));
    }

    /**
     * Formatted text with one token inserted, replaced or deleted: the near misses that a
     * hand-typed report contains.
     */
    static Gen<String> mutated(Function<BigDecimal, String> format) {
        Gen<String> valid = amounts().map(format);
        return valid.zip(integers().between(0, 1_000), Generate.pick(TOKENS), integers().between(0, 2),
                (text, at, token, kind) -> {
                    int i = at % (text.length() + 1);
                    int j = Math.min(text.length(), i + 1);
                    switch (kind) {
                        case 0: return text.substring(0, i) + token + text.substring(i);
                        case 1: return text.substring(0, i) + token + text.substring(j);
                        default: return text.substring(0, i) + text.substring(j);
                    }
                });
    }

    /**
     * Asserts that {@code parser} refuses {@code text} with a {@link SakipParseException} for that
     * input, at {@code position}, whose message says {@code what} was found there.
     *
     * @return the exception, for further checks of its message
     */
    static SakipParseException assertParseError(
            Function<String, BigDecimal> parser, String text, int position, String what) {
        SakipParseException e;
        try {
            BigDecimal value = parser.apply(text);
            throw new AssertionError("\"" + text + "\" was read as " + value);
        } catch (SakipParseException thrown) {
            e = thrown;
        }
        assertThat(e.getErrorIndex()).as("errorIndex of \"%s\"", text).isEqualTo(position);
        assertThat(e.getInput()).isEqualTo(text);
        assertThat(e.getMessage()).contains(what + " at position " + position);
        return e;
    }

    /**
     * Asserts that {@code parser} either reads {@code text} or throws a
     * {@link SakipParseException} for that input with a position inside it; anything else
     * escapes and fails the property.
     */
    static void assertReadsOrReportsPosition(Function<String, BigDecimal> parser, String text) {
        try {
            assertThat(parser.apply(text)).isNotNull();
        } catch (SakipParseException e) {
            assertThat(e.getInput()).isEqualTo(text);
            assertThat(e.getErrorIndex()).isBetween(0, text.length());
            assertThat(e.getMessage()).contains("at position " + e.getErrorIndex());
        }
    }
}
