package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.lkjip.DataLkjipLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviuCommandTest {

    @TempDir
    Path dir;

    private static String klojen() throws IOException {
        try (InputStream in = DataLkjipLoader.class.getResourceAsStream(DataLkjipLoader.KLOJEN_2021)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void reviewsAFileInTheKlojenFormatAsTheExampleDoes() throws IOException {
        Path f = dir.resolve("klojen.lkjip");
        Files.writeString(f, klojen());
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Jalankan.sakip("contoh", "klojen-2021").out());
    }

    @Test
    void badRowsOfAReportFileAreReportedAndTheRestReviewed() throws IOException {
        // the efficiency of Tabel 3.4 typed with two decimal commas, and a figure for an unknown sasaran
        Path f = dir.resolve("rusak.lkjip");
        Files.writeString(f, klojen().replace(";9 %;EFISIENSI;S1;;122,56;", ";9 %;EFISIENSI;S1;;122,5,6;")
                .replace("Bab IV.A;Realisasi belanja;teks;PENYERAPAN_TOTAL;;;92,57%;",
                        "Bab IV.A;Realisasi belanja;teks;PENYERAPAN_SASARAN;S7;;92,57%;"));
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.errLines().get(0)).startsWith("baris ").contains("[dicetak] dicetak: Angka \"122,5,6\"");
        assertThat(r.errLines().get(1)).contains("sasaran in the Perjanjian Kinerja \"S7\" is not defined");
        assertThat(r.out()).contains("### Temuan reviu (25 temuan dari 226 angka diperiksa)");
    }

    @Test
    void aFileThatIsNotAReport() throws IOException {
        Path f = dir.resolve("kosong.lkjip");
        Files.writeString(f, "# nothing\n");
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(r.err()).contains("must give tahun and renstra");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void dataThatStopTheReviuAreADataErrorAtTheirLine() throws IOException {
        Path f = dir.resolve("nol.lkjip");
        Files.writeString(f, klojen().replace("\nS3;IKLPSP;3,13\n", "\nS3;IKLPSP;0\n"));
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.errLines()).first().isEqualTo("baris 57: [perjanjian-kinerja] Target.nilai must be > 0 for "
                + "Polaritas.POSITIF, was 0 (realisasi 4.40)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void aMisspeltSectionIsNamedAndTheReferencesToItSayNoneIsDefined() throws IOException {
        Path f = dir.resolve("salah.lkjip");
        Files.writeString(f, klojen().replace("[sasaran];Tabel 2.1", "[sasaaran];Tabel 2.1"));
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.errLines().get(0)).startsWith("baris 25: unknown section [sasaaran]; the sections are [laporan], "
                + "[sasaran],").endsWith("(baris 25-29)");
        assertThat(r.errLines().get(1)).isEqualTo("baris 35: [indikator] sasaran \"S1\" is not defined; none is (is its "
                + "section missing, misspelt or rejected above?)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }
}
