package io.github.sakip.format;

import static io.github.sakip.format.FormatTestSupport.amounts;
import static io.github.sakip.format.FormatTestSupport.arbitraryText;
import static io.github.sakip.format.FormatTestSupport.assertParseError;
import static io.github.sakip.format.FormatTestSupport.assertReadsOrReportsPosition;
import static io.github.sakip.format.FormatTestSupport.mutated;
import static io.github.sakip.format.FormatTestSupport.rupiahUpTo10e18;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import io.github.sakip.model.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahFormatTest {

    private static final RupiahFormat ID = RupiahFormat.INDONESIA;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "Rp. 37.354.300.278,00        | 37354300278.00",  // Bab III, realisasi belanja 2021
        "Rp. 40.353.401.000,00        | 40353401000.00",  // Bab III, total belanja 2021
        "Rp 40.353.401.000,00         | 40353401000.00",
        "Rp40.353.401.000             | 40353401000",
        "Rp.40.353.401.000            | 40353401000",
        "'Rp\u00A040.353.401.000,00'  | 40353401000.00",
        "'Rp.\u202F418.601.325'       | 418601325",
        "-Rp 5.000,00                 | -5000.00",
        "Rp -5.000,00                 | -5000.00",
        "+Rp 5.000                    | 5000",
        "Rp 0,25                      | 0.25",
        "Rp 1234,5                    | 1234.5",
    })
    void readsAmountsAsPrintedInReports(String text, String expected) {
        assertThat(ID.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "40.353.401.000 | 0 | no \"Rp\"",
        "rp 5           | 0 | no \"Rp\"",
        "RP 5           | 0 | no \"Rp\"",
        "'- Rp 5'       | 1 | no \"Rp\"",
        "-Rp -5         | 4 | a second sign",
        "+Rp +5         | 4 | a second sign",
        "'Rp  5'        | 3 | a space",
        "'Rp\t5'        | 2 | a space character U+0009",
        "'Rp 5 '        | 4 | a space",
        "Rp             | 2 | no digit",
        "Rp.            | 3 | no digit",
        "Rp..5          | 3 | a grouping dot before any digit",
        "Rp 5.00        | 5 | a group of 2 digits",
        "Rp 1.234,5.6   | 10 | a grouping dot after the decimal comma",
        "Rp 5%          | 4 | an unexpected character '%' (U+0025)",
        "Rp \u0665      | 3 | a non-ASCII digit '\u0665' (U+0665)",
        "Rp 0.500       | 3 | a leading zero",
    })
    void rejectsMalformedAmounts(String text, int position, String what) {
        assertThat(assertParseError(ID::parse, text, position, what).getMessage())
                .startsWith("Rupiah \"" + text + "\" is not a Rupiah amount in Indonesian format: ");
    }

    @Test
    void missingPrefixNamesTheRule() {
        assertThatThrownBy(() -> ID.parse("40.353.401.000"))
                .hasMessage("Rupiah \"40.353.401.000\" is not a Rupiah amount in Indonesian format: "
                        + "no \"Rp\" at position 0, an amount starts with \"Rp\" or \"Rp.\"");
    }

    @ParameterizedTest(name = "{0} prints \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "40353401000    | Rp 40.353.401.000,00",
        "37354300278.00 | Rp 37.354.300.278,00",
        "418601325      | Rp 418.601.325,00",
        "0.5            | Rp 0,50",
        "0              | Rp 0,00",
        "-5000          | -Rp 5.000,00",
        "1.500          | Rp 1,50",
    })
    void printsSenAndNeverRounds(String value, String expected) {
        assertThat(ID.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void refusesToRoundAFractionOfASen() {
        assertThatThrownBy(() -> ID.format(new BigDecimal("1.005")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Angka 1.005 has 3 decimals, more than the 2");
    }

    @Test
    void printsWithTheNumberFormatGiven() {
        RupiahFormat whole = RupiahFormat.of(AngkaFormat.INDONESIA);
        assertThat(whole.format(new BigDecimal("418601325"))).isEqualTo("Rp 418.601.325");
        assertThat(whole.format(new BigDecimal("-0.004"))).isEqualTo("-Rp 0,004");
        RupiahFormat rounded = RupiahFormat.of(AngkaFormat.INDONESIA.withDesimal(0, RoundingMode.HALF_UP));
        assertThat(rounded.format(new BigDecimal("-0.4"))).isEqualTo("Rp 0");
        assertThat(RupiahFormat.of(AngkaFormat.PLAIN).format(new BigDecimal("40353401000.00")))
                .isEqualTo("Rp 40353401000.00");
        assertThat(ID).hasToString("RupiahAngkaFormat[Indonesian, 2 decimals UNNECESSARY]");
    }

    @Test
    void nullsNameTheField() {
        assertThatThrownBy(() -> ID.parse(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Rupiah text must not be null");
        assertThatThrownBy(() -> ID.format((BigDecimal) null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Rupiah value must not be null");
        assertThatThrownBy(() -> ID.format((Rupiah) null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Rupiah value must not be null");
        assertThatThrownBy(() -> ID.parseRupiah(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Rupiah text must not be null");
    }

    @Test
    void formatsAndReadsTheValueType() {
        assertThat(ID.format(Rupiah.of(37_354_300_278L))).isEqualTo("Rp 37.354.300.278,00");
        assertThat(ID.parseRupiah("Rp 37.354.300.278,00")).isEqualTo(Rupiah.of(37_354_300_278L));
        assertThat(ID.parseRupiah("Rp37.354.300.278")).isEqualTo(Rupiah.of(37_354_300_278L));
        assertThatThrownBy(() -> ID.parseRupiah("Rp 1,005")).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Rupiah");
        assertThatThrownBy(() -> RupiahFormat.of(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("RupiahFormat.angka must not be null");
    }

    @Test
    void roundTripUpTo10e18WithSenKeepsValueAndScale() {
        qt().withExamples(2_000).forAll(rupiahUpTo10e18()).checkAssert(value ->
                assertThat(ID.parse(ID.format(value))).isEqualTo(value));
    }

    @Test
    void roundTripOfAnyAmountAtItsOwnScale() {
        RupiahFormat ownScale = RupiahFormat.of(AngkaFormat.INDONESIA);
        qt().withExamples(1_000).forAll(amounts()).checkAssert(value ->
                assertThat(ownScale.parse(ownScale.format(value))).isEqualTo(value));
    }

    @Test
    void parseOfArbitraryTextReadsOrReportsAPositionInside() {
        qt().withExamples(3_000).forAll(arbitraryText())
                .checkAssert(text -> assertReadsOrReportsPosition(ID::parse, text));
    }

    @Test
    void parseOfNearMissesReadsOrReportsAPositionInside() {
        RupiahFormat ownScale = RupiahFormat.of(AngkaFormat.INDONESIA);
        qt().withExamples(2_000).forAll(mutated(ownScale::format))
                .checkAssert(text -> assertReadsOrReportsPosition(ID::parse, text));
    }
}
