package io.github.sakip.examples.xlsx;

import io.github.sakip.examples.csv.Row;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The rejected rows of a workbook, held in a temporary file until their sheet is written: POI's
 * deferred writer writes the sheets one after the other, and the rejected rows arrive among the
 * rows of the first. The file is made at the first rejection (most batches have none), written
 * and read back by Commons CSV with every field quoted, so any text comes back as it went in, and
 * deleted on {@link #close()}. Memory stays bounded however many rows are rejected.
 *
 * <p>Not thread-safe: one thread keeps the rows and reads them back.
 */
final class PenampungDitolak implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

    /** What a rejected row is read back as. */
    interface Tujuan {
        /**
         * Takes one rejected row.
         *
         * @param line the row's line number in the input
         * @param reason why it was rejected
         * @param fields its fields as read
         */
        void tolak(long line, String reason, List<String> fields);
    }

    @Nullable
    private Path file;
    @Nullable
    private CSVPrinter printer;

    /**
     * Keeps a rejected row.
     *
     * @param row the row
     * @param reason why it was rejected
     * @throws IOException when the temporary file cannot be written
     */
    void simpan(Row row, String reason) throws IOException {
        if (printer == null) {
            file = Files.createTempFile("sakip-ditolak", ".csv");
            printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT);
        }
        List<String> record = new ArrayList<>(row.size() + 2);
        record.add(Long.toString(row.line()));
        record.add(reason);
        record.addAll(row.fields());
        printer.printRecord(record);
    }

    /**
     * Reads the rows back in the order they were kept.
     *
     * @param tujuan what takes them
     * @throws IOException when the temporary file cannot be read
     */
    void bacaKe(Tujuan tujuan) throws IOException {
        if (printer == null) {
            return;
        }
        printer.close();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT)) {
            for (CSVRecord r : parser) {
                List<String> all = r.toList();
                tujuan.tolak(Long.parseLong(all.get(0)), all.get(1), all.subList(2, all.size()));
            }
        }
    }

    /** Deletes the temporary file, if a row was kept. */
    @Override
    public void close() throws IOException {
        if (printer != null) {
            try {
                printer.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
