package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TerbilangTest {

    private static final long MAX = 999_999_999_999_999_999L;

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "0             | nol",
        "1             | satu",
        "10            | sepuluh",
        "11            | sebelas",
        "12            | dua belas",
        "19            | sembilan belas",
        "20            | dua puluh",
        "21            | dua puluh satu",
        "100           | seratus",
        "101           | seratus satu",
        "110           | seratus sepuluh",
        "111           | seratus sebelas",
        "200           | dua ratus",
        "1000          | seribu",
        "1001          | seribu satu",
        "2000          | dua ribu",
        "11000         | sebelas ribu",
        "21000         | dua puluh satu ribu",
        "100000        | seratus ribu",
        "101000        | seratus satu ribu",
        "1000000       | satu juta",
        "1001000       | satu juta seribu",
        "1000000000    | satu miliar",
        "1000000000000 | satu triliun",
        "1000000000000000 | satu kuadriliun",
        "40353401000   | empat puluh miliar tiga ratus lima puluh tiga juta empat ratus satu ribu",
        "679           | enam ratus tujuh puluh sembilan",
        "-3            | minus tiga",
        "4E+3          | empat ribu",
    })
    void spellsWholeNumbers(String value, String words) {
        assertThat(Terbilang.of(new BigDecimal(value))).isEqualTo(words);
    }

    @Test
    void spellsTheLargestSupportedNumber() {
        assertThat(Terbilang.of(BigDecimal.valueOf(MAX))).isEqualTo(
                "sembilan ratus sembilan puluh sembilan kuadriliun"
                + " sembilan ratus sembilan puluh sembilan triliun"
                + " sembilan ratus sembilan puluh sembilan miliar"
                + " sembilan ratus sembilan puluh sembilan juta"
                + " sembilan ratus sembilan puluh sembilan ribu"
                + " sembilan ratus sembilan puluh sembilan");
    }

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "76.57  | tujuh puluh enam koma lima puluh tujuh",   // Nilai SAKIP 2020
        "80.01  | delapan puluh koma nol satu",              // target Nilai SAKIP 2021
        "114.53 | seratus empat belas koma lima puluh tiga", // rata-rata capaian
        "0.87   | nol koma delapan puluh tujuh",             // rasio Linmas
        "0.5    | nol koma lima",
        "80.10  | delapan puluh koma sepuluh",
        "80.00  | delapan puluh koma nol nol",
        "3.005  | tiga koma nol nol lima",
        "-3.73  | minus tiga koma tujuh puluh tiga",
        "-0.5   | minus nol koma lima",
    })
    void readsDecimalsAsANumberByDefault(String value, String words) {
        assertThat(Terbilang.of(new BigDecimal(value))).isEqualTo(words);
        assertThat(Terbilang.of(new BigDecimal(value), BacaanDesimal.BILANGAN)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "76.57 | tujuh puluh enam koma lima tujuh",
        "80.01 | delapan puluh koma nol satu",
        "80.10 | delapan puluh koma satu nol",
        "0.123 | nol koma satu dua tiga",
    })
    void readsDecimalsDigitByDigitWhenAsked(String value, String words) {
        assertThat(Terbilang.of(new BigDecimal(value), BacaanDesimal.PER_DIGIT)).isEqualTo(words);
    }

    @ParameterizedTest(name = "Rp {0} is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "40353401000    | empat puluh miliar tiga ratus lima puluh tiga juta empat ratus satu ribu rupiah",
        "37354300278.00 | tiga puluh tujuh miliar tiga ratus lima puluh empat juta tiga ratus ribu dua ratus tujuh puluh delapan rupiah",
        "1500.25        | seribu lima ratus rupiah dua puluh lima sen",
        "1.500          | satu rupiah lima puluh sen",
        "0.25           | dua puluh lima sen",
        "0.01           | satu sen",
        "0              | nol rupiah",
        "0.00           | nol rupiah",
        "-5000          | minus lima ribu rupiah",
        "1000000        | satu juta rupiah",
    })
    void spellsRupiahWithSen(String value, String words) {
        assertThat(Terbilang.rupiah(new BigDecimal(value))).isEqualTo(words);
    }

    @Test
    void refusesWhatItCannotSpell() {
        assertThatThrownBy(() -> Terbilang.of(BigDecimal.TEN.pow(18)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Terbilang angka must be below 10^18 in magnitude (kuadriliun is the"
                        + " largest scale word), was 1000000000000000000");
        assertThatThrownBy(() -> Terbilang.of(new BigDecimal("-999999999999999999.5").subtract(BigDecimal.ONE)))
                .isExactlyInstanceOf(SakipException.class);
        assertThatThrownBy(() -> Terbilang.of(new BigDecimal("1E+1000000000")))
                .isExactlyInstanceOf(SakipException.class);
        assertThatThrownBy(() -> Terbilang.of(new BigDecimal("0.1234567890123456789")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Terbilang angka must have at most 18 decimals, was 0.1234567890123456789");
        assertThatThrownBy(() -> Terbilang.rupiah(new BigDecimal("1.005")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Terbilang rupiah must have at most 2 decimals (sen), was 1.005; round it first")
                .hasCauseInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Terbilang.rupiah(BigDecimal.TEN.pow(18)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessageStartingWith("Terbilang rupiah must be below 10^18");
    }

    @Test
    void nullsNameTheField() {
        assertThatThrownBy(() -> Terbilang.of(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Terbilang angka must not be null");
        assertThatThrownBy(() -> Terbilang.of(BigDecimal.ONE, null))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Terbilang bacaan must not be null");
        assertThatThrownBy(() -> Terbilang.rupiah(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Terbilang rupiah must not be null");
    }

    // --- properties: the words read back to the number ---------------------------------------

    @Test
    void wordsReadBackToTheSameWholeNumber() {
        qt().withExamples(3_000).forAll(wholeNumbers()).checkAssert(n -> {
            String words = Terbilang.of(BigDecimal.valueOf(n));
            assertThat(WordReader.number(words)).as(words).isEqualTo(BigDecimal.valueOf(n));
            assertSatuOnlyWhereSeCannotBeUsed(words);
        });
    }

    @Test
    void wordsReadBackToTheSameDecimalInBothReadings() {
        qt().withExamples(2_000).forAll(wholeNumbers(), longs().all(), integers().between(1, 18))
                .checkAssert((whole, decimals, scale) -> {
                    String digits = String.format("%018d", Math.abs(decimals % 1_000_000_000_000_000_000L))
                            .substring(18 - scale);
                    BigDecimal value = new BigDecimal((decimals < 0 ? "-" : "") + whole + "." + digits);
                    assertThat(WordReader.number(Terbilang.of(value))).isEqualTo(value);
                    assertThat(WordReader.number(Terbilang.of(value, BacaanDesimal.PER_DIGIT)))
                            .isEqualTo(value);
                });
    }

    @Test
    void rupiahWordsReadBackToTheSameAmount() {
        qt().withExamples(2_000).forAll(FormatTestSupport.rupiahUpTo10e18()).checkAssert(amount -> {
            String words = Terbilang.rupiah(amount);
            assertThat(WordReader.rupiah(words)).as(words).isEqualTo(amount);
        });
    }

    /** Numbers of every scale word, with zero groups and ones in them. */
    private static Gen<Long> wholeNumbers() {
        Gen<Long> groups = integers().between(0, 999).map((Integer i) -> i.longValue());
        Gen<Long> special = Generate.pick(List.of(0L, 1L, 10L, 11L, 100L, 101L, 111L, 999L));
        Gen<Long> group = Generate.oneOf(groups, special);
        Gen<Long> sixGroups = group.zip(group, group, (a, b, c) -> a * 1_000_000 + b * 1_000 + c)
                .zip(group.zip(group, group, (a, b, c) -> a * 1_000_000 + b * 1_000 + c),
                        (high, low) -> high * 1_000_000_000L + low);
        return Generate.oneOf(sixGroups, longs().between(0, MAX), longs().between(0, 100_000));
    }

    /** {@code satu} before {@code ratus}, {@code puluh}, {@code belas} is wrong; before {@code ribu} only after a tens or hundreds word (101 000 is {@code seratus satu ribu}). */
    private static void assertSatuOnlyWhereSeCannotBeUsed(String words) {
        String[] w = words.split(" ");
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals("satu")) {
                assertThat(w[i + 1]).as(words).isNotIn("ratus", "puluh", "belas");
                if (w[i + 1].equals("ribu")) {
                    assertThat(i > 0 ? w[i - 1] : "").as(words).isIn("puluh", "ratus", "seratus");
                }
            }
        }
    }

    /** Reads terbilang words back into numbers, written apart from the code under test. */
    private static final class WordReader {
        private static final Map<String, Integer> UNITS = Map.of("nol", 0, "satu", 1, "dua", 2,
                "tiga", 3, "empat", 4, "lima", 5, "enam", 6, "tujuh", 7, "delapan", 8, "sembilan", 9);
        private static final Map<String, Long> SCALES = Map.of("ribu", 1_000L, "juta", 1_000_000L,
                "miliar", 1_000_000_000L, "triliun", 1_000_000_000_000L,
                "kuadriliun", 1_000_000_000_000_000L);

        static BigDecimal number(String words) {
            boolean negative = words.startsWith("minus ");
            String rest = negative ? words.substring(6) : words;
            String[] parts = rest.split(" koma ", -1);
            assertThat(parts.length).as(words).isBetween(1, 2);
            String text = whole(parts[0]) + (parts.length == 2 ? "." + decimals(parts[1]) : "");
            BigDecimal value = new BigDecimal(text);
            return negative ? value.negate() : value;
        }

        static BigDecimal rupiah(String words) {
            boolean negative = words.startsWith("minus ");
            String rest = negative ? words.substring(6) : words;
            long rupiah = 0;
            long sen = 0;
            if (rest.endsWith(" sen")) {
                int at = rest.lastIndexOf(" rupiah ");
                String senWords = at < 0 ? rest : rest.substring(at + 8);
                sen = whole(senWords.substring(0, senWords.length() - 4));
                assertThat(sen).as(words).isBetween(1L, 99L);
                rest = at < 0 ? "" : rest.substring(0, at + 7);
            }
            if (sen == 0 || !rest.isEmpty()) {
                assertThat(rest).as(words).endsWith(" rupiah");
                rupiah = whole(rest.substring(0, rest.length() - 7));
            }
            BigDecimal value = new BigDecimal(BigInteger.valueOf(rupiah).multiply(BigInteger.valueOf(100))
                    .add(BigInteger.valueOf(sen)), 2);
            return negative ? value.negate() : value;
        }

        private static long whole(String words) {
            long total = 0;
            long group = 0;
            long unit = 0;
            for (String w : words.split(" ")) {
                switch (w) {
                    case "sepuluh": group += 10; break;
                    case "sebelas": group += 11; break;
                    case "seratus": group += 100; break;
                    case "seribu": total += 1_000; break;
                    case "belas": group += 10 + unit; unit = 0; break;
                    case "puluh": group += 10 * unit; unit = 0; break;
                    case "ratus": group += 100 * unit; unit = 0; break;
                    default:
                        if (UNITS.containsKey(w)) {
                            assertThat(unit).as("two units in a row in \"%s\"", words).isZero();
                            unit = UNITS.get(w);
                        } else {
                            assertThat(SCALES).as("word \"%s\" in \"%s\"", w, words).containsKey(w);
                            total += (group + unit) * SCALES.get(w);
                            group = 0;
                            unit = 0;
                        }
                }
            }
            return total + group + unit;
        }

        private static String decimals(String words) {
            String[] w = words.split(" ");
            StringBuilder digits = new StringBuilder();
            int i = 0;
            while (i < w.length && w[i].equals("nol")) {
                digits.append('0');
                i++;
            }
            if (i == w.length) {
                return digits.toString();
            }
            boolean digitByDigit = true;
            for (int j = i; j < w.length; j++) {
                digitByDigit &= UNITS.containsKey(w[j]);
            }
            if (digitByDigit) {
                for (int j = i; j < w.length; j++) {
                    digits.append(UNITS.get(w[j]));
                }
                return digits.toString();
            }
            return digits.append(whole(String.join(" ", List.of(w).subList(i, w.length)))).toString();
        }
    }
}
