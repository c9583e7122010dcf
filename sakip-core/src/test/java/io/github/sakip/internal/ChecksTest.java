package io.github.sakip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    @Test
    void notBlankRejectsNoBreakSpacesThatStringIsBlankAccepts() {
        for (String blank : List.of("\u00A0", "\u2007", "\u202F", " \u00A0\t", "\u3000")) {
            assertThat(blank.isBlank() && blank.contains("\u00A0")).isFalse();
            assertNotBlankRefuses(blank);
        }
        assertThat(Checks.notBlank("a\u00A0", "Indikator.nama")).isEqualTo("a\u00A0");
    }

    @Test
    void notBlankCountsControlCharactersAsSpaces() {
        List.of("\u0000", "\u0085", " \u0001\u007F\u009F").forEach(ChecksTest::assertNotBlankRefuses);
        assertThat(Checks.notBlank("\u200B", "Indikator.nama")).isEqualTo("\u200B");
    }

    private static void assertNotBlankRefuses(String blank) {
        assertThatThrownBy(() -> Checks.notBlank(blank, "Indikator.nama"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Indikator.nama must not be blank, was \"" + blank + "\"");
    }

    @Test
    void normalizeSpacesTrimsUnicodeSpacesAndMakesInnerRunsOneAsciiSpace() {
        assertThat(Checks.normalizeSpaces("\u2003Unit\u00A0 Usaha\n", "Satuan.nama")).isEqualTo("Unit Usaha");
        assertThat(Checks.normalizeSpaces("\u3000kg\u202F\u2007", "Satuan.nama")).isEqualTo("kg");
        assertThat(Checks.normalizeSpaces("\u0000a\u0001\u0085b\u009F", "Satuan.nama")).isEqualTo("a b");
        assertThat(Checks.normalizeSpaces("a", "Satuan.nama")).isEqualTo("a");
        assertThat(Checks.normalizeSpaces("\u200Ba\uFEFF", "Satuan.nama")).isEqualTo("\u200Ba\uFEFF");
        assertThatThrownBy(() -> Checks.normalizeSpaces("\u00A0\t\u0000", "Satuan.nama"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Satuan.nama must not be blank, was \"\u00A0\t\u0000\"");
        assertThatThrownBy(() -> Checks.normalizeSpaces(null, "Satuan.nama")).hasMessage("Satuan.nama must not be null");
    }

    @Test
    void everyJavaWhitespaceAndSpaceCharIsASpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c <= ' ') {
                assertThat(Checks.normalizeSpaces("a" + c + c + "b" + c, "Satuan.nama")).as("U+%04X", (int) c)
                        .isEqualTo("a b");
            }
        }
    }

    @Test
    void normalizeSpacesRemovesAllThatStringStripAndTrimRemoveAndIsIdempotent() {
        Gen<String> texts = lists().of(Generate.pick(List.of('a', 'B', '1', ' ', '\t', '\n', '\u0000', '\u0085',
                '\u00A0', '\u2007', '\u202F', '\u2003', '\u3000', '\u200B', '\uD83D', '\uDE00')))
                .ofSizeBetween(0, 12).map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
        qt().withExamples(300).forAll(texts).checkAssert(text -> {
            String words = Arrays.stream(text.split("[\\p{javaWhitespace}\\p{javaSpaceChar}\\p{javaISOControl}]+"))
                    .filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
            if (words.isEmpty()) {
                assertThatThrownBy(() -> Checks.normalizeSpaces(text, "Satuan.nama"))
                        .hasMessageStartingWith("Satuan.nama must not be blank");
            } else {
                String normal = Checks.normalizeSpaces(text, "Satuan.nama");
                assertThat(normal).isEqualTo(words).isEqualTo(normal.strip()).isEqualTo(normal.trim());
                assertThat(Checks.normalizeSpaces(normal, "Satuan.nama")).isEqualTo(normal);
            }
        });
    }

    @Test
    void quoteShowsSixtyCharactersWholeAndShortensLongerTextWithItsLength() {
        assertThat(Checks.quote("2021-TW5")).isEqualTo("\"2021-TW5\"");
        assertThat(Checks.quote("")).isEqualTo("\"\"");
        String sixty = "1".repeat(Checks.QUOTE_LIMIT);
        assertThat(Checks.quote(sixty)).isEqualTo("\"" + sixty + "\"");
        assertThat(Checks.quote(sixty + "2")).isEqualTo("\"" + sixty + "...\" (61 characters)");
        assertThat(Checks.quote(new StringBuilder("9".repeat(1 << 20))))
                .isEqualTo("\"" + "9".repeat(60) + "...\" (1048576 characters)");
        assertThat(Checks.QUOTE_LIMIT).isEqualTo(60);
        assertThatThrownBy(() -> Checks.quote(null)).hasMessage("Checks.quote text must not be null");
    }

    @Test
    void quoteDoesNotCutASurrogatePairInHalf() {
        String emoji = "\uD83D\uDE00";
        String pairAcrossTheLimit = "x".repeat(59) + emoji + "x";
        assertThat(Checks.quote(pairAcrossTheLimit)).isEqualTo("\"" + "x".repeat(59) + "...\" (62 characters)");
        String pairWithin = "x".repeat(58) + emoji + "xx";
        assertThat(Checks.quote(pairWithin)).isEqualTo("\"" + "x".repeat(58) + emoji + "...\" (62 characters)");
    }

    @Test
    void notBlankQuotesALongBlankValueShortened() {
        assertThatThrownBy(() -> Checks.notBlank("\u00A0".repeat(1 << 20), "Indikator.nama"))
                .hasMessage("Indikator.nama must not be blank, was \"" + "\u00A0".repeat(60)
                        + "...\" (1048576 characters)");
    }

    @Test
    void boundedDigitsAcceptsUpToAThousandDigitsInPlainForm() {
        BigDecimal thousandIntegerDigits = new BigDecimal(BigInteger.TEN.pow(1000).subtract(BigInteger.ONE));
        BigDecimal thousandDecimals = new BigDecimal(BigInteger.ONE, 999);
        BigDecimal mixed = new BigDecimal(BigInteger.TEN.pow(999), 499);
        for (BigDecimal ok : List.of(thousandIntegerDigits, thousandDecimals, mixed, new BigDecimal("1E+999"),
                new BigDecimal("0E+1000000000"), BigDecimal.ZERO, new BigDecimal("-40353401000.00"))) {
            assertThat(Checks.boundedDigits(ok, "Rupiah.amount")).isSameAs(ok);
        }
        assertThat(Checks.MAX_DIGITS).isEqualTo(1000);
    }

    @Test
    void boundedDigitsRefusesLongerNumbersWithoutPrintingThem() {
        assertThatThrownBy(() -> Checks.boundedDigits(new BigDecimal("1E+1000000000"), "Target.nilai"))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Target.nilai must have at most 1000 digits in plain form, was 1E+1000000000"
                        + " (1000000001 digits)");
        assertThatThrownBy(() -> Checks.boundedDigits(new BigDecimal("-1E-1000"), "Persen.nilai"))
                .hasMessage("Persen.nilai must have at most 1000 digits in plain form, was -1E-1000 (1001 digits)");
        assertThatThrownBy(() -> Checks.boundedDigits(new BigDecimal("1E+1000"), "Persen.nilai"))
                .hasMessage("Persen.nilai must have at most 1000 digits in plain form, was 1E+1000 (1001 digits)");
        assertThatThrownBy(() -> Checks.boundedDigits(new BigDecimal("0E-1000"), "Persen.nilai"))
                .hasMessage("Persen.nilai must have at most 1000 digits in plain form, was 0E-1000 (1001 digits)");
        BigDecimal long1001 = new BigDecimal(BigInteger.TEN.pow(1000));
        assertThatThrownBy(() -> Checks.boundedDigits(long1001, "Rupiah.amount"))
                .hasMessage("Rupiah.amount must have at most 1000 digits in plain form, was a number of 1001"
                        + " significant digits and scale 0 (1001 digits)");
        BigDecimal forty = new BigDecimal(BigInteger.TEN.pow(39), -961);
        assertThatThrownBy(() -> Checks.boundedDigits(forty, "Rupiah.amount"))
                .hasMessage("Rupiah.amount must have at most 1000 digits in plain form, was " + forty
                        + " (1001 digits)");
        assertThatThrownBy(() -> Checks.boundedDigits(null, "Rupiah.amount"))
                .hasMessage("Rupiah.amount must not be null");
    }

    @Test
    void notNegativeAlsoBoundsTheDigits() {
        assertThatThrownBy(() -> Checks.notNegative(new BigDecimal("-1E+1000000000"), "Pemeriksa.toleransi"))
                .hasMessageStartingWith("Pemeriksa.toleransi must have at most 1000 digits");
        assertThat(Checks.notNegative(new BigDecimal("1E+999"), "Pemeriksa.toleransi"))
                .isEqualByComparingTo(BigDecimal.TEN.pow(999));
    }
}
