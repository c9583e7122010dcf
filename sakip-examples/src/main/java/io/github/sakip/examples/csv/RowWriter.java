package io.github.sakip.examples.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows {@code ;}-separated, as {@link RowReader} reads them: a field is quoted only when
 * it needs it ({@code "Persentase; gabungan"}), lines end with {@code \n}. Commons CSV does the
 * quoting.
 *
 * <p>Not thread-safe; one instance writes one output.
 */
public final class RowWriter implements Flushable, RowSink {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator('\n')
            .get();

    private final CSVPrinter printer;

    /**
     * Writes to the given writer, which this one flushes but does not close.
     *
     * @param out where the rows go
     */
    public RowWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one row.
     *
     * @param fields the fields, unquoted
     * @throws UncheckedIOException when the output fails
     */
    public void write(List<String> fields) {
        try {
            printer.printRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes; the underlying writer stays open (it is usually standard output). */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
