package io.github.sakip.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static String all(Reader r) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[3];
        for (int n = r.read(buf, 0, buf.length); n >= 0; n = r.read(buf, 0, buf.length)) {
            s.append(buf, 0, n);
        }
        return s.toString();
    }

    @Test
    void dropsTheByteOrderMarkOnlyAtTheStart() throws IOException {
        assertThat(all(new BoundedLineReader(new StringReader("\uFEFFa;b\n\uFEFFc\n"), 100))).isEqualTo("a;b\n\uFEFFc\n");
    }

    @Test
    void replacesOverLongLinesByEmptyLinesAndRemembersTheirNumbers() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new StringReader("ok\r\n" + "x".repeat(50) + "\r\nok\rlast"
                + "y".repeat(20)), 10);
        assertThat(all(r)).isEqualTo("ok\r\n\r\nok\r\n");
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
