package io.github.sakip.format;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Spells numbers in Indonesian words (terbilang), as LKjIP, APBD and payment documents write
 * them beside the figure: 40.353.401.000 is
 * {@code empat puluh miliar tiga ratus lima puluh tiga juta empat ratus satu ribu}.
 *
 * <p>Conventions (standard Indonesian, as in the KBBI and in financial documents):
 * <ul>
 *   <li>units {@code nol satu dua tiga empat lima enam tujuh delapan sembilan}; 10 is
 *       {@code sepuluh}, 11 {@code sebelas}, 12 to 19 {@code dua belas} ... {@code sembilan
 *       belas}, 20 {@code dua puluh}, 100 {@code seratus}, 111 {@code seratus sebelas};</li>
 *   <li>scales {@code ribu} (10^3), {@code juta} (10^6), {@code miliar} (10^9), {@code triliun}
 *       (10^12), {@code kuadriliun} (10^15); 1 000 is {@code seribu}, but 1 000 000 is
 *       {@code satu juta} (not {@code sejuta}) and so on for the larger scales;</li>
 *   <li>zero is {@code nol}; a negative number starts with {@code minus} ({@code -3,73} is
 *       {@code minus tiga koma tujuh puluh tiga});</li>
 *   <li>decimals follow {@code koma}, read as set by {@link BacaanDesimal} (default
 *       {@link BacaanDesimal#BILANGAN}: 80,01 is {@code delapan puluh koma nol satu}); every
 *       decimal written is read, so strip trailing zeros first to leave them out;</li>
 *   <li>words are in lower case, separated by one space; capitalise for display as the
 *       document requires ({@code Empat Puluh Miliar ...}).</li>
 * </ul>
 * The whole part must be below 10^18 (at most 999 kuadriliun ...) and a number may have at most
 * {@value #MAX_DIGITS} decimals; anything larger throws {@link SakipException} rather than
 * inventing a scale word.
 *
 * <p>This class is thread-safe and has no state.
 */
public final class Terbilang {

    /** The most digits of the whole part, and the most decimals, that can be spelled: {@value}. */
    public static final int MAX_DIGITS = 18;

    private static final String[] ANGKA = {
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    };
    /** Scale words by powers of a thousand: 10^0, 10^3, ..., 10^15. */
    private static final String[] SKALA = {"", " ribu", " juta", " miliar", " triliun", " kuadriliun"};
    private static final BigInteger SERATUS = BigInteger.valueOf(100);

    private Terbilang() {
    }

    /**
     * Spells {@code angka}, reading decimals as a number ({@link BacaanDesimal#BILANGAN}):
     * 76,57 is {@code tujuh puluh enam koma lima puluh tujuh}.
     *
     * @param angka the number, whole part below 10^18 in magnitude, at most {@value #MAX_DIGITS}
     *     decimals, not null
     * @return the words, never null
     * @throws SakipException when the number is null or out of range
     */
    public static String of(BigDecimal angka) {
        return of(angka, BacaanDesimal.BILANGAN);
    }

    /**
     * Spells {@code angka}, reading decimals as {@code bacaan} says: with
     * {@link BacaanDesimal#PER_DIGIT} 76,57 is {@code tujuh puluh enam koma lima tujuh}.
     *
     * @param angka the number, whole part below 10^18 in magnitude, at most {@value #MAX_DIGITS}
     *     decimals, not null
     * @param bacaan how to read the decimals, not null
     * @return the words, never null
     * @throws SakipException when an argument is null or the number is out of range
     */
    public static String of(BigDecimal angka, BacaanDesimal bacaan) {
        BigDecimal value = checked(angka, "Terbilang angka");
        Checks.notNull(bacaan, "Terbilang bacaan");
        int scale = value.scale();
        BigInteger[] parts = value.unscaledValue().abs().divideAndRemainder(BigInteger.TEN.pow(scale));
        StringBuilder words = new StringBuilder(value.signum() < 0 ? "minus " : "");
        words.append(bilangan(parts[0].longValueExact()));
        if (scale > 0) {
            String decimals = parts[1].toString();
            decimals = "0".repeat(scale - decimals.length()) + decimals;
            words.append(" koma ").append(bacaan == BacaanDesimal.BILANGAN
                    ? desimalBilangan(decimals) : perDigit(decimals));
        }
        return words.toString();
    }

    /**
     * Spells a Rupiah amount, with its sen when there are any:
     * 40.353.401.000 is {@code empat puluh miliar tiga ratus lima puluh tiga juta empat ratus
     * satu ribu rupiah}; 1.500,25 is {@code seribu lima ratus rupiah dua puluh lima sen}; 0,25 is
     * {@code dua puluh lima sen}; 0 is {@code nol rupiah}. Zero sen are not spelled
     * ({@code 37.354.300.278,00} ends in {@code rupiah}). Negative amounts start with
     * {@code minus}.
     *
     * @param rupiah the amount in Rupiah, whole part below 10^18 in magnitude, at most two
     *     decimals that are not zero (sen; {@code 1.500} is fine, {@code 0.005} is not), not null
     * @return the words, never null
     * @throws SakipException when the amount is null, out of range or has fractions of a sen
     */
    public static String rupiah(BigDecimal rupiah) {
        BigDecimal value = checked(rupiah, "Terbilang rupiah");
        BigDecimal inSen;
        try {
            inSen = value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new SakipException("Terbilang rupiah must have at most 2 decimals (sen), was "
                    + value.toPlainString() + "; round it first", e);
        }
        BigInteger[] parts = inSen.unscaledValue().abs().divideAndRemainder(SERATUS);
        long whole = parts[0].longValueExact();
        long sen = parts[1].longValueExact();
        StringBuilder words = new StringBuilder(value.signum() < 0 ? "minus " : "");
        if (whole > 0 || sen == 0) {
            words.append(bilangan(whole)).append(" rupiah");
        }
        if (sen > 0) {
            words.append(whole > 0 ? " " : "").append(bilangan(sen)).append(" sen");
        }
        return words.toString();
    }

    /** Refuses numbers out of range before any arithmetic on them; never returns a negative scale. */
    private static BigDecimal checked(BigDecimal angka, String field) {
        Checks.notNull(angka, field);
        if (angka.signum() == 0 && angka.scale() < 0) {
            return BigDecimal.ZERO; // 0E+20 is nol, not a number of 21 digits
        }
        Checks.check((long) angka.precision() - angka.scale() <= MAX_DIGITS,
                "%s must be below 10^18 in magnitude (kuadriliun is the largest scale word), was %s",
                field, angka);
        Checks.check(angka.scale() <= MAX_DIGITS, "%s must have at most %s decimals, was %s",
                field, MAX_DIGITS, angka);
        return angka.scale() < 0 ? angka.setScale(0) : angka;
    }

    /** Spells {@code n}, from 0 to 10^18 - 1. */
    private static String bilangan(long n) {
        if (n == 0) {
            return ANGKA[0];
        }
        StringBuilder words = new StringBuilder();
        long divisor = 1_000_000_000_000_000L;
        for (int k = SKALA.length - 1; k >= 0; k--, divisor /= 1000) {
            int group = (int) (n / divisor % 1000);
            if (group == 0) {
                continue;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(k == 1 && group == 1 ? "seribu" : ratusan(group) + SKALA[k]);
        }
        return words.toString();
    }

    /** Spells a group from 1 to 999: {@code seratus sebelas}, {@code dua ratus lima}. */
    private static String ratusan(int group) {
        int ratus = group / 100;
        int sisa = group % 100;
        String head = ratus == 0 ? "" : ratus == 1 ? "seratus" : ANGKA[ratus] + " ratus";
        if (sisa == 0) {
            return head;
        }
        return head.isEmpty() ? puluhan(sisa) : head + " " + puluhan(sisa);
    }

    /** Spells 1 to 99: {@code sepuluh}, {@code sebelas}, {@code dua belas}, {@code dua puluh satu}. */
    private static String puluhan(int n) {
        if (n < 10) {
            return ANGKA[n];
        }
        if (n == 10) {
            return "sepuluh";
        }
        if (n == 11) {
            return "sebelas";
        }
        if (n < 20) {
            return ANGKA[n - 10] + " belas";
        }
        return ANGKA[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + ANGKA[n % 10]);
    }

    /** {@code "01"} is {@code nol satu}, {@code "57"} is {@code lima puluh tujuh}, {@code "00"} is {@code nol nol}. */
    private static String desimalBilangan(String decimals) {
        int zeros = 0;
        while (zeros < decimals.length() && decimals.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros == decimals.length()) {
            return perDigit(decimals);
        }
        String rest = bilangan(Long.parseLong(decimals.substring(zeros)));
        return zeros == 0 ? rest : perDigit(decimals.substring(0, zeros)) + " " + rest;
    }

    /** {@code "57"} is {@code lima tujuh}. */
    private static String perDigit(String digits) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                words.append(' ');
            }
            words.append(ANGKA[digits.charAt(i) - '0']);
        }
        return words.toString();
    }
}
