package io.github.sakip.examples.lkjip;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an LKjIP data file into its sections. Every row comes from {@link RowReader} (Apache
 * Commons CSV, {@code ;}-separated, {@code #} comments); a row whose first field is
 * {@code [name]} starts a section, the next row is its header. Rows outside a section, a second
 * section of the same name and a section without header are rejected as {@code baris N: ...}.
 */
final class LkjipFile {

    private static final Pattern SECTION = Pattern.compile("\\[([a-z0-9-]+)\\]");

    private LkjipFile() {
    }

    static Map<String, Section> read(InputStream in, Rejections rejections) throws IOException {
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = null;
        try (RowReader reader = RowReader.openWithComments(in, rejections)) {
            for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                Row row = next.get();
                Matcher m = SECTION.matcher(row.get(0).strip());
                if (m.matches()) {
                    Optional<String> tabel = row.size() > 1 && !row.get(1).isBlank()
                            ? Optional.of(row.get(1).strip()) : Optional.empty();
                    current = new Section(m.group(1), tabel, row.line());
                    if (sections.putIfAbsent(current.name(), current) != null) {
                        rejections.reject(row.line(), "section [" + current.name() + "] appears a second time; "
                                + "its rows are ignored");
                        current = new Section(current.name(), tabel, row.line());
                    }
                } else if (current == null) {
                    rejections.reject(row.line(), "row before the first [section]");
                } else if (!current.hasHeader()) {
                    current.setHeader(row);
                } else {
                    current.add(row);
                }
            }
        }
        return sections;
    }
}
