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
 * <p>A record, however many lines its quoted fields spread it over, is bounded too. Once the
 * characters passed on since {@link #startRecord()} would pass the same limit, each further line
 * of the record is passed on as its skeleton only, which is all the parser needs to find where
 * the quoted field closes and the record ends, so that the lines after it are read as they were
 * written: a line without a quote lies inside the field from end to end and is left out, its line
 * break counted in {@link #lineBreaksSwallowed()}; of a line with quotes, its quotes and
 * {@code ;} (a run of quotes as one or two, by its parity; a run of {@code ;} as one) and its
 * line break are kept; {@link #isRecordTooLong()} then tells the caller to reject
 * the record. Should the skeletons themselves pass the limit again, the line is held back and
 * {@link RecordTooLong} thrown: the parser gives up the record and the held line starts the next
 * one. The parser asks for text one line at a time, so what it holds of a record stays within
 * the limit.
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
    /**
     * Whether the last line passed on ended with a lone {@code \r}: a replaced line must then not
     * end with {@code \n}, which the parser would join to that {@code \r} as one line break.
     */
    private boolean loneCr;
    private final char[] input = new char[8192];
    private int inputLength;
    private int inputPosition;
    private long recordLength;
    private boolean skeleton;
    private boolean recordTooLong;
    private boolean unterminated;
    private long swallowed;

    /** The record being read is longer than the limit; the line that would pass it is held back. */
    static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLong(int limit) {
            super("record longer than " + limit + " characters");
        }
    }

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

    /** The parser starts a record: the count of its characters starts again. */
    void startRecord() {
        recordLength = 0;
        skeleton = false;
        recordTooLong = false;
    }

    /** Whether the record read since {@link #startRecord()} passed the limit (its lines after it were skeletons). */
    boolean isRecordTooLong() {
        return recordTooLong;
    }

    /**
     * The line breaks inside an over-long quoted field that were not passed on: the parser's
     * line number plus these is the line number in the file.
     */
    long lineBreaksSwallowed() {
        return swallowed;
    }

    /** The number of lines read so far, the last one counted even when no line break ends it. */
    long linesRead() {
        return lineNumber + (unterminated ? 1 : 0);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position == length) {
            if (!fill()) {
                return -1;
            }
            countInRecord();
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
                unterminated = length > 0 || tooLong;
                if (tooLong) {
                    // keep the line count right for the parser: the replaced line still ends
                    length = 0;
                    line[length++] = loneCr ? '\r' : '\n';
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
                // a replaced line after a lone \r ends with \r: its \n alone would be read as that \r's
                line[length++] = tooLong && loneCr && c == '\n' ? '\r' : (char) c;
                boolean lone = c == '\r';
                if (c == '\r') {
                    int following = next();
                    if (following == '\n') {
                        line[length++] = '\n';
                        lone = false;
                    } else {
                        pushedBack = following;
                    }
                }
                loneCr = lone || line[length - 1] == '\r';
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

    /**
     * Counts the line about to be passed on in its record, turning it into its skeleton once the
     * record passes the limit; throws, holding it back, when even the skeletons pass it.
     */
    private void countInRecord() throws RecordTooLong {
        if (!skeleton && recordLength > 0 && recordLength + length > maxLineLength) {
            skeleton = true;
            recordTooLong = true;
            recordLength = 0; // the skeletons have a limit of their own: the parser holds at most twice the limit
        }
        if (skeleton) {
            int before = length;
            boolean quoted = false;
            for (int i = 0; i < length && !quoted; i++) {
                quoted = line[i] == '"';
            }
            if (!quoted) { // inside the quoted field from end to end: all of it, line break too, is the field's
                swallowed += before > 0 && (line[before - 1] == '\n' || line[before - 1] == '\r') ? 1 : 0;
                length = 0;
                return;
            }
            length = skeletonOf(line, length);
            // a lone \r may end the record, and the parser then reads the next line ahead: leave it whole
            skeleton = !(line[length - 1] == '\r');
            if (recordLength + length > maxLineLength) {
                recordLength = 0;
                skeleton = false;
                throw new RecordTooLong(maxLineLength);
            }
        }
        recordLength += length;
    }

    /** Keeps, in place, a line's quotes (a run as one or two, by parity), one ';' per run, and its line break. */
    private static int skeletonOf(char[] text, int length) {
        int out = 0;
        int i = 0;
        while (i < length) {
            char c = text[i];
            int run = 1;
            while (i + run < length && text[i + run] == c) {
                run++;
            }
            if (c == '"') {
                text[out++] = '"';
                if (run % 2 == 0) {
                    text[out++] = '"';
                }
            } else if (c == ';') {
                text[out++] = ';';
            } else if (c == '\n' || c == '\r') {
                for (int k = 0; k < run; k++) {
                    text[out++] = c;
                }
            }
            i += run;
        }
        return out;
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
