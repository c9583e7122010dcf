package io.github.sakip.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RejectionsTest {

    @Test
    void eachRejectionIsOneLineWithItsLineNumber() {
        StringWriter err = new StringWriter();
        Rejections r = new Rejections(new PrintWriter(err, true));
        assertThat(r.any()).isFalse();
        r.reject(5, "target: bad");
        r.reject(7, "expected 4 fields");
        assertThat(err.toString().lines()).containsExactly("baris 5: target: bad", "baris 7: expected 4 fields");
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.any()).isTrue();
    }

    @Test
    void aReasonQuotingLineBreaksOrControlCharactersStaysOnOneVisibleLine() {
        StringWriter err = new StringWriter();
        new Rejections(new PrintWriter(err, true)).reject(3, 4, "polaritas \"y\r\nz\t\u0000\u001B\" is wrong");
        assertThat(err).hasToString("baris 3: polaritas \"y\\r\\nz\\t\\u0000\\u001B\" is wrong (baris 3-4)\n");
    }
}
