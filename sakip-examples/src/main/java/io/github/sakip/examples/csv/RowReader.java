package io.github.sakip.examples.csv;

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
 *       rejected without being held in memory;</li>
 *   <li>a quoting error (text after a closing quote) rejects its line; the parser resumes on the
 *       next line. A quote left open runs to the end of the file, so that error ends the
 *       reading;</li>
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
    private static final CSVFormat FORMAT_WITH_COMMENTS = FORMAT.builder().setCommentMarker('#').get();

    private final BoundedLineReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Rejections rejections;
    private long skipThroughLine;
    private boolean stopped;

    private RowReader(BoundedLineReader text, Rejections rejections, CSVFormat format) throws IOException {
        this.text = text;
        this.parser = CSVParser.builder().setReader(text).setFormat(format).get();
        this.records = parser.iterator();
        this.rejections = rejections;
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
        return new RowReader(new BoundedLineReader(new InputStreamReader(in, utf8), maxLineLength), rejections,
                format);
    }

    /**
     * The next well-formed row, reporting the malformed ones before it.
     *
     * @return the row, or empty at the end of the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public Optional<Row> next() {
        while (!stopped) {
            long before = parser.getCurrentLineNumber();
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
            long end = parser.getCurrentLineNumber();
            if (end <= skipThroughLine) {
                continue; // the rest of a line whose quoting was wrong, already reported
            }
            long first = before + 1 + commentLines(record);
            long last = Math.max(first, end);
            if (text.overlongBetween(first, last)) {
                rejections.reject(first, "line longer than " + text.getMaxLineLength() + " characters, skipped");
            } else if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            } else if (record.stream().anyMatch(field -> field.indexOf('\uFFFD') >= 0)) {
                rejections.reject(first, "not valid UTF-8 (save the file as \"CSV UTF-8\"); field "
                        + (firstReplaced(record) + 1) + " holds bytes that are not UTF-8");
            } else {
                return Optional.of(new Row(first, record.toList()));
            }
        }
        return Optional.empty();
    }

    private void rejectMalformed(long line, UncheckedIOException e) {
        if (!(e.getCause() instanceof CSVException)) {
            throw e;
        }
        String message = e.getCause().getMessage();
        if (message != null && message.contains("EOF reached before encapsulated token finished")) {
            rejections.reject(line, "a quoted field is never closed; the rest of the file is inside it, reading stopped");
            stopped = true;
            return;
        }
        rejections.reject(line, "malformed quoting: " + message);
        skipThroughLine = Math.max(line, parser.getCurrentLineNumber());
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
