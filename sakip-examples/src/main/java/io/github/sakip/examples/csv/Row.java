package io.github.sakip.examples.csv;

import java.util.List;

/**
 * One well-formed record of a {@code ;}-separated file: the lines it spans (the header is line
 * 1; a record spans several lines when a quoted field holds line breaks) and its fields,
 * unquoted.
 *
 * @param line the 1-based number of the line the record starts on
 * @param lastLine the 1-based number of the line it ends on, {@code line} or more
 * @param fields the fields, never null, unmodifiable
 */
public record Row(long line, long lastLine, List<String> fields) {

    /**
     * Copies the fields.
     *
     * @param line the 1-based line number of the record's first line
     * @param lastLine the 1-based line number of its last line
     * @param fields the fields
     */
    public Row {
        fields = List.copyOf(fields);
    }

    /**
     * A record on one line.
     *
     * @param line the 1-based line number
     * @param fields the fields
     */
    public Row(long line, List<String> fields) {
        this(line, line, fields);
    }

    /**
     * The field at an index.
     *
     * @param index 0-based
     * @return the field as written, never null
     */
    public String get(int index) {
        return fields.get(index);
    }

    /**
     * The number of fields.
     *
     * @return the number of fields
     */
    public int size() {
        return fields.size();
    }
}
