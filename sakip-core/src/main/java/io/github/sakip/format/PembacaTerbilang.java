package io.github.sakip.format;

import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Indonesian number words (terbilang) back into a number: the reverse of {@link Terbilang}.
 * A reviu uses it to say which number the words of "76,57 (tujuh puluh enam koma dua puluh
 * enam)" spell: 76,26. Case and spaces of any kind (no-break, em space, line breaks) do not
 * matter.
 *
 * <pre>{@code
 * PembacaTerbilang.baca("tujuh puluh enam koma dua puluh enam");   // Optional[76.26]
 * PembacaTerbilang.baca("dua ekor");                               // Optional.empty
 * PembacaTerbilang.isTerbilang("Tujuh puluh enam koma lima tujuh", new BigDecimal("76.57")); // true
 * }</pre>
 *
 * <p>Words are accepted only when {@link Terbilang} spells the number read exactly so (case and
 * spacing aside), decimals read as a number ({@link BacaanDesimal#BILANGAN}) or digit by digit
 * ({@link BacaanDesimal#PER_DIGIT}); anything else is not read. So this reader never disagrees
 * with the speller. Whole numbers below 10^18 and at most {@value Terbilang#MAX_DIGITS} decimals are
 * read, as {@link Terbilang} spells them.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class PembacaTerbilang {

    private static final Map<String, Integer> SATUAN = Map.of("nol", 0, "satu", 1, "dua", 2, "tiga", 3,
            "empat", 4, "lima", 5, "enam", 6, "tujuh", 7, "delapan", 8, "sembilan", 9);
    private static final Map<String, Long> SKALA = Map.of("ribu", 1_000L, "juta", 1_000_000L,
            "miliar", 1_000_000_000L, "triliun", 1_000_000_000_000L, "kuadriliun", 1_000_000_000_000_000L);

    private PembacaTerbilang() {
    }

    /**
     * The number the words spell.
     *
     * @param kata the words, not blank, for example {@code tujuh puluh enam koma dua puluh enam}
     * @return the number ({@code 76.26}), or empty when the words are not Indonesian number words
     *     as {@link Terbilang} writes them
     * @throws SakipException when the words are null or blank
     */
    public static Optional<BigDecimal> baca(String kata) {
        String words = normal(kata);
        List<String> tokens = Arrays.asList(words.split(" "));
        boolean minus = tokens.get(0).equals("minus");
        List<String> body = minus ? tokens.subList(1, tokens.size()) : tokens;
        int koma = body.indexOf("koma");
        Optional<Long> whole = bilangan(koma < 0 ? body : body.subList(0, koma));
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        String sign = minus ? "-" : "";
        if (koma < 0) {
            return checked(new BigDecimal(sign + whole.get()), words);
        }
        List<String> decimals = body.subList(koma + 1, body.size());
        for (String digits : List.of(desimalBilangan(decimals), perDigit(decimals))) {
            // Terbilang spells at most MAX_DIGITS decimals; longer digits are not read at all, as
            // new BigDecimal(String) takes quadratic time (a million "satu" took a minute).
            if (digits.length() <= Terbilang.MAX_DIGITS) {
                Optional<BigDecimal> value = checked(new BigDecimal(sign + whole.get() + "." + digits), words);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words are the terbilang of a number, with its decimals read as a number
     * ({@link BacaanDesimal#BILANGAN}) or digit by digit ({@link BacaanDesimal#PER_DIGIT}); case
     * and spaces aside. {@code isTerbilang("tujuh puluh enam koma dua puluh enam", 76.26)} is true,
     * and so is {@code "tujuh puluh enam koma dua enam"}; for 76.57 both are false.
     *
     * @param kata the words, not blank
     * @param angka the number, as {@link Terbilang#of(BigDecimal)} accepts it, not null
     * @return true when {@link Terbilang} spells the number with these words
     * @throws SakipException when the words are null or blank, or the number is null or beyond
     *     what {@link Terbilang} spells
     */
    public static boolean isTerbilang(String kata, BigDecimal angka) {
        String words = normal(kata);
        Checks.notNull(angka, "PembacaTerbilang angka");
        for (BacaanDesimal bacaan : BacaanDesimal.values()) {
            if (Terbilang.of(angka, bacaan).equals(words)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<BigDecimal> checked(BigDecimal value, String words) {
        try {
            for (BacaanDesimal bacaan : BacaanDesimal.values()) {
                if (Terbilang.of(value, bacaan).equals(words)) {
                    return Optional.of(value);
                }
            }
        } catch (SakipException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The whole number the words spell, leniently: no words are 0, a misplaced word gives a wrong
     * number, which {@link #checked} refuses as Terbilang spells it otherwise.
     */
    private static Optional<Long> bilangan(List<String> tokens) {
        long total = 0;
        long group = 0;
        long unit = 0;
        for (String t : tokens) {
            Integer u = SATUAN.get(t);
            Long scale = SKALA.get(t);
            if (u != null) {
                group += unit;
                unit = u;
            } else if (t.equals("sepuluh") || t.equals("sebelas") || t.equals("seratus")) {
                group += unit + (t.equals("sepuluh") ? 10 : t.equals("sebelas") ? 11 : 100);
                unit = 0;
            } else if (t.equals("belas")) {
                group += unit + 10;
                unit = 0;
            } else if (t.equals("puluh")) {
                group += unit * 10;
                unit = 0;
            } else if (t.equals("ratus")) {
                group += unit * 100;
                unit = 0;
            } else if (t.equals("seribu")) {
                total += 1000;
            } else if (scale != null) {
                total += (group + unit) * scale;
                group = 0;
                unit = 0;
            } else {
                return Optional.empty();
            }
            if (total < 0 || group > 999) {
                // no number Terbilang spells gets here: stop reading long words early
                return Optional.empty();
            }
        }
        return Optional.of(total + group + unit);
    }

    /**
     * Leading {@code nol} as zeros, then a number: {@code nol satu} is "01", {@code dua puluh enam}
     * "26". Decimals of zeros only are read by {@link #perDigit}: here they give a reading
     * ({@code nol nol} is "000") that the check against {@link Terbilang} refuses.
     */
    private static String desimalBilangan(List<String> tokens) {
        int nol = 0;
        while (nol < tokens.size() && tokens.get(nol).equals("nol")) {
            nol++;
        }
        String zeros = "0".repeat(nol);
        return bilangan(tokens.subList(nol, tokens.size())).map(n -> zeros + n).orElse("");
    }

    /** One digit per word: {@code lima tujuh} is "57". */
    private static String perDigit(List<String> tokens) {
        StringBuilder digits = new StringBuilder();
        for (String t : tokens) {
            Integer u = SATUAN.get(t);
            if (u == null) {
                return "";
            }
            digits.append(u);
        }
        return digits.toString();
    }

    /**
     * The words as compared: lower case, single ASCII spaces, no spaces at the ends, by the
     * kernel's one rule for spaces (no-break spaces and line breaks included).
     *
     * @throws SakipException when the words are blank
     */
    static String normal(String kata) {
        return Checks.normalizeSpaces(kata, "PembacaTerbilang kata").toLowerCase(Locale.ROOT);
    }
}
