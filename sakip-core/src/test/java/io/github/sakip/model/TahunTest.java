package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import org.junit.jupiter.api.Test;

class TahunTest {

    @Test
    void yearMadeAgainFromTheSameNumberIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(integers().between(Tahun.MIN, Tahun.MAX), Tahun::of);
    }

    @Test
    void parseReadsWhatToStringPrints() {
        ValueContract.assertParseReadsToString(ModelGen.tahun(), Tahun::parse);
    }

    @Test
    void parseFailsOnlyWithSakipExceptionOnAnyText() {
        ValueContract.assertParseFailsOnlyWithSakipException(
                ModelGen.parseInput("0123456789-+ ", ModelGen.tahun().map(Tahun::toString)), Tahun::parse);
    }

    @Test
    void bothBoundsAreAcceptedAndTheYearsBeyondAreRejectedWithTheRange() {
        assertThat(Tahun.of(1945).getValue()).isEqualTo(1945);
        assertThat(Tahun.of(9999).getValue()).isEqualTo(9999);
        assertThatThrownBy(() -> Tahun.of(1944)).isInstanceOf(SakipException.class)
                .hasMessage("Tahun.value must be between 1945 and 9999, was 1944");
        assertThatThrownBy(() -> Tahun.of(10_000)).isInstanceOf(SakipException.class)
                .hasMessageContaining("was 10000");
    }

    @Test
    void plusIntegerMaxValueOverflowsIntoASakipExceptionNotAWrappedYear() {
        assertThatThrownBy(() -> Tahun.of(2021).plus(Integer.MAX_VALUE))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Tahun.value must be between 1945 and 9999, was 2147485668");
        assertThatThrownBy(() -> Tahun.of(2021).minus(Integer.MIN_VALUE))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("was 2147485669");
        assertThatThrownBy(() -> Tahun.of(2021).plus(Integer.MIN_VALUE))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("was -2147481627");
    }

    @Test
    void minusUndoesPlus() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(ModelGen.tahun(), integers().between(-100, 100))
                .assuming((t, n) -> t.getValue() + n >= Tahun.MIN && t.getValue() + n <= Tahun.MAX)
                .checkAssert((t, n) -> {
                    assertThat(t.plus(n).getValue()).isEqualTo(t.getValue() + n);
                    assertThat(t.plus(n).minus(n)).isEqualTo(t);
                });
    }

    @Test
    void isBeforeAndIsAfterAgreeWithCompareTo() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(ModelGen.tahun(), ModelGen.tahun()).checkAssert((a, b) -> {
            assertThat(a.isBefore(b)).isEqualTo(a.compareTo(b) < 0).isEqualTo(a.getValue() < b.getValue());
            assertThat(a.isAfter(b)).isEqualTo(a.compareTo(b) > 0).isEqualTo(b.isBefore(a));
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        });
    }

    @Test
    void parseNamesThePositionOfTheFirstNonDigit() {
        assertThatThrownBy(() -> Tahun.parse("20a1")).isInstanceOfSatisfying(SakipParseException.class, e -> {
            assertThat(e.getErrorIndex()).isEqualTo(2);
            assertThat(e.getMessage()).contains("\"20a1\"", "four digits", "position 2");
        });
    }

    @Test
    void parseRejectsFewerOrMoreThanFourDigits() {
        assertThatThrownBy(() -> Tahun.parse("202")).isInstanceOf(SakipParseException.class)
                .hasMessageContaining("had 3");
        assertThatThrownBy(() -> Tahun.parse("02021")).isInstanceOf(SakipParseException.class)
                .hasMessageContaining("had 5");
    }

    @Test
    void parseOfFourDigitsOutOfRangeIsRejected() {
        assertThatThrownBy(() -> Tahun.parse("0999")).isInstanceOf(SakipException.class)
                .hasMessageContaining("was 999");
    }

    @Test
    void parseOfNullIsASakipException() {
        ValueContract.assertNullRejected(() -> Tahun.parse(null), "Tahun text");
    }

    @Test
    void parseOfAFourDigitYearBelowTheRangeIsAParseError() {
        assertThatThrownBy(() -> Tahun.parse("0999")).isExactlyInstanceOf(SakipParseException.class)
                .hasMessage("Tahun \"0999\" must be between 1945 and 9999, was 999");
    }

    @Test
    void comparisonsRejectNullWithTheField() {
        assertThatThrownBy(() -> Tahun.of(2021).isBefore(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Tahun.isBefore other must not be null");
        assertThatThrownBy(() -> Tahun.of(2021).isAfter(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Tahun.isAfter other must not be null");
    }

    @Test
    void convertsToAndFromJavaTimeYears() {
        qt().forAll(integers().between(Tahun.MIN, Tahun.MAX)).checkAssert(y -> {
            Tahun t = Tahun.of(y);
            assertThat(t.toYear()).isEqualTo(java.time.Year.of(y));
            assertThat(Tahun.from(t.toYear())).isEqualTo(t);
        });
        assertThat(Tahun.from(java.time.LocalDate.of(2021, 12, 31))).isEqualTo(Tahun.of(2021));
        assertThatThrownBy(() -> Tahun.from(java.time.Year.of(1900))).isInstanceOf(SakipException.class)
                .hasMessage("Tahun.value must be between 1945 and 9999, was 1900");
        assertThatThrownBy(() -> Tahun.from(java.time.LocalTime.NOON)).isInstanceOf(SakipException.class)
                .hasMessage("Tahun.from needs a year, 12:00 has none");
        assertThatThrownBy(() -> Tahun.from(java.time.chrono.ThaiBuddhistDate.of(2564, 1, 1)))
                .isInstanceOf(SakipException.class).hasMessageContaining("ISO calendar");
        assertThatThrownBy(() -> Tahun.from(null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("Tahun.from temporal");
    }
}
