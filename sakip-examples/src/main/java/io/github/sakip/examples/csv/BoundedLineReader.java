package io.github.sakip.examples.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text of a file as the CSV parser should see it: without a leading byte order mark, and
 * with every physical line longer than a limit replaced by an empty line, so that one runaway
 * line (a 10 MB cell, a binary file) neither exhausts memory nor hides the rows after it.
 *
 * <p>A line is buffered whole before any of it is passed on, so a quote opened on an over-long
 * line cannot swallow the following lines. Line breaks are counted as Commons CSV counts them
 * ({@code \n}, {@code \r\n} or a lone {@code \r}), so line numbers agree with the parser's.
 * The numbers of the replaced lines are queued for {@link RowReader}, which reports them.
 *
 * <p>Not thread-safe; one instance reads one file.
 */
final class BoundedLineReader extends Reader {

    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final int maxLineLength;
    private final char[] line;
    private final Deque<Long> overlong = new ArrayDeque<>();
    private int length;
    private int position;
    private long lineNumber;
    private boolean atStart = true;
    private boolean eof;
    private int pushedBack = -1;
    private final char[] input = new char[8192];
    private int inputLength;
    private int inputPosition;

    BoundedLineReader(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
        // room for the line and its break (at most two characters, \r\n)
        this.line = new char[maxLineLength + 2];
    }

    /**
     * Whether a line from {@code first} to {@code last} (1-based, inclusive) was too long, and
     * forgets every replaced line up to {@code last}.
     */
    boolean overlongBetween(long first, long last) {
        boolean found = false;
        while (!overlong.isEmpty() && overlong.peekFirst() <= last) {
            found |= overlong.removeFirst() >= first;
        }
        return found;
    }

    int getMaxLineLength() {
        return maxLineLength;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == length && !fill()) {
            return -1;
        }
        int n = Math.min(len, length - position);
        System.arraycopy(line, position, cbuf, off, n);
        position += n;
        return n;
    }

    /** Loads the next physical line into the buffer; false at the end of the text. */
    private boolean fill() throws IOException {
        position = 0;
        length = 0;
        if (eof) {
            return false;
        }
        boolean tooLong = false;
        while (true) {
            int c = next();
            if (c == -1) {
                eof = true;
                if (tooLong) {
                    // keep the line count right for the parser: the replaced line still ends
                    length = 0;
                    line[length++] = '\n';
                }
                return length > 0;
            }
            if (atStart) {
                atStart = false;
                if (c == BOM) {
                    continue;
                }
            }
            if (c == '\n' || c == '\r') {
                lineNumber++;
                if (tooLong) {
                    length = 0;
                }
                line[length++] = (char) c;
                if (c == '\r') {
                    int following = next();
                    if (following == '\n') {
                        line[length++] = '\n';
                    } else {
                        pushedBack = following;
                    }
                }
                return true;
            }
            if (tooLong) {
                continue;
            }
            if (length == maxLineLength) {
                tooLong = true;
                overlong.addLast(lineNumber + 1);
                continue;
            }
            line[length++] = (char) c;
        }
    }

    private int next() throws IOException {
        if (pushedBack != -1) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (inputPosition == inputLength) {
            inputLength = in.read(input, 0, input.length);
            inputPosition = 0;
            if (inputLength <= 0) {
                inputLength = 0;
                return -1;
            }
        }
        return input[inputPosition++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
