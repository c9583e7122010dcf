package io.github.sakip.examples.markdown;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table printed as Markdown, columns padded so that it reads as plain text too. The first
 * column is left-aligned, the others (figures) right-aligned; a {@code |} in a cell is escaped.
 *
 * <p>Not thread-safe; build, print, discard.
 */
public final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private int leftColumns = 1;

    /**
     * A table with the given column headers.
     *
     * @param header the headers
     */
    public MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    /**
     * Left-aligns the first {@code n} columns (names), right-aligns the rest (figures).
     *
     * @param n the number of left-aligned columns
     * @return this table
     */
    public MarkdownTable leftAligned(int n) {
        leftColumns = n;
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
            rule.append(c < leftColumns ? " " + "-".repeat(width[c]) + " |" : " " + "-".repeat(width[c] - 1) + ": |");
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
            text.append(' ').append(c < leftColumns ? cell + pad : pad + cell).append(" |");
        }
        out.println(text);
    }
}
