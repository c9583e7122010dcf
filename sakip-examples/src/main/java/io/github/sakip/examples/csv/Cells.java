package io.github.sakip.examples.csv;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.format.AngkaFormat;
import io.github.sakip.format.PersenFormat;
import io.github.sakip.format.RupiahFormat;
import io.github.sakip.model.Target;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of a spreadsheet row as the library's values, the way Indonesian reports and
 * spreadsheets write them; every number goes through {@code io.github.sakip.format}:
 * <ul>
 *   <li>numbers in Indonesian format, {@code 1.234,56} or ungrouped {@code 1234,56}, strictly
 *       ({@link AngkaFormat#INDONESIA}); a percentage may keep its sign ({@code 80,20%},
 *       {@link PersenFormat}) and an amount its {@code Rp} ({@code Rp. 37.354.300.278,00},
 *       {@link RupiahFormat}); spaces around the cell are ignored, no-break spaces among them;
 *       a number has at most {@value #MAX_DIGITS} digits;</li>
 *   <li>not measured: {@code -}, {@code NA}, {@code N/A} (any case) or an empty cell, which is
 *       not zero; a realisasi may be not measured, a target may not;</li>
 *   <li>range targets {@code 80-90}, also with spaces or an en dash ({@code 80 – 90});</li>
 *   <li>names of choices such as {@code POSITIF} in any ASCII case ({@code positif}, but not
 *       {@code posıtif} with a dotless i).</li>
 * </ul>
 * Every failure is a {@link SakipException} whose message starts with the column's name, so a
 * batch can report {@code baris 5: target: Angka "1,2,3" is not a number ...}.
 */
public final class Cells {

    /** A range: a number, a hyphen or an en dash, a number; the first number may be negative. */
    private static final Pattern RANGE = Pattern.compile("(-?[^-\u2013]+?)\\s*[-\u2013]\\s*([^-\u2013].*)");

    /**
     * The most digits a number cell may have: {@value}. Rupiah amounts of a national budget have
     * 16 digits with their sen; a longer number is a mistake, refused before it is computed with.
     */
    public static final int MAX_DIGITS = 40;

    /** A number written with a decimal point, {@code 93.6}, which Indonesian format reads as thousands. */
    private static final Pattern DESIMAL_TITIK = Pattern.compile("-?\\d+\\.\\d{1,2}%?");

    private Cells() {
    }

    /**
     * A cell without the spaces around it: every Unicode space (the no-break spaces U+00A0,
     * U+2007 and U+202F a spreadsheet may put there) and control character, as the library's
     * {@link Checks#normalizeSpaces} counts them; runs of spaces inside become one space.
     *
     * @param text the cell
     * @return the cell without spaces around it, empty when it is blank
     */
    public static String strip(String text) {
        try {
            return Checks.normalizeSpaces(text, "cell");
        } catch (SakipException blank) {
            return "";
        }
    }

    /**
     * A cell quoted for a message, as the library quotes input ({@link Checks#quote}).
     *
     * @param text the cell
     * @return the quoted text, shortened when long
     */
    public static String quote(String text) {
        return Checks.quote(text);
    }

    /**
     * Reads a number, a percentage or a Rupiah amount in Indonesian format.
     *
     * @param column the column's name, for the message
     * @param text the cell
     * @return the number at the scale written ({@code 80,10} is {@code 80.10}), percentages in percent
     * @throws SakipException naming the column when the cell is not such a number
     */
    public static BigDecimal number(String column, String text) {
        String cell = strip(text);
        long digits = cell.chars().filter(Character::isDigit).count();
        if (digits > MAX_DIGITS) {
            throw new SakipException(column + ": value too long, " + digits + " digits where a number has at most "
                    + MAX_DIGITS + ": " + quote(cell));
        }
        try {
            if (cell.endsWith("%")) {
                return PersenFormat.INDONESIA.parse(cell);
            }
            if (cell.startsWith("Rp") || cell.startsWith("-Rp")) {
                return RupiahFormat.INDONESIA.parse(cell);
            }
            return AngkaFormat.INDONESIA.parse(cell);
        } catch (SakipException e) {
            throw new SakipException(column + ": " + e.getMessage() + petunjukTitik(cell), e);
        }
    }

    private static String petunjukTitik(String cell) {
        return DESIMAL_TITIK.matcher(cell).matches() ? " (written with a decimal point? Indonesian numbers use a "
                + "decimal comma, " + cell.replace('.', ',') + "; a .lkjip file whose report writes points declares "
                + "desimal;titik in [laporan])" : "";
    }

    /**
     * Reads a number that may be missing.
     *
     * @param column the column's name, for the message
     * @param text the cell
     * @return the number, or empty for {@code -}, {@code NA}, {@code N/A} or an empty cell (not measured)
     * @throws SakipException naming the column when the cell is neither missing nor a number
     */
    public static Optional<BigDecimal> measured(String column, String text) {
        return isMissing(text) ? Optional.empty() : Optional.of(number(column, text));
    }

    /**
     * Whether a cell means "not measured".
     *
     * @param text the cell
     * @return true for {@code -}, {@code NA}, {@code N/A} (any case) or an empty cell
     */
    public static boolean isMissing(String text) {
        String cell = strip(text).toUpperCase(Locale.ROOT);
        return cell.isEmpty() || cell.equals("-") || cell.equals("NA") || cell.equals("N/A");
    }

    /**
     * Reads a target, a single value or a range {@code 80-90}.
     *
     * @param column the column's name, for the message
     * @param text the cell
     * @param tahun the year of the target
     * @return the target
     * @throws SakipException naming the column when the cell is missing ({@code -}, {@code NA},
     *     empty: a target is required), not a number or a range, or the range is reversed
     */
    public static Target target(String column, String text, Tahun tahun) {
        String cell = strip(text);
        if (isMissing(cell)) {
            throw new SakipException(column + " is required, was " + quote(cell) + ": a realisasi may be missing ("
                    + "-, NA or empty), a target may not");
        }
        Matcher range = RANGE.matcher(cell);
        try {
            if (range.matches()) {
                BigDecimal bawah;
                BigDecimal atas;
                try {
                    bawah = number(column, range.group(1));
                    atas = number(column, range.group(2));
                } catch (SakipException e) { // quote the whole cell: "80-90-100" is not a range
                    throw new SakipException(column + ": " + quote(cell) + " is not a number or a range low-high "
                            + "such as 80-90: " + e.getMessage(), e);
                }
                return Target.rentang(tahun, bawah, atas);
            }
            return Target.of(tahun, number(column, cell));
        } catch (SakipException e) {
            throw e.getMessage().startsWith(column + ":") ? e : new SakipException(column + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one of an enum's constants by name, ignoring ASCII case and surrounding spaces: a
     * name with any other letter ({@code posıtif}, whose dotless i upper-cases to {@code I}) is
     * not a constant's.
     *
     * @param <E> the enum
     * @param column the column's name, for the message
     * @param text the cell
     * @param type the enum's class
     * @return the constant
     * @throws SakipException naming the column and the accepted names when no constant matches
     */
    public static <E extends Enum<E>> E choice(String column, String text, Class<E> type) {
        String cell = strip(text);
        String name = cell.toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name) && cell.chars().allMatch(c -> c < 128)) {
                return e;
            }
        }
        throw new SakipException(column + " \"" + text + "\" must be one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /**
     * Reads a year.
     *
     * @param column the column's name, for the message
     * @param text the cell
     * @return the year
     * @throws SakipException naming the column when the cell is not a year
     */
    public static Tahun tahun(String column, String text) {
        try {
            return Tahun.parse(strip(text));
        } catch (SakipException e) {
            throw new SakipException(column + ": " + e.getMessage(), e);
        }
    }
}
