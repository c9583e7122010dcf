package io.github.sakip.examples.csv;

import java.io.PrintWriter;

/**
 * Where rejected rows go: each one is written at once as {@code baris N: <reason>} (N is the
 * line number in the file, the header is line 1) and counted, so that a batch goes on with the
 * other rows and ends with exit status 2 when any was rejected. A rejection that covers several
 * lines (a record whose quoted field holds line breaks, the rest of a file that was not read)
 * names its first line and ends with the range: {@code baris 3: <reason> (baris 3-7)}, so that
 * every line of the file is either written or named.
 *
 * <p>Not thread-safe; one instance serves one run.
 */
public final class Rejections {

    private final PrintWriter err;
    private long count;

    /**
     * Reports to the given writer, usually standard error.
     *
     * @param err where the lines go
     */
    public Rejections(PrintWriter err) {
        this.err = err;
    }

    /**
     * Rejects a row on one line, or a whole file at its first line.
     *
     * @param line the 1-based line number of the row
     * @param reason why, naming the field and the rule
     */
    public void reject(long line, String reason) {
        reject(line, line, reason);
    }

    /**
     * Rejects a record, naming every line it spans.
     *
     * @param row the record
     * @param reason why, naming the field and the rule
     */
    public void reject(Row row, String reason) {
        reject(row.line(), row.lastLine(), reason);
    }

    /**
     * Rejects the lines from {@code first} to {@code last}.
     *
     * @param first the 1-based number of the first line
     * @param last the 1-based number of the last line, {@code first} or more
     * @param reason why, naming the field and the rule
     */
    public void reject(long first, long last, String reason) {
        err.println("baris " + first + ": " + visible(reason) + (last > first ? " (baris " + first + "-" + last + ")"
                : ""));
        count++;
    }

    /**
     * The reason on one line, whatever cells it quotes: a line break as {@code \n}, a tab as
     * {@code \t}, any other control character as {@code \\u} and its four hex digits, so that
     * each rejection is one line and no byte of a broken file reaches the terminal as a control
     * code.
     */
    private static String visible(String reason) {
        StringBuilder text = new StringBuilder(reason.length());
        reason.chars().forEach(c -> text.append(switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c);
        }));
        return text.toString();
    }

    /**
     * How many rows were rejected.
     *
     * @return the count, 0 or more
     */
    public long count() {
        return count;
    }

    /**
     * Whether any row was rejected.
     *
     * @return true after the first rejection
     */
    public boolean any() {
        return count > 0;
    }
}
