package io.github.sakip.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowReaderTest {

    private final StringWriter err = new StringWriter();
    private final Rejections rejections = new Rejections(new PrintWriter(err, true));

    private List<Row> read(RowReader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (reader) {
            for (Optional<Row> r = reader.next(); r.isPresent(); r = reader.next()) {
                rows.add(r.get());
            }
        }
        return rows;
    }

    private List<Row> read(byte[] bytes) throws IOException {
        return read(RowReader.open(new ByteArrayInputStream(bytes), rejections));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> errors() {
        return err.toString().lines().toList();
    }

    @Test
    void bomQuotedSemicolonsAndLineNumbers() throws IOException {
        List<Row> rows = read(utf8("\uFEFFindikator;target\n\"Persentase; gabungan\";80\n\n\"dua\nbaris\";\"1\"\"2\"\nakhir;3"));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 4L, 6L);
        assertThat(rows.get(0).fields()).containsExactly("indikator", "target");
        assertThat(rows.get(1).get(0)).isEqualTo("Persentase; gabungan");
        assertThat(rows.get(2).fields()).containsExactly("dua\nbaris", "1\"2");
        assertThat(rows.get(3).size()).isEqualTo(2);
        assertThat(rejections.any()).isFalse();
    }

    @Test
    void crlfAsWindowsSpreadsheetsSaveIt() throws IOException {
        assertThat(read(utf8("a;b\r\nc;d\r\n\r\ne;f\r\n"))).extracting(Row::line).containsExactly(1L, 2L, 4L);
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRowOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8("a;b\nCaf"));
        out.write(0xE9); // Windows-1252 é
        out.write(utf8(";1\nok;2\n"));
        List<Row> rows = read(out.toByteArray());
        assertThat(rows).extracting(Row::line).containsExactly(1L, 3L);
        assertThat(errors()).containsExactly("baris 2: not valid UTF-8 (save the file as \"CSV UTF-8\"); field 1 holds "
                + "bytes that are not UTF-8");
    }

    @Test
    void overLongLineIsRejectedAndTheRowsAfterItAreRead() throws IOException {
        List<Row> rows = read(RowReader.open(new ByteArrayInputStream(utf8("a;b\n\"" + "x".repeat(100) + "\nc;d\n")),
                rejections, 50));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 3L);
        assertThat(errors()).containsExactly("baris 2: line longer than 50 characters, skipped");
    }

    @Test
    void tenMegabyteLineIsRejectedWithTheDefaultLimit() throws IOException {
        String big = "y".repeat(10 * 1024 * 1024);
        List<Row> rows = read(utf8("a;b\n" + big + ";1\nc;d\n"));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 3L);
        assertThat(errors()).containsExactly("baris 2: line longer than " + RowReader.MAX_LINE_LENGTH
                + " characters, skipped");
    }

    @Test
    void textAfterAClosingQuoteRejectsThatLineOnly() throws IOException {
        List<Row> rows = read(utf8("a;b\n\"x\"y;1\nc;d\n"));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 3L);
        assertThat(errors()).singleElement().asString().startsWith("baris 2: malformed quoting:");
    }

    @Test
    void quoteNeverClosedStopsTheReading() throws IOException {
        List<Row> rows = read(utf8("a;b\nc;d\n\"open;1\ne;f\n"));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 2L);
        assertThat(errors()).containsExactly("baris 3: a quoted field is never closed; the rest of the file is inside "
                + "it, reading stopped");
    }

    @Test
    void commentsKeepLineNumbersRight() throws IOException {
        InputStream in = new ByteArrayInputStream(utf8("# satu\n# dua\n[s];T\n\n# tiga\nh;i\n  # bukan komentar\n"));
        List<Row> rows = read(RowReader.openWithComments(in, rejections));
        assertThat(rows).extracting(Row::line).containsExactly(3L, 6L, 7L);
        assertThat(rows.get(2).get(0)).isEqualTo("  # bukan komentar");
    }
}
