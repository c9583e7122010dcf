package io.github.sakip.examples.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@code ;}-separated file as Indonesian spreadsheets export it, one row at a time, in
 * bounded memory: UTF-8 with or without a byte order mark, fields quoted when they hold a
 * {@code ;} ({@code "Persentase; gabungan"}), a quote doubled inside quotes. Parsing is Apache
 * Commons CSV's; this class adds line numbers and turns every malformed line into a
 * {@code baris N: ...} {@link Rejections rejection} while the other rows go on:
 * <ul>
 *   <li>bytes that are not UTF-8 are decoded as U+FFFD (CodingErrorAction.REPLACE) and the row
 *       that holds them is rejected, so a spreadsheet saved as Windows-1252 is caught row by row
 *       instead of being misread (a real U+FFFD in a file is rejected too: it only ever comes
 *       from an earlier broken conversion);</li>
 *   <li>a physical line longer than the limit (default {@value #MAX_LINE_LENGTH} characters) is
 *       rejected without being held in memory, and so is a record longer than the same limit
 *       however many lines its quoted fields spread it over; the lines after it are read;</li>
 *   <li>a quoting error (text after a closing quote) rejects its record, named by its first
 *       line with the range of lines it took ({@code baris 3: malformed quoting ... (baris 3-7)});
 *       the parser resumes on the next line. A quote left open runs to the end of the file, so
 *       that error ends the reading and names every line from the quote to the end;</li>
 *   <li>a record that holds NUL characters is rejected as UTF-16 text, and a file that starts
 *       with a UTF-16 byte order mark is refused whole, naming all its lines;</li>
 *   <li>empty lines are skipped.</li>
 * </ul>
 * Checking the number of fields is the caller's business, since only it knows the header.
 *
 * <p>Not thread-safe; one instance reads one file.
 */
public final class RowReader implements RowSource {

    /** The longest physical line read, in characters: {@value}. */
    public static final int MAX_LINE_LENGTH = 1 << 20;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(false)
            .get();
    private static final String RECORD_TOO_LONG = "record longer than ";
    private static final CSVFormat FORMAT_WITH_COMMENTS = FORMAT.builder().setCommentMarker('#').get();

    private final BoundedLineReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Rejections rejections;
    private long skipThroughLine;
    private boolean stopped;
    private final boolean utf16;

    private RowReader(BoundedLineReader text, Rejections rejections, CSVFormat format, boolean utf16)
            throws IOException {
        this.text = text;
        this.parser = CSVParser.builder().setReader(text).setFormat(format).get();
        this.records = parser.iterator();
        this.rejections = rejections;
        this.utf16 = utf16;
    }

    /**
     * Reads from a stream of UTF-8 bytes.
     *
     * @param in the bytes, closed with this reader
     * @param rejections where malformed lines are reported
     * @return the reader
     * @throws IOException when the parser cannot start
     */
    public static RowReader open(InputStream in, Rejections rejections) throws IOException {
        return open(in, rejections, FORMAT, MAX_LINE_LENGTH);
    }

    /**
     * Reads from a stream of UTF-8 bytes in which a line starting with {@code #} is a comment.
     *
     * @param in the bytes, closed with this reader
     * @param rejections where malformed lines are reported
     * @return the reader
     * @throws IOException when the parser cannot start
     */
    public static RowReader openWithComments(InputStream in, Rejections rejections) throws IOException {
        return open(in, rejections, FORMAT_WITH_COMMENTS, MAX_LINE_LENGTH);
    }

    static RowReader open(InputStream in, Rejections rejections, int maxLineLength) throws IOException {
        return open(in, rejections, FORMAT, maxLineLength);
    }

    private static RowReader open(InputStream in, Rejections rejections, CSVFormat format, int maxLineLength)
            throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        InputStream bytes = new BufferedInputStream(in);
        return new RowReader(new BoundedLineReader(new InputStreamReader(bytes, utf8), maxLineLength), rejections,
                format, startsWithUtf16Bom(bytes));
    }

    /** Whether the bytes start with FF FE or FE FF, the byte order mark of UTF-16; reads nothing. */
    private static boolean startsWithUtf16Bom(InputStream bytes) throws IOException {
        bytes.mark(2);
        int first = bytes.read();
        int second = bytes.read();
        bytes.reset();
        return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF;
    }

    /**
     * The next well-formed row, reporting the malformed ones before it.
     *
     * @return the row, or empty at the end of the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public Optional<Row> next() {
        if (utf16 && !stopped) {
            rejections.reject(1, skipRest(), "the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte order mark); "
                    + "save it as \"CSV UTF-8\"; nothing was read");
        }
        while (!stopped) {
            long before = line();
            text.startRecord();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return Optional.empty();
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                rejectMalformed(before + 1, e);
                continue;
            }
            long end = line();
            if (end <= skipThroughLine) {
                continue; // the rest of a line whose quoting was wrong, already reported
            }
            long first = before + 1 + commentLines(record);
            Row row = new Row(first, Math.max(first, end), record.toList());
            if (text.overlongBetween(first, row.lastLine())) {
                rejections.reject(row, "line longer than " + text.getMaxLineLength() + " characters, skipped");
            } else if (text.isRecordTooLong()) {
                rejections.reject(row, RECORD_TOO_LONG + text.getMaxLineLength() + " characters (a quoted field runs "
                        + "over its lines), skipped");
            } else if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            } else if (record.stream().anyMatch(field -> field.indexOf('\u0000') >= 0)) {
                rejections.reject(row, "holds NUL characters: the file seems to be UTF-16, not UTF-8; save it as "
                        + "\"CSV UTF-8\"");
            } else if (record.stream().anyMatch(field -> field.indexOf('\uFFFD') >= 0)) {
                rejections.reject(row, "not valid UTF-8 (save the file as \"CSV UTF-8\"); field "
                        + (firstReplaced(record) + 1) + " holds bytes that are not UTF-8");
            } else {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the rest of the file without reporting anything, for a caller that rejects it whole
     * (a file whose header is wrong), and stops the reading.
     *
     * @return the number of the file's last line, at least 1
     * @throws UncheckedIOException when the file cannot be read
     */
    public long skipRest() {
        while (!stopped) {
            text.startRecord();
            try {
                if (!records.hasNext()) {
                    break;
                }
                records.next();
            } catch (UncheckedIOException e) {
                if (!isMalformed(e) || isNeverClosed(e)) {
                    if (!isMalformed(e)) {
                        throw e;
                    }
                    break;
                }
            }
        }
        stopped = true;
        return Math.max(1, text.linesRead());
    }

    private void rejectMalformed(long first, UncheckedIOException e) {
        if (e.getCause() instanceof BoundedLineReader.RecordTooLong) {
            rejections.reject(first, Math.max(first, line()), RECORD_TOO_LONG
                    + text.getMaxLineLength() + " characters (a quoted field runs over its lines), skipped");
            return;
        }
        if (!isMalformed(e)) {
            throw e;
        }
        if (isNeverClosed(e)) {
            rejections.reject(first, Math.max(first, text.linesRead()), "a quoted field opened here is never closed; "
                    + "the rest of the file is inside it and was not read");
            stopped = true;
            return;
        }
        long last = Math.max(first, line()); // the line of the error
        rejections.reject(first, last, "malformed quoting: " + e.getCause().getMessage());
        skipThroughLine = last;
    }

    /** The number of the line the parser is on (or of the last line it finished), in the file. */
    private long line() {
        return parser.getCurrentLineNumber() + text.lineBreaksSwallowed();
    }

    private static boolean isMalformed(UncheckedIOException e) {
        return e.getCause() instanceof CSVException || e.getCause() instanceof BoundedLineReader.RecordTooLong;
    }

    private static boolean isNeverClosed(UncheckedIOException e) {
        String message = e.getCause().getMessage();
        return message != null && message.contains("EOF reached before encapsulated token finished");
    }

    /** Comment lines come with the record after them; they are not part of its first line. */
    private static long commentLines(CSVRecord record) {
        String comment = record.getComment();
        return comment == null ? 0 : comment.chars().filter(c -> c == '\n').count() + 1;
    }

    private static int firstReplaced(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).indexOf('\uFFFD') >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
