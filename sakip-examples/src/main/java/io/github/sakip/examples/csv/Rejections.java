package io.github.sakip.examples.csv;

import java.io.PrintWriter;

/**
 * Where rejected rows go: each one is written at once as {@code baris N: <reason>} (N is the
 * line number in the file, the header is line 1) and counted, so that a batch goes on with the
 * other rows and ends with exit status 2 when any was rejected.
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
     * Rejects a row.
     *
     * @param line the 1-based line number of the row
     * @param reason why, naming the field and the rule
     */
    public void reject(long line, String reason) {
        err.println("baris " + line + ": " + reason);
        count++;
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
