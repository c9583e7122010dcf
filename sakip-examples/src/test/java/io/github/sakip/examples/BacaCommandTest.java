package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacaCommandTest {

    @TempDir
    Path dir;

    static String klojenTeks() throws IOException {
        try (InputStream in = BacaCommandTest.class.getResourceAsStream("baca/lkjip-klojen-2021.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesWhatWasReadAsADataFileThatReviuReadsBack() throws IOException {
        Path teks = dir.resolve("klojen-2021.md");
        Files.writeString(teks, klojenTeks());
        Jalankan baca = Jalankan.sakip("baca", teks.toString());
        assertThat(baca.status()).isZero();
        assertThat(baca.err()).isEmpty();
        assertThat(baca.outLines().get(0)).startsWith("# Cakupan pembacaan: ");
        assertThat(baca.out()).contains("# Terbaca: Tabel 3.1 (Target dan Realisasi Tahun 2021): 4 baris, 10 angka",
                "\n[dicetak];\n", "Tabel 3.2;Indeks Kepuasan Layanan Prasarana Sarana Publik;Capaian Kinerja 2020;"
                        + "RASIO_TAHUNAN;I4;2020;106,33%;");

        Path lkjip = dir.resolve("klojen-2021.lkjip");
        Files.writeString(lkjip, baca.out());
        Jalankan reviu = Jalankan.sakip("reviu", lkjip.toString());
        assertThat(reviu.status()).isEqualTo(Sakip.DITOLAK); // the report has findings
        assertThat(reviu.out()).contains("### Temuan reviu (23 temuan dari 227 angka diperiksa)");
    }

    @Test
    void reviuOfTheReportItselfPrintsTheCoverageFirstThenTheSameReviu() throws IOException {
        Path teks = dir.resolve("klojen-2021.txt");
        Files.writeString(teks, klojenTeks());
        Jalankan reviu = Jalankan.sakip("reviu", teks.toString());
        assertThat(reviu.status()).isEqualTo(Sakip.DITOLAK); // the report has findings
        assertThat(reviu.outLines().get(0)).isEqualTo("## Cakupan pembacaan laporan");
        assertThat(reviu.out()).contains("- Terbaca: Tabel 3.2 (Realisasi dan Capaian Kinerja Tahun 2018-2023)",
                "- Dilewati: Tabel 2.5 (Standar Penilaian Kinerja): bukan tabel kinerja atau anggaran",
                "### Temuan reviu (23 temuan dari 227 angka diperiksa)", " 122,56 |", " 15.411.491.203 |");
        assertThat(reviu.out().indexOf("## Cakupan")).isLessThan(reviu.out().indexOf("### Temuan reviu"));
    }

    @Test
    void aTextThatIsNotAReportIsReadAsNothingAndSaysWhy() throws IOException {
        Path teks = dir.resolve("surat.txt");
        Files.writeString(teks, "Dengan hormat,\nkami sampaikan undangan rapat.\n");
        Jalankan baca = Jalankan.sakip("baca", teks.toString());
        assertThat(baca.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(baca.out()).contains("# Dilewati: tahun laporan: tidak ada \"tahun YYYY\"");
        Jalankan reviu = Jalankan.sakip("reviu", teks.toString());
        assertThat(reviu.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(reviu.out()).contains("- Dilewati: tahun laporan").doesNotContain("Temuan reviu");
    }

    @Test
    void aWordFileThatIsNotOneIsReportedNotThrown() throws IOException {
        Path docx = dir.resolve("rusak.docx");
        Files.writeString(docx, "bukan zip");
        Jalankan baca = Jalankan.sakip("baca", docx.toString());
        assertThat(baca.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(baca.out()).contains("rusak.docx: tidak terbaca: NotOfficeXmlFileException");
    }

    @Test
    void otherExtensionsAreAUsageError() throws IOException {
        Path csv = dir.resolve("laporan.csv");
        Files.writeString(csv, "a;b\n");
        Jalankan baca = Jalankan.sakip("baca", csv.toString());
        assertThat(baca.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(baca.err()).contains("Berkas harus .docx, .txt atau .md");
    }
}
