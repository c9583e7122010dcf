package io.github.sakip.examples.csv;

import java.util.List;

/**
 * One well-formed row of a {@code ;}-separated file: its line number (the header is line 1) and
 * its fields, unquoted.
 *
 * @param line the 1-based number of the line the row starts on
 * @param fields the fields, never null, unmodifiable
 */
public record Row(long line, List<String> fields) {

    /**
     * Copies the fields.
     *
     * @param line the 1-based line number
     * @param fields the fields
     */
    public Row {
        fields = List.copyOf(fields);
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
