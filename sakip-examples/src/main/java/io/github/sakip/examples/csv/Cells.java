package io.github.sakip.examples.csv;

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
 *       {@link RupiahFormat}); spaces around the cell are ignored;</li>
 *   <li>not measured: {@code -}, {@code NA}, {@code N/A} (any case) or an empty cell, which is not zero;</li>
 *   <li>range targets {@code 80-90}, also with spaces or an en dash ({@code 80 – 90}).</li>
 * </ul>
 * Every failure is a {@link SakipException} whose message starts with the column's name, so a
 * batch can report {@code baris 5: target: Angka "1,2,3" is not a number ...}.
 */
public final class Cells {

    /** A range: a number, a hyphen or an en dash, a number; the first number may be negative. */
    private static final Pattern RANGE = Pattern.compile("(-?[^-\u2013]+?)\\s*[-\u2013]\\s*([^-\u2013].*)");

    /** A number written with a decimal point, {@code 93.6}, which Indonesian format reads as thousands. */
    private static final Pattern DESIMAL_TITIK = Pattern.compile("-?\\d+\\.\\d{1,2}%?");

    private Cells() {
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
        String cell = text.strip();
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
        String cell = text.strip().toUpperCase(Locale.ROOT);
        return cell.isEmpty() || cell.equals("-") || cell.equals("NA") || cell.equals("N/A");
    }

    /**
     * Reads a target, a single value or a range {@code 80-90}.
     *
     * @param column the column's name, for the message
     * @param text the cell
     * @param tahun the year of the target
     * @return the target
     * @throws SakipException naming the column when the cell is not a number or a range, or the
     *     range is reversed
     */
    public static Target target(String column, String text, Tahun tahun) {
        Matcher range = RANGE.matcher(text.strip());
        try {
            if (range.matches()) {
                return Target.rentang(tahun, number(column, range.group(1)), number(column, range.group(2)));
            }
            return Target.of(tahun, number(column, text));
        } catch (SakipException e) {
            throw e.getMessage().startsWith(column + ":") ? e : new SakipException(column + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one of an enum's constants by name, ignoring case and surrounding spaces.
     *
     * @param <E> the enum
     * @param column the column's name, for the message
     * @param text the cell
     * @param type the enum's class
     * @return the constant
     * @throws SakipException naming the column and the accepted names when no constant matches
     */
    public static <E extends Enum<E>> E choice(String column, String text, Class<E> type) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
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
            return Tahun.parse(text.strip());
        } catch (SakipException e) {
            throw new SakipException(column + ": " + e.getMessage(), e);
        }
    }
}
