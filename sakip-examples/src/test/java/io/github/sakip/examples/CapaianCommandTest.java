package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapaianCommandTest {

    @TempDir
    Path dir;

    private String file(String text) throws IOException {
        return Jalankan.file(dir, text);
    }

    @Test
    void goodAndBadRowsOfASpreadsheetExport() throws IOException {
        // Klojen Tabel 3.1 rows beside rows as spreadsheets get them wrong
        String f = file("\uFEFFindikator;polaritas;target;realisasi\n"
                + "Nilai SAKIP OPD;POSITIF;80,01;87,80\n"
                + "\"Persentase; gabungan\";NEGATIF;10;8\n"
                + "Cakupan;POSITIF;80-90;92\n"
                + "IPMas;POSITIF;86,80;NA\n"
                + "Rusak;POSITIF;1,2,3;5\n"
                + "Pendek;POSITIF;5\n"
                + "Naik;NAIK;5;5\n"
                + "Rasio;NEGATIF_RASIO;10;8\n"
                + "Stabil;stabil;3;3,3\n"
                + "Kosong;POSITIF;80;\n"
                + "Strip;POSITIF;1.234,5;-\n"
                + "Nol;POSITIF;0;5\n");
        Jalankan r = Jalankan.sakip("capaian", f);
        assertThat(r.outLines()).containsExactly(
                "indikator;polaritas;target;realisasi;capaian;predikat;tercapai",
                "Nilai SAKIP OPD;POSITIF;80,01;87,80;109,74;Tercapai/ Berhasil;ya",
                "\"Persentase; gabungan\";NEGATIF;10;8;120,00;Sangat tercapai/ Sangat berhasil;ya",
                "Cakupan;POSITIF;80-90;92;102,22;Tercapai/ Berhasil;ya",
                "IPMas;POSITIF;86,80;NA;;;tidak terukur",
                "Rasio;NEGATIF_RASIO;10;8;125,00;Sangat tercapai/ Sangat berhasil;ya",
                "Stabil;stabil;3;3,3;90,00;Tercapai/ Berhasil;tidak",
                "Kosong;POSITIF;80;;;;tidak terukur",
                "Strip;POSITIF;1.234,5;-;;;tidak terukur");
        assertThat(r.errLines()).containsExactly(
                "baris 6: target: Angka \"1,2,3\" is not a number in Indonesian format: a second decimal comma at "
                        + "position 3, a number has at most one decimal comma",
                "baris 7: expected 4 fields like the header, found 3",
                "baris 8: polaritas \"NAIK\" must be one of POSITIF, NEGATIF, NEGATIF_RASIO, STABIL",
                "baris 13: Target.nilai must be > 0 for Polaritas.POSITIF, was 0 (realisasi 5)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void allRowsGoodExitsZero() throws IOException {
        Jalankan r = Jalankan.sakip("capaian", file("indikator;polaritas;target;realisasi\nIKLPSP;POSITIF;3,13;4,40\n"));
        assertThat(r.outLines()).element(1).isEqualTo("IKLPSP;POSITIF;3,13;4,40;140,58;Sangat tercapai/ Sangat berhasil;ya");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
    }

    @Test
    void truncationOneDecimalAndThePermendagriScale() throws IOException {
        // Klojen prints 140,57: 4,40 / 3,13 truncated
        String f = file("indikator;polaritas;target;realisasi\nIKLPSP;POSITIF;3,13;4,40\nIPMas;POSITIF;86,80;80,98\n");
        assertThat(Jalankan.sakip("capaian", "--pembulatan", "DOWN", f).outLines()).element(1).asString()
                .contains(";140,57;");
        assertThat(Jalankan.sakip("capaian", "--desimal", "1", f).outLines()).element(1).asString()
                .contains(";140,6;");
        assertThat(Jalankan.sakip("capaian", "--skala", "permendagri86", f).outLines()).element(2)
                .isEqualTo("IPMas;POSITIF;86,80;80,98;93,29;Sangat tinggi;tidak");
    }

    @Test
    void extraColumnsAreKeptAndColumnsFoundByName() throws IOException {
        Jalankan r = Jalankan.sakip("capaian", file("no;Realisasi;Target;Polaritas;Indikator\n1;87,80;80,01;POSITIF;SAKIP\n"));
        assertThat(r.outLines()).containsExactly("no;Realisasi;Target;Polaritas;Indikator;capaian;predikat;tercapai",
                "1;87,80;80,01;POSITIF;SAKIP;109,74;Tercapai/ Berhasil;ya");
    }

    @Test
    void rowsThatAreNotUtf8AreRejectedAndTheOthersWritten() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("indikator;polaritas;target;realisasi\nCakupan pelayanan ".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.write(";POSITIF;80;90\nSAKIP;POSITIF;80,01;87,80\n".getBytes(StandardCharsets.UTF_8));
        Jalankan r = Jalankan.sakip("capaian", Jalankan.file(dir, b.toByteArray()));
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("baris 2: not valid UTF-8");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void aFileWithoutTheHeaderIsRejectedAtLineOne() throws IOException {
        Jalankan r = Jalankan.sakip("capaian", file("nama;target\nSAKIP;80\n"));
        assertThat(r.errLines()).containsExactly("baris 1: header must have the columns indikator;polaritas;target;"
                + "realisasi, \"indikator\" is missing; header was \"nama;target\"; no row was read (baris 1-2)");
        assertThat(r.out()).isEmpty();
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(Jalankan.sakip("capaian", file("")).status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void usageErrorsExitOne() throws IOException {
        assertThat(Jalankan.sakip("capaian").status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(Jalankan.sakip("capaian", dir.resolve("tidak-ada.csv").toString()).err())
                .contains("no such file");
        assertThat(Jalankan.sakip("capaian", "--pembulatan", "SEMAUNYA", file("x")).status())
                .isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(Jalankan.sakip("capaian", "--pembulatan", "UNNECESSARY", file("x")).status())
                .isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(Jalankan.sakip("capaian", "--desimal", "99", file("x")).err()).contains("--desimal 99");
    }

    private static final String HEADER = "indikator;polaritas;target;realisasi\n";

    @Test
    void aColumnTwiceInTheHeaderIsRefusedWithBothPositions() throws IOException {
        Jalankan r = Jalankan.sakip("capaian", file("indikator;polaritas;target;realisasi; Target \nA;POSITIF;80;90;70\n"));
        assertThat(r.errLines()).containsExactly("baris 1: column \"target\" appears twice in the header, as column 3 "
                + "and column 5; which one is meant cannot be guessed; no row was read (baris 1-2)");
        assertThat(r.out()).isEmpty();
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void aFileSeparatedByCommasOrTabsIsNamedSo() throws IOException {
        assertThat(Jalankan.sakip("capaian", file("indikator,polaritas,target,realisasi\nA,POSITIF,80,90\n")).err())
                .startsWith("baris 1: the file is not ';'-separated: its header seems separated by commas (',')");
        assertThat(Jalankan.sakip("capaian", file("indikator\tpolaritas\ttarget\trealisasi\n")).err())
                .startsWith("baris 1: the file is not ';'-separated: its header seems separated by tabs");
    }

    @Test
    void aHeaderThatCannotBeReadIsNotReplacedByTheFirstDataRow() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xE9);
        b.write("indikator;polaritas;target;realisasi\nA;POSITIF;80;90\nB;POSITIF;80;90\n".getBytes(StandardCharsets.UTF_8));
        Jalankan r = Jalankan.sakip("capaian", Jalankan.file(dir, b.toByteArray()));
        assertThat(r.errLines()).hasSize(2).last().isEqualTo("baris 1: the header indikator;polaritas;target;realisasi "
                + "cannot be read (see above); no row was read (baris 1-3)");
        assertThat(r.out()).isEmpty();
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void aDirectoryIsNamed() {
        Jalankan r = Jalankan.sakip("capaian", dir.toString());
        assertThat(r.err()).startsWith("Berkas adalah direktori / is a directory, not a file: " + dir);
        assertThat(r.status()).isEqualTo(Sakip.SALAH_PAKAI);
    }

    @Test
    void cellsThatMisleadGetMessagesThatSayWhatIsWrong() throws IOException {
        String nbsp = "\u00A0";
        Jalankan r = Jalankan.sakip("capaian", file(HEADER
                + "A;POSITIF;-;90\n"
                + "B;POSITIF;NA;90\n"
                + "C;POSITIF;80;" + "9".repeat(1000) + "\n"
                + "D;POSITIF;80-90-100;95\n"
                + "E;POSITIF;" + nbsp + "80" + nbsp + ";90" + nbsp + "\n"
                + "F;pos\u0131tif;80;90\n"));
        assertThat(r.outLines()).containsExactly(HEADER.strip() + ";capaian;predikat;tercapai",
                "E;POSITIF;" + nbsp + "80" + nbsp + ";90" + nbsp + ";112,50;Sangat tercapai/ Sangat berhasil;ya");
        assertThat(r.errLines()).containsExactly(
                "baris 2: target is required, was \"-\": a realisasi may be missing (-, NA or empty), a target may not",
                "baris 3: target is required, was \"NA\": a realisasi may be missing (-, NA or empty), a target may not",
                "baris 4: realisasi: value too long, 1000 digits where a number has at most 40: \""
                        + "9".repeat(60) + "...\" (1000 characters)",
                "baris 5: target: \"80-90-100\" is not a number or a range low-high such as 80-90: target: Angka "
                        + "\"90-100\" is not a number in Indonesian format: a sign '-' at position 2, a sign may only come "
                        + "first",
                "baris 7: polaritas \"pos\u0131tif\" must be one of POSITIF, NEGATIF, NEGATIF_RASIO, STABIL");
    }

    @Test
    void aStrayQuoteNamesEveryLineItSwallowedAndTheRowsAfterItSurvive() throws IOException {
        Jalankan r = Jalankan.sakip("capaian", file(HEADER + "A;POSITIF;80;90\n\"B;POSITIF;80;90\nC;POSITIF;80;90\n"
                + "D;POSITIF;80;90\";x\nE;POSITIF;80;90\n"));
        assertThat(r.outLines()).hasSize(3).last().asString().startsWith("E;");
        assertThat(r.errLines()).singleElement().asString().startsWith("baris 3: ").endsWith("(baris 3-5)");
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void anOutputThatCannotBeWrittenIsNotASuccess() throws IOException {
        java.io.Writer broken = new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int status = Sakip.execute(new java.io.PrintWriter(broken), new java.io.PrintWriter(err),
                "capaian", file(HEADER + "A;POSITIF;80;90\n"));
        assertThat(status).isEqualTo(Sakip.TIDAK_TERTULIS);
        assertThat(err).hasToString("sakip: keluaran tidak dapat ditulis / cannot write the output\n");
    }
}
