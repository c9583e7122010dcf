package io.github.sakip.examples.markdown;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table printed as Markdown, columns padded so that it reads as plain text too. Text columns
 * are left-aligned, figures right-aligned; a {@code |} in a cell is escaped.
 *
 * <p>Not thread-safe; build, print, discard.
 */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private boolean[] left;

    /**
     * A table with the given column headers.
     *
     * @param header the headers
     */
    public MarkdownTable(String... header) {
        this.header = List.of(header);
        this.left = new boolean[header.length];
        this.left[0] = header.length > 0;
    }

    /**
     * Left-aligns the given columns (names, text), right-aligns the rest (figures); by default
     * only the first column is left-aligned.
     *
     * @param columns the 0-based indexes of the text columns
     * @return this table
     */
    public MarkdownTable leftAligned(int... columns) {
        left = new boolean[header.size()];
        for (int c : columns) {
            left[c] = true;
        }
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this table
     * @throws IllegalArgumentException when the number of cells is not the number of columns
     */
    public MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size()
                    + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c.replace("|", "\\|")).toList());
        return this;
    }

    /**
     * The rows added, each a list of cells as given (with {@code |} escaped).
     *
     * @return an unmodifiable list
     */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /**
     * Prints the table and an empty line.
     *
     * @param out where to
     */
    public void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = Math.max(3, header.get(c).length());
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        line(out, header, width);
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < width.length; c++) {
            rule.append(left[c] ? " " + "-".repeat(width[c]) + " |" : " " + "-".repeat(width[c] - 1) + ": |");
        }
        out.println(rule);
        for (List<String> row : rows) {
            line(out, row, width);
        }
        out.println();
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder text = new StringBuilder("|");
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            text.append(' ').append(left[c] ? cell + pad : pad + cell).append(" |");
        }
        out.println(text);
    }
}
