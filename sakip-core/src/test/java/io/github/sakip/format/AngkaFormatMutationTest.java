package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Edges of AngkaFormat, AngkaParser, ParseContext and RupiahFormat that the example tests leave open. */
class AngkaFormatMutationTest {

    @Test
    void withDesimalAcceptsZeroAndRefusesMinusOne() {
        assertThat(AngkaFormat.INDONESIA.withDesimal(0, RoundingMode.DOWN).format(new BigDecimal("1234.99")))
                .isEqualTo("1.234");
        assertThatThrownBy(() -> AngkaFormat.INDONESIA.withDesimal(-1, RoundingMode.DOWN))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("AngkaFormat.desimal must be between 0 and 999 so that a formatted number keeps"
                        + " within 1000 digits, was -1");
    }

    @Test
    void paddingToTheFormatsScaleMustStayWithinTheDigitLimit() {
        AngkaFormat mostDecimals = AngkaFormat.PLAIN.withDesimal(AngkaFormat.MAX_DESIMAL, RoundingMode.HALF_UP);
        assertThatThrownBy(() -> mostDecimals.format(new BigDecimal("12345")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageStartingWith("Angka 12345.000")
                .hasMessageEndingWith("has 1004 digits in plain form, more than the 1000 this format prints");
    }

    @Test
    void integerDigitsAndDecimalsCountTogether() {
        BigDecimal sixHundredEach = new BigDecimal(BigInteger.TEN.pow(1199), 600);
        assertThatThrownBy(() -> AngkaFormat.PLAIN.format(sixHundredEach))
                .hasMessageEndingWith("has 1200 digits in plain form, more than the 1000 this format prints");
    }

    @Test
    void plainNotationHasNoGroupingCharacterNotEvenU0000() {
        assertThatThrownBy(() -> AngkaFormat.PLAIN.parse("1\u0000234"))
                .isInstanceOf(SakipParseException.class)
                .hasMessageContaining("an unexpected character '\u0000' (U+0000) at position 1");
        assertThatThrownBy(() -> AngkaFormat.PLAIN.parse("1.5\u0000"))
                .hasMessageContaining("an unexpected character '\u0000' (U+0000) at position 3");
        assertThatThrownBy(() -> AngkaFormat.PLAIN.parse("\u00001"))
                .hasMessageContaining("an unexpected character '\u0000' (U+0000) at position 0");
    }

    @Test
    void messagesQuoteSixtyCharactersWholeAndShortenLongerText() {
        String sixty = "x".repeat(60);
        assertThatThrownBy(() -> AngkaFormat.INDONESIA.parse(sixty))
                .hasMessageStartingWith("Angka \"" + sixty + "\" is not a number");
        String sixtyOne = "x".repeat(61);
        assertThatThrownBy(() -> AngkaFormat.INDONESIA.parse(sixtyOne))
                .hasMessageStartingWith("Angka \"" + sixty + "...\" (61 characters) is not a number");
    }

    @Test
    void aSignedRupiahThatEndsAfterRpHasNoDigit() {
        assertThatThrownBy(() -> RupiahFormat.INDONESIA.parse("-Rp"))
                .isInstanceOf(SakipParseException.class)
                .hasMessageContaining("no digit at position 3");
        assertThatThrownBy(() -> RupiahFormat.INDONESIA.parse("-Rp "))
                .hasMessageContaining("no digit at position 4");
    }

    @Test
    void withDesimalRefusesAScaleAtWhichNoNumberFitsTheDigitLimit() {
        // 1000 decimals and the digit before the separator make 1001 digits: even 0 could not be printed.
        for (int scale : new int[] {Checks.MAX_DIGITS, Checks.MAX_DIGITS + 1}) {
            assertThatThrownBy(() -> AngkaFormat.PLAIN.withDesimal(scale, RoundingMode.DOWN))
                    .isExactlyInstanceOf(SakipException.class)
                    .hasMessage("AngkaFormat.desimal must be between 0 and 999 so that a formatted number keeps"
                            + " within 1000 digits, was " + scale);
        }
        assertThat(AngkaFormat.MAX_DESIMAL).isEqualTo(Checks.MAX_DIGITS - 1);
        assertThat(AngkaFormat.MAX_DIGITS).isEqualTo(Checks.MAX_DIGITS);
    }

    @Test
    void everyNumberBelowTenFormatsAndReadsBackAtTheLargestScale() {
        for (AngkaFormat notation : new AngkaFormat[] {AngkaFormat.PLAIN, AngkaFormat.INDONESIA}) {
            AngkaFormat most = notation.withDesimal(AngkaFormat.MAX_DESIMAL, RoundingMode.HALF_EVEN);
            for (String value : new String[] {"0", "-9.5", "0.1234567890123456789", "9.99"}) {
                String text = most.format(new BigDecimal(value));
                assertThat(text.chars().filter(Character::isDigit).count()).isEqualTo(Checks.MAX_DIGITS);
                assertThat(most.parse(text)).isEqualTo(new BigDecimal(value).setScale(AngkaFormat.MAX_DESIMAL));
            }
        }
    }

    @Test
    void zeroWithANegativeScaleIsZeroNotAThousandDigits() {
        assertThat(AngkaFormat.INDONESIA.format(new BigDecimal("0E+2000"))).isEqualTo("0");
        assertThat(AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.UNNECESSARY).format(new BigDecimal("0E+2000")))
                .isEqualTo("0,00");
        assertThat(Terbilang.of(new BigDecimal("0E+20"))).isEqualTo("nol");
        assertThat(Terbilang.rupiah(new BigDecimal("0E+20"))).isEqualTo("nol rupiah");
        assertThatThrownBy(() -> Terbilang.of(new BigDecimal("1E+18")))
                .hasMessage("Terbilang angka must be below 10^18 in magnitude (kuadriliun is the largest scale word),"
                        + " was 1E+18");
        assertThatThrownBy(() -> AngkaFormat.INDONESIA.format(new BigDecimal("1E+1000")))
                .hasMessage("Angka 1E+1000 has 1001 digits in plain form, more than the 1000 this format prints");
    }
}
