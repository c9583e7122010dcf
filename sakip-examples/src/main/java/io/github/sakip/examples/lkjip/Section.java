package io.github.sakip.examples.lkjip;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One section of an LKjIP data file: {@code [name];table}, a header row, then data rows.
 *
 * <p>Not thread-safe while it is being read; a section is filled once, then only read.
 */
final class Section {

    private final String name;
    private final Optional<String> tabel;
    private final long line;
    private List<String> header = List.of();
    private final List<Row> rows = new ArrayList<>();

    Section(String name, Optional<String> tabel, long line) {
        this.name = name;
        this.tabel = tabel;
        this.line = line;
    }

    String name() {
        return name;
    }

    /** The table of the report whose cells this section holds, for example {@code Tabel 2.3}. */
    Optional<String> tabel() {
        return tabel;
    }

    /** The line of the {@code [name]} row. */
    long line() {
        return line;
    }

    boolean hasHeader() {
        return !header.isEmpty();
    }

    void setHeader(Row row) {
        header = row.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    List<String> header() {
        return header;
    }

    void add(Row row) {
        rows.add(row);
    }

    List<Row> rows() {
        return rows;
    }

    /** The index of a column of the header, which must be there. */
    int column(String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new SakipException("section [" + name + "] has no column \"" + column + "\"; its header is "
                    + String.join(";", header));
        }
        return i;
    }

    /** Checks that a row has as many fields as the header. */
    void checkWidth(Row row) {
        if (row.size() != header.size()) {
            throw new SakipException("expected " + header.size() + " fields (" + String.join(";", header)
                    + "), found " + row.size());
        }
    }

    /** A field of a row by its column's name. */
    String get(Row row, String column) {
        return row.get(column(column));
    }
}
