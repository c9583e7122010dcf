package io.github.sakip.examples.baca;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The numbers of a report's cells and sentences, read by the project's Indonesian number
 * formats ({@link Cells#number}): {@code 80,01}, {@code 109,74%}, {@code 15.856.565.120},
 * {@code Rp. 37.354.300.278,00}.
 *
 * <p>Thread-safe, no state.
 */
final class Bilangan {

    /**
     * A number as a sentence prints it: optionally "Rp" or "Rp.", digits grouped by dots or not,
     * optionally a decimal comma, optionally "%" (a space before it allowed).
     */
    static final Pattern DALAM_TEKS = Pattern.compile(
            "(?<![\\d.,])(Rp\\.?\\s?)?(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![\\d])(\\s?%)?");
    /** A year as reports print it, 1900 to 2099: the one rule the reader's year patterns share. */
    static final String POLA_TAHUN = "(?:19|20)\\d\\d";
    private static final Pattern TAHUN = Pattern.compile(POLA_TAHUN);

    private Bilangan() {
    }

    /**
     * The number of a cell or of a figure in a sentence.
     *
     * @param teks the text, for example {@code 109,74%} or {@code Rp. 40.353.401.000,00}
     * @return the number (percentages in percent), or empty when the text is not one number
     */
    static Optional<BigDecimal> dari(String teks) {
        String t = normal(teks);
        if (t.isEmpty() || t.length() > 60) {
            return Optional.empty();
        }
        try {
            return Optional.of(Cells.number("angka", t));
        } catch (SakipException e) {
            return Optional.empty();
        }
    }

    /**
     * A figure as the data file writes it: spaces before "%" and the dot of "Rp." removed.
     *
     * @param teks the figure as printed
     * @return the same figure in the form the data file's reader takes
     */
    static String normal(String teks) {
        return teks.strip().replaceAll("\\s+%$", "%").replaceFirst("^Rp\\.\\s?", "Rp ");
    }

    /** Whether a cell says "not measured": empty, {@code -} or {@code NA}. */
    static boolean kosong(String teks) {
        return Cells.isMissing(teks);
    }

    /** The year a text is, when it is exactly a year from 1900 to 2099. */
    static Optional<Tahun> tahun(String teks) {
        String t = teks.strip();
        return TAHUN.matcher(t).matches() ? Optional.of(Tahun.of(Integer.parseInt(t))) : Optional.empty();
    }
}
