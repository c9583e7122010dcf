package io.github.sakip.examples.csv;

import java.io.Closeable;
import java.util.Optional;

/**
 * Where a batch reads its rows from: a {@code ;}-separated file ({@link RowReader}) or the
 * sheet of an Excel workbook ({@code xlsx.XlsxRowReader}). Rows that cannot be read are reported
 * by the source itself as {@code baris N: ...} rejections.
 */
public interface RowSource extends Closeable {

    /**
     * The next well-formed row, the first one being the header.
     *
     * @return the row, or empty at the end
     */
    Optional<Row> next();

    /**
     * Reads the rest without reporting anything, for a caller that rejects it whole (a file whose
     * header is wrong), and stops the reading.
     *
     * @return the number of the last line or row, at least 1
     */
    long skipRest();
}
