package io.github.sakip.examples.lkjip;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an LKjIP data file into its sections, streaming. Every row comes from {@link RowReader}
 * (Apache Commons CSV, {@code ;}-separated, {@code #} comments); a row whose first field is
 * {@code [name]} starts a section, the next row is its header. Rows outside a section and a
 * section without header are rejected as {@code baris N: ...}; a section whose name is not one
 * the reader knows ({@code [sasaaran]}, {@code [lampiran]}) or that appears a second time is
 * rejected with every line of it named and the known names listed. Notes of one's own are
 * written as {@code #} comments, which the reader skips.
 *
 * <p>The rows kept are bounded: a file of more than {@value #MAX_BARIS} rows or
 * {@value #MAX_TEKS} characters in its fields is refused whole, every line named, and read on
 * only to count its lines, so the reviu runs in a small heap ({@code -Xmx64m}) whatever it is given.
 */
final class LkjipFile {

    /** The most rows a data file may have: {@value}, about fifty times the Klojen report's. */
    static final int MAX_BARIS = 20_000;
    /** The most characters its fields may hold together: {@value} (4 MiB). */
    static final long MAX_TEKS = 4L << 20;

    private static final Pattern SECTION = Pattern.compile("\\[(.*)\\]");

    private LkjipFile() {
    }

    /**
     * Reads the sections of a file.
     *
     * @param in the file's bytes
     * @param rejections where bad rows are reported
     * @param known the names of the sections the caller reads
     * @return the sections by name, or empty when the file is over the limits (reported)
     */
    static Optional<Map<String, Section>> read(InputStream in, Rejections rejections, List<String> known)
            throws IOException {
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = null;
        Ignored ignored = null;
        long rows = 0;
        long characters = 0;
        try (RowReader reader = RowReader.openWithComments(in, rejections)) {
            for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                Row row = next.get();
                rows++;
                characters += row.fields().stream().mapToLong(String::length).sum();
                if (rows > MAX_BARIS || characters > MAX_TEKS) {
                    rejections.reject(1, reader.skipRest(), "the file passes the limits of the reviu, " + MAX_BARIS
                            + " rows or " + MAX_TEKS + " characters (at line " + row.line() + "); nothing was "
                            + "reviewed; split the report or leave out rows");
                    return Optional.empty();
                }
                Matcher m = SECTION.matcher(row.get(0).strip());
                if (m.matches()) {
                    if (ignored != null) {
                        ignored.report(rejections);
                        ignored = null;
                    }
                    String name = m.group(1);
                    Optional<String> tabel = row.size() > 1 && !row.get(1).isBlank()
                            ? Optional.of(row.get(1).strip()) : Optional.empty();
                    current = new Section(name, tabel, row.line());
                    if (!known.contains(name)) {
                        ignored = new Ignored(row.line(), "unknown section [" + name + "]; the sections are ["
                                + String.join("], [", known) + "]; its rows were not read (notes of your own: "
                                + "start their lines with #)");
                    } else if (sections.putIfAbsent(name, current) != null) {
                        ignored = new Ignored(row.line(), "section [" + name + "] appears a second time; its rows "
                                + "were not read");
                    }
                } else if (current == null) {
                    rejections.reject(row, "row before the first [section]");
                } else if (ignored != null) {
                    ignored.last = row.lastLine();
                } else if (!current.hasHeader()) {
                    current.setHeader(row);
                } else {
                    current.add(row);
                }
            }
        }
        if (ignored != null) {
            ignored.report(rejections);
        }
        return Optional.of(sections);
    }

    /** A section whose rows are not read, reported with all its lines once it ends. */
    private static final class Ignored {
        private final long first;
        private final String reason;
        private long last;

        Ignored(long first, String reason) {
            this.first = first;
            this.reason = reason;
            this.last = first;
        }

        void report(Rejections rejections) {
            rejections.reject(first, last, reason);
        }
    }
}
