package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void checkPassesWhenTheConditionHolds() {
        Checks.check(true, "never formatted %s", "x");
    }

    @Test
    void checkThrowsSakipExceptionWithTheFormattedMessage() {
        assertThatThrownBy(() -> Checks.check(false, "Target.nilai must be > 0 for Polaritas.NEGATIF, was %s", 0))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Target.nilai must be > 0 for Polaritas.NEGATIF, was 0");
    }

    @Test
    void checkFormatsNumbersWithADecimalPointEvenUnderAnIndonesianDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("id-ID"));
        try {
            assertThatThrownBy(() -> Checks.check(false, "was %.2f", new BigDecimal("80.01")))
                    .hasMessage("was 80.01");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void notNullReturnsTheValue() {
        assertThat(Checks.notNull("Nilai SAKIP OPD", "Indikator.nama")).isEqualTo("Nilai SAKIP OPD");
    }

    @Test
    void notNullNamesTheField() {
        assertThatThrownBy(() -> Checks.notNull(null, "Indikator.nama"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Indikator.nama must not be null");
    }

    @Test
    void notBlankRejectsNullEmptyAndWhitespace() {
        assertThatThrownBy(() -> Checks.notBlank(null, "Sasaran.nama")).hasMessage("Sasaran.nama must not be null");
        assertThatThrownBy(() -> Checks.notBlank("", "Sasaran.nama"))
                .hasMessage("Sasaran.nama must not be blank, was \"\"");
        assertThatThrownBy(() -> Checks.notBlank(" \t\n", "Sasaran.nama"))
                .isInstanceOf(SakipException.class).hasMessageContaining("Sasaran.nama must not be blank");
        assertThat(Checks.notBlank(" x ", "Sasaran.nama")).isEqualTo(" x ");
    }

    @Test
    void notNegativeAcceptsZeroAndRejectsBelowZeroWithThePlainValue() {
        assertThat(Checks.notNegative(new BigDecimal("0.00"), "Pagu.jumlah")).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Checks.notNegative(new BigDecimal("-1E-2"), "Pagu.jumlah"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Pagu.jumlah must be >= 0, was -0.01");
        assertThatThrownBy(() -> Checks.notNegative(null, "Pagu.jumlah")).hasMessage("Pagu.jumlah must not be null");
    }

    @Test
    void noNullElementsNamesTheIndexOfTheFirstNull() {
        assertThatThrownBy(() -> Checks.noNullElements(Arrays.asList("a", null, null), "Sasaran.indikator"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Sasaran.indikator must not contain null, found one at index 1");
        assertThatThrownBy(() -> Checks.noNullElements(null, "Sasaran.indikator"))
                .hasMessage("Sasaran.indikator must not be null");
    }

    @Test
    void noNullElementsReturnsAnUnmodifiableCopyInOrder() {
        List<String> source = new ArrayList<>(List.of("a", "b", "c"));
        List<String> copy = Checks.noNullElements(source, "Sasaran.indikator");
        source.set(0, "z");
        source.add("d");
        assertThat(copy).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> copy.add("e")).isInstanceOf(UnsupportedOperationException.class);
    }
}
