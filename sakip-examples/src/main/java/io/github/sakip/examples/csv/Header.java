package io.github.sakip.examples.csv;

import io.github.sakip.SakipException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header of a {@code ;}-separated file: its first row, and where the columns a command needs
 * stand in it. Names are matched without the spaces around them and without regard to ASCII case
 * ({@code Target} is {@code target}, {@code u1} is {@code U1}; a dotless {@code ı} is not an
 * {@code i}). A header is refused, with every line of the file named, when it is missing, when a
 * needed column is missing (with a hint when the file seems separated by commas or tabs instead
 * of {@code ;}), or when a name appears twice: which of two {@code target} columns is meant
 * cannot be guessed.
 *
 * <p>Immutable.
 */
public final class Header {

    private final Row row;
    private final List<String> names;
    private final int[] columns;

    private Header(Row row, List<String> names, int[] columns) {
        this.row = row;
        this.names = names;
        this.columns = columns;
    }

    /**
     * Reads the header of a file and finds the needed columns in it; when it cannot, rejects the
     * whole file (every line named) and reads nothing more.
     *
     * @param reader the file, before its first row
     * @param rejections where a refused header is reported
     * @param needed the names of the needed columns
     * @param description how the message names them, for example {@code indikator;polaritas;target;realisasi}
     * @return the header, or empty when the file was refused
     */
    public static Optional<Header> read(RowSource reader, Rejections rejections, List<String> needed,
            String description) {
        long before = rejections.count();
        Optional<Row> first = reader.next();
        if (first.isEmpty() && rejections.count() == before) {
            rejections.reject(1, "the file is empty; it needs the header " + description);
            return Optional.empty();
        }
        if (rejections.count() > before) { // the first row was rejected: a data row is no header
            rejections.reject(1, first.isEmpty() ? 1 : reader.skipRest(), "the header " + description
                    + " cannot be read (see above); no row was read");
            return Optional.empty();
        }
        Row row = first.get();
        List<String> names = row.fields().stream().map(Header::name).toList();
        Optional<String> problem = duplicate(names, needed).or(() -> missing(row, names, needed, description));
        if (problem.isPresent()) {
            rejections.reject(row.line(), reader.skipRest(), problem.get() + "; no row was read");
            return Optional.empty();
        }
        return Optional.of(new Header(row, names, needed.stream().map(Header::name).mapToInt(names::indexOf).toArray()));
    }

    /** The name a header cell stands for: without spaces around it, ASCII letters in lower case. */
    private static String name(String cell) {
        String text = Cells.strip(cell);
        StringBuilder name = new StringBuilder(text.length());
        text.chars().forEach(c -> name.append(c < 128 ? Character.toLowerCase((char) c) : (char) c));
        return name.toString();
    }

    /** A needed column that appears twice; other columns are only copied, so their names may repeat. */
    private static Optional<String> duplicate(List<String> names, List<String> needed) {
        List<String> wanted = needed.stream().map(Header::name).toList();
        for (int i = 0; i < names.size(); i++) {
            int again = names.subList(i + 1, names.size()).indexOf(names.get(i));
            if (again >= 0 && wanted.contains(names.get(i))) {
                return Optional.of("column \"" + names.get(i) + "\" appears twice in the header, as column " + (i + 1)
                        + " and column " + (i + 2 + again) + "; which one is meant cannot be guessed");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> missing(Row row, List<String> names, List<String> needed, String description) {
        List<String> absent = new ArrayList<>();
        for (String n : needed) {
            if (!names.contains(name(n))) {
                absent.add(n);
            }
        }
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        String header = Cells.quote(String.join(";", row.fields()));
        return Optional.of(separator(row).map(s -> "the file is not ';'-separated: its header seems separated by "
                + s + "; save it with ';' between the columns (header was " + header + ")")
                .orElse("header must have the columns " + description + ", \"" + absent.get(0)
                        + "\" is missing; header was " + header));
    }

    /** The separator a one-column header seems to use instead of ';'. */
    private static Optional<String> separator(Row row) {
        if (row.size() != 1) {
            return Optional.empty();
        }
        String cell = row.get(0);
        long tabs = cell.chars().filter(c -> c == '\t').count();
        long commas = cell.chars().filter(c -> c == ',').count();
        if (tabs == 0 && commas == 0) {
            return Optional.empty();
        }
        return Optional.of(tabs >= commas ? "tabs" : "commas (',')");
    }

    /**
     * The header row.
     *
     * @return the row, never null
     */
    public Row row() {
        return row;
    }

    /**
     * The number of columns: every row must have as many fields.
     *
     * @return the width, 1 or more
     */
    public int width() {
        return names.size();
    }

    /**
     * The position of a needed column.
     *
     * @param index the index of the column in the {@code needed} list given to {@link #read}
     * @return its 0-based position in the header
     */
    public int column(int index) {
        return columns[index];
    }

    /**
     * Checks that a row has as many fields as the header.
     *
     * @param row the row
     * @throws SakipException naming both numbers when it has not
     */
    public void checkWidth(Row row) {
        if (row.size() != width()) {
            throw new SakipException("expected " + width() + " fields like the header, found " + row.size());
        }
    }
}
