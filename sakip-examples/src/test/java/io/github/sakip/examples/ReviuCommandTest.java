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
        assertThat(r.status()).as("the reviu has findings").isEqualTo(Sakip.DITOLAK);
        assertThat(r.out()).isEqualTo(Jalankan.sakip("contoh", "klojen-2021").out());
    }

    @Test
    void aReportWithoutTheRenstrasEndTargetIsReviewedAndTheMissingPartNamed() throws IOException {
        // a partial report: no target for 2023, the Renstra's last year; Tabel 3.3 cannot be computed
        Path f = dir.resolve("sebagian.lkjip");
        Files.writeString(f, String.join("\n",
                "[laporan]", "kunci;nilai", "instansi;Kecamatan Contoh", "tahun;2021", "renstra;2019-2023",
                "[sasaran];Tabel 2.1", "kode;sasaran", "S1;Sasaran satu",
                "[indikator];Tabel 2.3", "kode;sasaran;indikator;satuan;polaritas", "A;S1;Indikator A;persen;POSITIF",
                "[target];Tabel 2.3", "indikator;2021", "A;70",
                "[realisasi];Tabel 3.2", "indikator;2020;2021", "A;n/a;66,7",
                "[perjanjian-kinerja];Tabel 2.4", "sasaran;indikator;target", "S1;A;70",
                "[dicetak]", "tabel;baris;kolom;besaran;rujukan;tahun;dicetak;kutipan",
                "Tabel 3.1;Indikator A;Capaian;CAPAIAN;A;;96,00;", ""));
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(r.out()).contains("### Tabel 3.3", "tidak dihitung: ", "no target for the end year 2023",
                "### Realisasi Anggaran", "### Temuan reviu (1 temuan dari");
        // without budget data the tables print no Rupiah of 0
        assertThat(r.out()).doesNotContain("| 0 ");
    }

    @Test
    void aReportWithoutFindingsExitsZero() throws IOException {
        Path f = dir.resolve("bersih.lkjip");
        Files.writeString(f, String.join("\n",
                "[laporan]", "kunci;nilai", "tahun;2021", "renstra;2019-2023",
                "[sasaran]", "kode;sasaran", "S1;Sasaran satu",
                "[indikator]", "kode;sasaran;indikator;satuan;polaritas", "A;S1;Indikator A;persen;POSITIF",
                "[realisasi]", "indikator;2021", "A;63",
                "[perjanjian-kinerja]", "sasaran;indikator;target", "S1;A;70",
                "[dicetak]", "tabel;baris;kolom;besaran;rujukan;tahun;dicetak;kutipan",
                "Tabel 3.1;Indikator A;Capaian;CAPAIAN;A;;90,00;", ""));
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("### Temuan reviu (0 temuan dari 1 angka diperiksa)");
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
        assertThat(r.out()).contains("### Temuan reviu (24 temuan dari 226 angka diperiksa)");
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
        assertThat(r.errLines()).first().isEqualTo("baris 65: [perjanjian-kinerja] Target.nilai must be > 0 for "
                + "Polaritas.POSITIF, was 0 (realisasi 4.40)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void aMisspeltSectionIsNamedAndTheReferencesToItSayNoneIsDefined() throws IOException {
        Path f = dir.resolve("salah.lkjip");
        Files.writeString(f, klojen().replace("[sasaran];Tabel 2.1", "[sasaaran];Tabel 2.1"));
        Jalankan r = Jalankan.sakip("reviu", f.toString());
        assertThat(r.errLines().get(0)).startsWith("baris 33: unknown section [sasaaran]; the sections are [laporan], "
                + "[sasaran],").endsWith("(baris 33-37)");
        assertThat(r.errLines().get(1)).isEqualTo("baris 43: [indikator] sasaran \"S1\" is not defined; none is (is its "
                + "section missing, misspelt or rejected above?)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }
}
