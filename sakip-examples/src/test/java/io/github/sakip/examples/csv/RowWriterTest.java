package io.github.sakip.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWriterTest {

    @Test
    void quotesOnlyWhatNeedsQuoting() throws IOException {
        StringWriter out = new StringWriter();
        try (RowWriter w = new RowWriter(out)) {
            w.write(List.of("indikator", "capaian"));
            w.write(List.of("Persentase; gabungan", "109,74"));
            w.write(List.of("kata \"kutip\"", ""));
        }
        assertThat(out).hasToString("indikator;capaian\n\"Persentase; gabungan\";109,74\n\"kata \"\"kutip\"\"\";\n");
    }
}
