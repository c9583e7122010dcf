package io.github.sakip.format;

import static io.github.sakip.format.FormatTestSupport.amounts;
import static io.github.sakip.format.FormatTestSupport.arbitraryText;
import static io.github.sakip.format.FormatTestSupport.assertReadsOrReportsPosition;
import static io.github.sakip.format.FormatTestSupport.mutated;
import static io.github.sakip.format.FormatTestSupport.numberLikeText;
import static io.github.sakip.format.FormatTestSupport.roundingModes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties of {@link AngkaFormat}: round trips, and a strict grammar checked against a regex. */
class AngkaFormatPropertiesTest {

    /** The Indonesian grammar of the class Javadoc, written independently as a regex. */
    private static final Pattern INDONESIAN = Pattern.compile(
            "[+-]?(0|[1-9][0-9]*|[1-9][0-9]{0,2}(\\.[0-9]{3})+)(,[0-9]+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final Pattern GROUPED = Pattern.compile("-?[1-9][0-9]{0,2}(\\.[0-9]{3})*(,[0-9]+)?|-?0(,[0-9]+)?");

    @Test
    void indonesianRoundTripKeepsValueAndScale() {
        qt().withExamples(2_000).forAll(amounts()).checkAssert(value ->
                assertThat(AngkaFormat.INDONESIA.parse(AngkaFormat.INDONESIA.format(value)))
                        .isEqualTo(value));
    }

    @Test
    void plainRoundTripKeepsValueAndScale() {
        qt().withExamples(1_000).forAll(amounts()).checkAssert(value ->
                assertThat(AngkaFormat.PLAIN.parse(AngkaFormat.PLAIN.format(value))).isEqualTo(value));
    }

    @Test
    void fixedScaleRoundTripGivesTheRoundedValue() {
        qt().withExamples(1_000)
                .forAll(amounts(), integers().between(0, 6), roundingModes())
                .checkAssert((value, scale, mode) -> {
                    AngkaFormat format = AngkaFormat.INDONESIA.withDesimal(scale, mode);
                    assertThat(format.parse(format.format(value)))
                            .isEqualTo(value.setScale(scale, mode));
                });
    }

    @Test
    void plainFormatIsToPlainString() {
        qt().withExamples(1_000).forAll(amounts()).checkAssert(value ->
                assertThat(AngkaFormat.PLAIN.format(value)).isEqualTo(value.toPlainString()));
    }

    @Test
    void indonesianFormatIsPlainStringWithGroupsOfThree() {
        qt().withExamples(1_000).forAll(amounts()).checkAssert(value -> {
            String text = AngkaFormat.INDONESIA.format(value);
            assertThat(text).matches(GROUPED);
            assertThat(text.replace(".", "").replace(',', '.')).isEqualTo(value.toPlainString());
        });
    }

    @Test
    void indonesianParseAcceptsExactlyTheGrammarAndReadsTheSameValue() {
        qt().withExamples(5_000).forAll(numberLikeText()).checkAssert(text ->
                assertAcceptsExactly(AngkaFormat.INDONESIA, INDONESIAN, text,
                        text.replace(".", "").replace(',', '.')));
    }

    @Test
    void plainParseAcceptsExactlyTheGrammarAndReadsTheSameValue() {
        qt().withExamples(3_000).forAll(numberLikeText()).checkAssert(text ->
                assertAcceptsExactly(AngkaFormat.PLAIN, PLAIN, text, text));
    }

    @Test
    void parseOfArbitraryTextReadsOrReportsAPositionInside() {
        qt().withExamples(3_000).forAll(arbitraryText()).checkAssert(text -> {
            assertReadsOrReportsPosition(AngkaFormat.INDONESIA::parse, text);
            assertReadsOrReportsPosition(AngkaFormat.PLAIN::parse, text);
        });
    }

    @Test
    void parseOfNearMissesReadsOrReportsAPositionInside() {
        qt().withExamples(3_000).forAll(mutated(AngkaFormat.INDONESIA::format)).checkAssert(text ->
                assertReadsOrReportsPosition(AngkaFormat.INDONESIA::parse, text));
    }

    /**
     * Asserts that {@code format} reads {@code text} when it matches {@code grammar}, to the
     * value {@code BigDecimal} reads from {@code asJava}, and refuses it otherwise.
     */
    private static void assertAcceptsExactly(
            AngkaFormat format, Pattern grammar, String text, String asJava) {
        Throwable thrown = catchThrowable(() -> format.parse(text));
        if (grammar.matcher(text).matches()) {
            assertThat(thrown).as("\"%s\" matches the grammar", text).isNull();
            assertThat(format.parse(text)).isEqualTo(new BigDecimal(asJava));
        } else {
            assertThat(thrown).as("\"%s\" breaks the grammar", text)
                    .isInstanceOf(SakipParseException.class);
        }
    }
}
