package io.github.sakip.examples.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsAlignsAndEscapes() {
        MarkdownTable t = new MarkdownTable("Indikator", "Capaian").row("Nilai SAKIP OPD", "109,74").row("a|b", "1");
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out, true));
        assertThat(out.toString().lines()).containsExactly(
                "| Indikator       | Capaian |",
                "| --------------- | ------: |",
                "| Nilai SAKIP OPD |  109,74 |",
                "| a\\|b            |       1 |",
                "");
        assertThat(t.rows()).hasSize(2);
    }

    @Test
    void textColumnsAreLeftAligned() {
        MarkdownTable t = new MarkdownTable("No", "Jenis").leftAligned(1).row("1", "KESALAHAN");
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out, true));
        assertThat(out.toString().lines()).element(2).isEqualTo("|   1 | KESALAHAN |");
        assertThatThrownBy(() -> t.row("1")).isInstanceOf(IllegalArgumentException.class);
    }
}
