package io.github.sakip.examples.csv;

import java.io.Closeable;
import java.util.List;

/**
 * Where a batch writes its rows to: {@code ;}-separated text ({@link RowWriter}) or an Excel
 * workbook ({@code xlsx.XlsxRowWriter}). Closing it finishes the output.
 */
public interface RowSink extends Closeable {

    /**
     * Writes one row, the first one being the header.
     *
     * @param fields the fields as text, numbers in Indonesian format
     */
    void write(List<String> fields);

    /**
     * Keeps a rejected row beside the output, where the format has room for it (the second sheet
     * of a workbook); by default nothing, since the rejection is already reported on standard
     * error.
     *
     * @param row the row
     * @param reason why, naming the field and the rule
     */
    default void reject(Row row, String reason) {
    }
}
