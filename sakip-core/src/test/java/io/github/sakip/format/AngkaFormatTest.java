package io.github.sakip.format;

import static io.github.sakip.format.FormatTestSupport.assertParseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of {@link AngkaFormat}; the properties are in {@link AngkaFormatPropertiesTest}. */
class AngkaFormatTest {

    private static final AngkaFormat ID = AngkaFormat.INDONESIA;

    // --- reading the numbers printed in the Klojen LKjIP 2021 -------------------------------

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "40.353.401.000    | 40353401000",      // Tabel 2.4, total anggaran 2021
        "37.354.300.278,00 | 37354300278.00",   // Bab III, realisasi belanja
        "19.072.791.175,00 | 19072791175.00",   // Tabel 2.4
        "80,01             | 80.01",            // target Nilai SAKIP OPD
        "0,87              | 0.87",             // rasio Linmas
        "3,13              | 3.13",
        "418.601.325       | 418601325",        // Tabel 3.4, pagu
        "100               | 100",
        "-3,73             | -3.73",            // penyerapan 96,30 -> 92,57
        "+11,23            | 11.23",
        "1.234             | 1234",
        "1234,56           | 1234.56",          // ungrouped, as spreadsheets export it
        "1234              | 1234",
        "0                 | 0",
        "-0                | 0",
        "0,00              | 0.00",
        "80,10             | 80.10",
    })
    void readsIndonesianNumbersAtTheScaleWritten(String text, String expected) {
        assertThat(ID.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "1234.56     | 1234.56",
        "40353401000 | 40353401000",
        "-3.73       | -3.73",
        "0.87        | 0.87",
    })
    void readsPlainNumbers(String text, String expected) {
        assertThat(AngkaFormat.PLAIN.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    // --- strict reading: every fault with its position ----------------------------------------

    @Test
    void groupOfTwoDigitsIsReportedWithFieldValueAndRule() {
        assertThatThrownBy(() -> ID.parse("1.23.4"))
                .isInstanceOf(SakipParseException.class)
                .hasMessage("Angka \"1.23.4\" is not a number in Indonesian format: "
                        + "a group of 2 digits at position 2, groups after the first must have 3")
                .extracting(e -> ((SakipParseException) e).getErrorIndex()).isEqualTo(2);
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "1,2,3      | 3 | a second decimal comma",
        "1..234     | 2 | a group of 0 digits",
        "1.2345     | 2 | a group of 4 digits",
        "1234.567   | 0 | a first group of 4 digits",
        "1.         | 2 | a group of 0 digits",
        "1.234.     | 6 | a group of 0 digits",
        "1,         | 2 | no digit after the decimal comma",
        ".5         | 0 | a grouping dot before any digit",
        ",5         | 0 | a decimal comma before any digit",
        ".1.234     | 0 | a grouping dot before any digit",
        "1,234.5    | 5 | a grouping dot after the decimal comma",
        "1.234,5.6  | 7 | a grouping dot after the decimal comma",
        "007        | 0 | a leading zero",
        "0.123      | 0 | a leading zero",
        "-00,5      | 1 | a leading zero",
        "-          | 1 | no digit",
        "--1        | 1 | a sign '-'",
        "1-         | 1 | a sign '-'",
        "+-1        | 1 | a sign '-'",
        "12a        | 2 | an unexpected character 'a' (U+0061)",
        "1e5        | 1 | an unexpected character 'e' (U+0065)",
        "Rp 5       | 0 | an unexpected character 'R' (U+0052)",
        "5%         | 1 | an unexpected character '%' (U+0025)",
    })
    void rejectsMalformedIndonesianNumbers(String text, int position, String what) {
        assertParseError(ID::parse, text, position, what);
    }

    @Test
    void rejectsTheEmptyText() {
        assertParseError(ID::parse, "", 0, "no digit");
    }

    @ParameterizedTest(name = "spaces: \"{0}\" fails at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "' 1'      | 0 | a space",
        "'1 '      | 1 | a space",
        "'1 234'   | 1 | a space",
        "'   '     | 0 | a space",
        "'1\t2'    | 1 | a space character U+0009",
        "'\u00A01' | 0 | a space character U+00A0",
        "'1\u202F234' | 1 | a space character U+202F",
    })
    void rejectsSpacesOfAnyKind(String text, int position, String what) {
        assertParseError(ID::parse, text, position, what);
    }

    @ParameterizedTest(name = "non-ASCII digits: \"{0}\" fails at {1}")
    @CsvSource(delimiter = '|', value = {
        "\u0661\u0662\u0663 | 0 | '\u0661' (U+0661)",
        "1\u06623           | 1 | '\u0662' (U+0662)",
        "80,0\u0661         | 4 | '\u0661' (U+0661)",
        "\uFF11             | 0 | '\uFF11' (U+FF11)",
    })
    void rejectsNonAsciiDigits(String text, int position, String digit) {
        assertParseError(ID::parse, text, position, "a non-ASCII digit " + digit);
    }

    @ParameterizedTest(name = "plain \"{0}\" fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "1,234     | 1 | an unexpected character ',' (U+002C)",
        "1.234.5   | 5 | a second decimal point",
        "1.        | 2 | no digit after the decimal point",
        ".5        | 0 | a decimal point before any digit",
    })
    void rejectsMalformedPlainNumbers(String text, int position, String what) {
        assertParseError(AngkaFormat.PLAIN::parse, text, position, what);
    }

    @Test
    void readsAtMostMaxDigitsAndSaysWhereTheLimitWasPassed() {
        String longest = "9".repeat(AngkaFormat.MAX_DIGITS);
        assertThat(ID.parse(longest)).isEqualTo(new BigDecimal(longest));
        assertParseError(ID::parse, longest + "9", AngkaFormat.MAX_DIGITS, "more than 1000 digits");
        assertParseError(ID::parse, "0," + "0".repeat(AngkaFormat.MAX_DIGITS), AngkaFormat.MAX_DIGITS + 1,
                "more than 1000 digits");
    }

    @ParameterizedTest(name = "a million characters of \"{0}\" fail fast")
    @ValueSource(strings = {"1", "0", "9.", "1.234", ",", ".", "-", " ", "\u0661", "12,34"})
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void readsVeryLongTextInLinearTime(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        SakipParseException e = catchThrowableOfType(() -> ID.parse(text), SakipParseException.class);
        assertThat(e.getErrorIndex()).isBetween(0, text.length());
        assertThat(e.getMessage()).hasSizeLessThan(300).contains("(1000000 characters)");
    }

    @Test
    void nullTextNamesTheField() {
        assertThatThrownBy(() -> ID.parse(null))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Angka text must not be null");
    }

    // --- formatting ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} prints \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "40353401000    | 40.353.401.000",
        "37354300278.00 | 37.354.300.278,00",
        "80.01          | 80,01",
        "0.87           | 0,87",
        "0.05           | 0,05",
        "-3.73          | -3,73",
        "-0.5           | -0,5",
        "100            | 100",
        "1000           | 1.000",
        "999999         | 999.999",
        "1000000        | 1.000.000",
        "0              | 0",
        "0.000          | 0,000",
        "80.010         | 80,010",
        "4E+3           | 4.000",
    })
    void printsTheOwnScaleInIndonesian(String value, String expected) {
        assertThat(ID.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void printsPlainWithoutGrouping() {
        assertThat(AngkaFormat.PLAIN.format(new BigDecimal("40353401000.00")))
                .isEqualTo("40353401000.00");
        assertThat(AngkaFormat.PLAIN.format(new BigDecimal("-1234.56"))).isEqualTo("-1234.56");
    }

    @ParameterizedTest(name = "{0} at {1} decimals {2} prints \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "114.5265    | 2 | HALF_UP     | 114,53",
        "108.6956    | 2 | DOWN        | 108,69",      // Klojen prints 108,69: truncated
        "109.7388    | 2 | HALF_UP     | 109,74",
        "40353401000 | 2 | UNNECESSARY | 40.353.401.000,00",
        "999.995     | 2 | HALF_UP     | 1.000,00",
        "-0.004      | 2 | HALF_UP     | 0,00",
        "-3.735      | 2 | HALF_EVEN   | -3,74",
        "92.57       | 0 | HALF_UP     | 93",
    })
    void roundsOnlyWhenAsked(String value, int scale, RoundingMode mode, String expected) {
        assertThat(ID.withDesimal(scale, mode).format(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void withDesimalLeavesTheOriginalUnchanged() {
        AngkaFormat twoDecimals = ID.withDesimal(2, RoundingMode.HALF_UP);
        assertThat(twoDecimals.format(new BigDecimal("80.1"))).isEqualTo("80,10");
        assertThat(ID.format(new BigDecimal("80.1"))).isEqualTo("80,1");
    }

    @Test
    void unnecessaryRoundingThrowsInsteadOfRounding() {
        assertThatThrownBy(() -> ID.withDesimal(2, RoundingMode.UNNECESSARY)
                        .format(new BigDecimal("114.5265")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Angka 114.5265 has 4 decimals, more than the 2 of this format; "
                        + "choose a RoundingMode other than UNNECESSARY to round")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void refusesToPrintWhatCouldNotBeReadBack() {
        BigDecimal tooLong = new BigDecimal("1E+" + AngkaFormat.MAX_DIGITS);
        assertThatThrownBy(() -> ID.format(tooLong))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("has 1001 digits in plain form, more than the 1000");
        assertThatThrownBy(() -> ID.withDesimal(2, RoundingMode.HALF_UP)
                        .format(new BigDecimal("1E-1000000000")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("more than the 1000");
        assertThat(ID.format(new BigDecimal("1E+999"))).hasSize(1000 + 333);
    }

    @Test
    void rejectsBadOptionsAndNullValues() {
        assertThatThrownBy(() -> ID.withDesimal(-1, RoundingMode.HALF_UP))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("AngkaFormat.desimal must be between 0 and 999 so that a formatted number keeps"
                        + " within 1000 digits, was -1");
        assertThatThrownBy(() -> ID.withDesimal(2, null))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("AngkaFormat.pembulatan must not be null");
        assertThatThrownBy(() -> ID.format(null))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Angka value must not be null");
    }

    @Test
    void describesItsOptions() {
        assertThat(ID).hasToString("AngkaFormat[Indonesian, own scale]");
        assertThat(AngkaFormat.PLAIN.withDesimal(2, RoundingMode.DOWN))
                .hasToString("AngkaFormat[plain, 2 decimals DOWN]");
    }
}
