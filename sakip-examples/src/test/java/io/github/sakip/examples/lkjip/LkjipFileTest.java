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
                new Rejections(new PrintWriter(err, true)), DataLkjipLoader.BAGIAN).orElseThrow();
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

    @Test
    void anUnknownOrMisspeltSectionIsNamedWithAllItsLinesAndTheKnownOnes() throws IOException {
        Map<String, Section> s = read("[laporan]\nkunci;nilai\n[sasaaran]\nkode;sasaran\nS1;Satu\n[lampiran]\n");
        assertThat(s).containsOnlyKeys("laporan");
        assertThat(err.toString().lines()).containsExactly(
                "baris 3: unknown section [sasaaran]; the sections are [laporan], [sasaran], [indikator], [target], "
                        + "[realisasi], [perjanjian-kinerja], [program], [realisasi-anggaran], [indikator-program], "
                        + "[dicetak], [terbilang], [skala], [anggaran-rinci], [rincian]; its rows were not read "
                        + "(notes of your own: start their lines with #) "
                        + "(baris 3-5)",
                "baris 6: unknown section [lampiran]; the sections are [laporan], [sasaran], [indikator], [target], "
                        + "[realisasi], [perjanjian-kinerja], [program], [realisasi-anggaran], [indikator-program], "
                        + "[dicetak], [terbilang], [skala], [anggaran-rinci], [rincian]; its rows were not read "
                        + "(notes of your own: start their lines with #)");
    }

    @Test
    void aFileOverTheLimitsIsRefusedWholeWithAllItsLinesNamed() throws IOException {
        StringBuilder text = new StringBuilder("[terbilang]\ntabel;baris;kolom;angka;kata\n");
        for (int i = 0; i < LkjipFile.MAX_BARIS; i++) {
            text.append("Bab I;Umum;teks;3;tiga\n");
        }
        assertThat(LkjipFile.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                new Rejections(new PrintWriter(err, true)), DataLkjipLoader.BAGIAN)).isEmpty();
        assertThat(err.toString()).isEqualTo("baris 1: the file passes the limits of the reviu, 20000 rows or 4194304 "
                + "characters (at line 20001); nothing was reviewed; split the report or leave out rows (baris 1-20002)\n");
    }
}
