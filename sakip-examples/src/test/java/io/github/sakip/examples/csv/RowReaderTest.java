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
    void anOverLongLineAfterALoneCarriageReturnKeepsTheNextRowAndItsNumber() throws IOException {
        // found by SakipFuzzJarTest (seed 8917306323076): the replaced line's \n joined the lone
        // \r before it into one line break, so the next row was taken for the long line and lost
        List<Row> rows = read(RowReader.open(new ByteArrayInputStream(utf8("a;b\rc;d\r" + "x".repeat(100)
                + "\ne;f\ng;h\n")), rejections, 50));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 4L, 5L);
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("a", "c", "e", "g");
        assertThat(errors()).containsExactly("baris 3: line longer than 50 characters, skipped");
    }

    @Test
    void anOverLongLastLineAfterALoneCarriageReturnIsNamedAtItsOwnLine() throws IOException {
        List<Row> rows = read(RowReader.open(new ByteArrayInputStream(utf8("a;b\rc;d\r" + "x".repeat(100))),
                rejections, 50));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 2L);
        assertThat(errors()).containsExactly("baris 3: line longer than 50 characters, skipped");
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
        assertThat(errors()).containsExactly("baris 3: a quoted field opened here is never closed; the rest of the file "
                + "is inside it and was not read (baris 3-4)");
    }

    @Test
    void commentsKeepLineNumbersRight() throws IOException {
        InputStream in = new ByteArrayInputStream(utf8("# satu\n# dua\n[s];T\n\n# tiga\nh;i\n  # bukan komentar\n"));
        List<Row> rows = read(RowReader.openWithComments(in, rejections));
        assertThat(rows).extracting(Row::line).containsExactly(3L, 6L, 7L);
        assertThat(rows.get(2).get(0)).isEqualTo("  # bukan komentar");
    }

    @Test
    void aQuotedCellOverManyShortLinesIsBoundedLikeALine() throws IOException {
        String cell = "x\n".repeat(100);
        List<Row> rows = read(RowReader.open(new ByteArrayInputStream(utf8("a;b\n\"" + cell + "\"\nc;d\n")), rejections, 50));
        assertThat(errors()).containsExactly("baris 2: record longer than 50 characters (a quoted field runs over its "
                + "lines), skipped (baris 2-102)");
        assertThat(rows).extracting(Row::line).containsExactly(1L, 103L);
        assertThat(rows.get(1).fields()).containsExactly("c", "d");
    }

    @Test
    void aStrayQuoteRejectsItsRecordAtItsFirstLineNamingEveryLineItTook() throws IOException {
        List<Row> rows = read(utf8("h;i\nA;1\n\"B;1\nC;1\nD;8\"0\nE;1\n"));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 2L, 6L);
        assertThat(errors()).singleElement().asString().startsWith("baris 3: malformed quoting: ").endsWith("(baris 3-5)");
    }

    @Test
    void aRecordOverSeveralLinesKnowsThemAll() throws IOException {
        assertThat(read(utf8("h;i\n\"dua\nbaris\";1\n\"tiga\n\nbaris\";2"))).extracting(Row::line, Row::lastLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(2L, 3L),
                        org.assertj.core.groups.Tuple.tuple(4L, 6L));
    }

    @Test
    void aUtf16FileIsRefusedWholeAndSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.write("a;b\nc;d\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(out.toByteArray())).isEmpty();
        assertThat(errors()).containsExactly("baris 1: the file is UTF-16, not UTF-8 (it starts with a UTF-16 byte order "
                + "mark); save it as \"CSV UTF-8\"; nothing was read (baris 1-3)");
    }

    @Test
    void nulCharactersAreNamedAsUtf16WithoutEchoingThem() throws IOException {
        List<Row> rows = read(utf8("a;b\nc\u0000;d\ne;f\n"));
        assertThat(rows).extracting(Row::line).containsExactly(1L, 3L);
        assertThat(errors()).containsExactly("baris 2: holds NUL characters: the file seems to be UTF-16, not UTF-8; "
                + "save it as \"CSV UTF-8\"");
    }

    @Test
    void skipRestCountsTheLinesLeft() throws IOException {
        try (RowReader reader = RowReader.open(new ByteArrayInputStream(utf8("a;b\n\"x\ny\"z\nc;d\ne")), rejections)) {
            assertThat(reader.next()).isPresent();
            assertThat(reader.skipRest()).isEqualTo(5);
            assertThat(reader.next()).isEmpty();
        }
        assertThat(rejections.any()).isFalse();
    }
}
