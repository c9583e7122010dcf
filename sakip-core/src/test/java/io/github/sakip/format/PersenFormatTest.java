package io.github.sakip.format;

import static io.github.sakip.format.FormatTestSupport.amounts;
import static io.github.sakip.format.FormatTestSupport.arbitraryText;
import static io.github.sakip.format.FormatTestSupport.assertParseError;
import static io.github.sakip.format.FormatTestSupport.assertReadsOrReportsPosition;
import static io.github.sakip.format.FormatTestSupport.mutated;
import static io.github.sakip.format.FormatTestSupport.roundingModes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersenFormatTest {

    private static final PersenFormat ID = PersenFormat.INDONESIA;

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "114,53%         | 114.53",   // Tabel 3.1, rata-rata capaian
        "'114,53 %'      | 114.53",   // Bab III text: "sebesar 114,53 %"
        "92,57%          | 92.57",    // penyerapan anggaran 2021
        "109,74%         | 109.74",
        "100%            | 100",
        "'100 %'         | 100",      // "tercapai 100 %"
        "-3,73%          | -3.73",
        "0,5%            | 0.5",
        "'114,53\u00A0%' | 114.53",
        "'114,53\u202F%' | 114.53",
    })
    void readsPercentagesAsPrintedInTheKlojenReport(String text, String expected) {
        assertThat(ID.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "114,53      | 6 | no percent sign",
        "114,53x     | 6 | an unexpected character 'x' (U+0078)",
        "'114,53  %' | 6 | a space",
        "'114,53\t%' | 6 | a space character U+0009",
        "114,53%%    | 6 | an unexpected character '%' (U+0025)",
        "%           | 0 | no digit",
        "' 114,53%'  | 0 | a space",
        "114.53%     | 4 | a group of 2 digits",
        "1,2,3%      | 3 | a second decimal comma",
        "%114,53     | 0 | an unexpected character '%' (U+0025)",
    })
    void rejectsMalformedPercentages(String text, int position, String what) {
        assertThat(assertParseError(ID::parse, text, position, what).getMessage())
                .startsWith("Persen \"" + text + "\" is not a percentage in Indonesian format: ");
    }

    @Test
    void missingPercentSignNamesTheRule() {
        assertThatThrownBy(() -> ID.parse("80,01"))
                .hasMessage("Persen \"80,01\" is not a percentage in Indonesian format: "
                        + "no percent sign at position 5, a percentage ends with '%'");
        assertThatThrownBy(() -> ID.parse(""))
                .isInstanceOfSatisfying(SakipParseException.class,
                        e -> assertThat(e.getErrorIndex()).isZero());
    }

    @ParameterizedTest(name = "{0} prints \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "114.53 | 114,53%",
        "92.57  | 92,57%",
        "100    | 100%",
        "-3.73  | -3,73%",
        "1234.5 | 1.234,5%",
    })
    void printsThePercentSignWithoutSpace(String value, String expected) {
        assertThat(ID.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void printsWithTheNumberFormatGiven() {
        assertThat(PersenFormat.of(AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.HALF_UP))
                .format(new BigDecimal("109.7388"))).isEqualTo("109,74%");
        assertThat(PersenFormat.of(AngkaFormat.PLAIN).format(new BigDecimal("114.53")))
                .isEqualTo("114.53%");
        assertThat(PersenFormat.of(AngkaFormat.PLAIN).parse("114.53 %"))
                .isEqualTo(new BigDecimal("114.53"));
        assertThat(PersenFormat.of(AngkaFormat.PLAIN)).hasToString("PersenAngkaFormat[plain, own scale]");
    }

    @Test
    void nullsNameTheField() {
        assertThatThrownBy(() -> ID.parse(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Persen text must not be null");
        assertThatThrownBy(() -> ID.format((BigDecimal) null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Persen value must not be null");
        assertThatThrownBy(() -> ID.format((Persen) null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Persen value must not be null");
        assertThatThrownBy(() -> ID.parsePersen(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Persen text must not be null");
    }

    @Test
    void formatsAndReadsTheValueType() {
        assertThat(ID.format(Persen.of(new BigDecimal("92.63")))).isEqualTo("92,63%");
        assertThat(ID.parsePersen("92,63%")).isEqualTo(Persen.of(new BigDecimal("92.63")));
        assertThat(ID.parsePersen("92,630 %")).isEqualTo(Persen.of(new BigDecimal("92.630")));
        assertThatThrownBy(() -> PersenFormat.of(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PersenFormat.angka must not be null");
    }

    @Test
    void roundTripKeepsValueAndScale() {
        qt().withExamples(1_000).forAll(amounts()).checkAssert(value -> {
            assertThat(ID.parse(ID.format(value))).isEqualTo(value);
            assertThat(ID.parsePersen(ID.format(Persen.of(value)))).isEqualTo(Persen.of(value));
            PersenFormat plain = PersenFormat.of(AngkaFormat.PLAIN);
            assertThat(plain.parse(plain.format(value))).isEqualTo(value);
        });
    }

    @Test
    void fixedScaleRoundTripGivesTheRoundedValue() {
        qt().withExamples(500).forAll(amounts(), integers().between(0, 4), roundingModes())
                .checkAssert((value, scale, mode) -> {
                    PersenFormat format = PersenFormat.of(AngkaFormat.INDONESIA.withDesimal(scale, mode));
                    assertThat(format.parse(format.format(value))).isEqualTo(value.setScale(scale, mode));
                });
    }

    @Test
    void parseOfArbitraryTextReadsOrReportsAPositionInside() {
        qt().withExamples(3_000).forAll(arbitraryText())
                .checkAssert(text -> assertReadsOrReportsPosition(ID::parse, text));
    }

    @Test
    void parseOfNearMissesReadsOrReportsAPositionInside() {
        qt().withExamples(2_000).forAll(mutated(ID::format))
                .checkAssert(text -> assertReadsOrReportsPosition(ID::parse, text));
    }
}
