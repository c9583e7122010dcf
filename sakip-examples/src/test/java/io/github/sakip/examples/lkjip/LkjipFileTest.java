package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Rejections;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LkjipFileTest {

    private final StringWriter err = new StringWriter();

    private Map<String, Section> read(String text) throws IOException {
        return LkjipFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new Rejections(new PrintWriter(err, true)));
    }

    @Test
    void sectionsWithTheirTableHeaderAndRows() throws IOException {
        Map<String, Section> s = read("# komentar\n[target];Tabel 2.3\nIndikator;2021\nSAKIP;80,01\n\n[laporan]\nkunci;nilai\n");
        assertThat(s).containsOnlyKeys("target", "laporan");
        Section target = s.get("target");
        assertThat(target.tabel()).contains("Tabel 2.3");
        assertThat(target.line()).isEqualTo(2);
        assertThat(target.header()).containsExactly("indikator", "2021");
        assertThat(target.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(target.get(r, "2021")).isEqualTo("80,01");
        });
        assertThat(s.get("laporan").tabel()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMissingColumnAndAWrongWidthNameTheHeader() throws IOException {
        Section s = read("[sasaran]\nkode;sasaran\nS1;Satu;extra\n").get("sasaran");
        assertThatThrownBy(() -> s.checkWidth(s.rows().get(0))).isInstanceOf(SakipException.class)
                .hasMessage("expected 2 fields (kode;sasaran), found 3");
        assertThatThrownBy(() -> s.column("nama")).hasMessage("section [sasaran] has no column \"nama\"; its header is "
                + "kode;sasaran");
    }
}
