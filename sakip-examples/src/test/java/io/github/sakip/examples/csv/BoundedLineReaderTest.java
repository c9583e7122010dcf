package io.github.sakip.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    /** Reads everything, each line as a record of its own, as the parser reads lines without quotes. */
    private static String all(BoundedLineReader r) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[3];
        r.startRecord();
        for (int n = r.read(buf, 0, buf.length); n >= 0; n = r.read(buf, 0, buf.length)) {
            s.append(buf, 0, n);
            if (s.charAt(s.length() - 1) == '\n') {
                r.startRecord();
            }
        }
        return s.toString();
    }

    @Test
    void aRecordOverManyLinesPassesOnlyTheSkeletonsOfItsLinesOnceOverTheLimit() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new StringReader("\"234\n5678\nxyz\nab\"\"\"c;;d\n9\n"), 10);
        char[] buf = new char[20];
        r.startRecord();
        assertThat(r.read(buf, 0, 20)).isEqualTo(5);
        assertThat(r.read(buf, 0, 20)).isEqualTo(5);
        assertThat(r.isRecordTooLong()).isFalse();
        assertThat(new String(buf, 0, r.read(buf, 0, 20))).isEqualTo("\";\n"); // xyz left out, its line break counted
        assertThat(r.isRecordTooLong()).isTrue();
        assertThat(r.lineBreaksSwallowed()).isEqualTo(1);
        r.startRecord();
        assertThat(new String(buf, 0, r.read(buf, 0, 20))).isEqualTo("9\n");
        assertThat(r.isRecordTooLong()).isFalse();
        assertThat(r.linesRead()).isEqualTo(5);
    }

    @Test
    void whenEvenTheSkeletonsPassTheLimitTheLineIsHeldBack() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new StringReader("\"23456789\n\";\";\";\";\n;\";\";\";\";\n"
                + "\";\n"), 10);
        char[] buf = new char[20];
        r.startRecord();
        assertThat(r.read(buf, 0, 20)).isEqualTo(10);
        assertThat(r.read(buf, 0, 20)).isEqualTo(9);
        assertThatThrownBy(() -> r.read(buf, 0, 20)).isInstanceOf(BoundedLineReader.RecordTooLong.class)
                .hasMessage("record longer than 10 characters");
        assertThat(new String(buf, 0, r.read(buf, 0, 20))).isEqualTo(";\";\";\";\";\n"); // starts the next record
    }

    @Test
    void dropsTheByteOrderMarkOnlyAtTheStart() throws IOException {
        assertThat(all(new BoundedLineReader(new StringReader("\uFEFFa;b\n\uFEFFc\n"), 100))).isEqualTo("a;b\n\uFEFFc\n");
    }

    @Test
    void replacesOverLongLinesByEmptyLinesAndRemembersTheirNumbers() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new StringReader("ok\r\n" + "x".repeat(50) + "\r\nok\rlast"
                + "y".repeat(20)), 10);
        // the last line, replaced after a lone \r, ends with \r: a \n there would join that \r
        // as one CRLF and the parser would count one line too few
        assertThat(all(r)).isEqualTo("ok\r\n\r\nok\r\r");
        assertThat(r.overlongBetween(1, 1)).isFalse();
        assertThat(r.overlongBetween(2, 2)).isTrue();
        assertThat(r.overlongBetween(2, 3)).isFalse(); // forgotten once reported
        assertThat(r.overlongBetween(4, 4)).isTrue();
    }

    @Test
    void aLineOfExactlyTheLimitPasses() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new StringReader("1234567890\n12345678901\n"), 10);
        assertThat(all(r)).isEqualTo("1234567890\n\n");
        assertThat(r.overlongBetween(1, 2)).isTrue();
        assertThat(r.getMaxLineLength()).isEqualTo(10);
    }
}
