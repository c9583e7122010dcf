package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sakip.examples.xlsx.XlsxRowWriter;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Runs the real shaded {@code target/sakip.jar} in a separate JVM, as the README does. Bound to
 * the integration-test phase of {@code mvn verify} (after package), so the jar is the one just
 * built; the other tests run the same commands in-process.
 */
class SakipJarTest {

    @TempDir
    Path dir;

    private record Hasil(int status, String out, String err) {
    }

    static List<String> command(String heap, String... args) {
        String jar = System.getProperty("sakip.jar", "target/sakip.jar");
        assertThat(Path.of(jar)).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-jar", jar));
        command.addAll(List.of(args));
        return command;
    }

    private Hasil java(String heap, String... args) throws IOException, InterruptedException {
        return java(dir.resolve("out.txt").toFile(), heap, args);
    }

    /** Runs the jar with standard output sent to {@code out} (a file, or a device such as /dev/full). */
    private Hasil java(File out, String heap, String... args) throws IOException, InterruptedException {
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command(heap, args)).redirectOutput(out).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Hasil(p.exitValue(), out.isFile() ? Files.readString(out.toPath()) : "", Files.readString(err));
    }

    /** Writes a file of {@code head}, {@code n} generated lines and {@code tail}, streaming. */
    private Path write(String name, String head, int n, IntFunction<String> line, String tail) throws IOException {
        Path f = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(head);
            for (int i = 0; i < n; i++) {
                w.write(line.apply(i));
            }
            w.write(tail);
        }
        return f;
    }

    private Path rows(int n) throws IOException {
        return write("rows-" + n + ".csv", "indikator;polaritas;target;realisasi\n", n,
                i -> "Indikator " + i + ";POSITIF;80,01;87,80\n", "");
    }

    @Test
    void aFullDiskIsAnErrorWithAMessageInEveryCommand() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "needs /dev/full (Linux)");
        String capaian = rows(3).toString();
        for (String[] args : List.of(new String[] {"capaian", capaian}, new String[] {"ikm", ikm()},
                new String[] {"contoh", "klojen-2021"}, new String[] {"--help"}, new String[] {"--version"})) {
            Hasil h = java(full, "64m", args);
            assertThat(h.status()).as(String.join(" ", args)).isEqualTo(Sakip.TIDAK_TERTULIS);
            assertThat(h.err()).as(String.join(" ", args))
                    .isEqualTo("sakip: keluaran tidak dapat ditulis / cannot write the output: No space left on device\n");
        }
    }

    private String ikm() throws IOException {
        Path f = dir.resolve("ikm.csv");
        Files.writeString(f, "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n");
        return f.toString();
    }

    @Test
    void aClosedStandardOutputIsAnError() throws Exception {
        List<String> shell = List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh");
        List<String> command = new ArrayList<>(shell);
        command.addAll(command("64m", "capaian", rows(3).toString()));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Sakip.TIDAK_TERTULIS);
        assertThat(Files.readString(err)).startsWith("sakip: keluaran tidak dapat ditulis / cannot write the output");
    }

    @Test
    void aPipeClosedByItsReaderEndsQuietlyButNotWithZero() throws Exception {
        // sakip capaian rows.csv | head -1
        Process p = new ProcessBuilder(command("64m", "capaian", rows(300_000).toString()))
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("indikator;polaritas;target;realisasi;capaian;predikat;tercapai");
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(Sakip.TIDAK_TERTULIS);
        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
    }

    @Test
    void versionComesFromTheJarsManifest() throws Exception {
        Hasil h = java("64m", "--version");
        assertThat(h.status()).isZero();
        assertThat(h.out()).isEqualTo("sakip " + System.getProperty("sakip.version", "0.1.0-SNAPSHOT") + "\n");
    }

    @Test
    void readmeMainJob() throws Exception {
        Hasil h = java("64m", "contoh", "klojen-2021");
        assertThat(h.status()).isZero();
        assertThat(h.err()).isEmpty();
        assertThat(h.out()).contains("### Tabel 3.1", "### Temuan reviu (25 temuan dari 228 angka diperiksa)",
                "122,56", "122,63");
    }

    @Test
    void streamsManyRowsInASmallHeapAndSkipsATenMegabyteLine() throws Exception {
        int rows = 200_000;
        Path f = write("besar.csv", "\uFEFFindikator;polaritas;target;realisasi\n", rows,
                i -> i == 100 ? "x".repeat(10 * 1024 * 1024) + "\n" : "Indikator " + i + ";POSITIF;80,01;87,80\n", "");
        Hasil h = java("32m", "capaian", f.toString());
        assertThat(h.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(h.err().lines()).containsExactly("baris 102: line longer than 1048576 characters, skipped");
        assertThat(h.out().lines().count()).isEqualTo(rows);
        assertThat(h.out().lines().skip(1).findFirst()).contains(
                "Indikator 0;POSITIF;80,01;87,80;109,74;Tercapai/ Berhasil;ya");
    }

    @Test
    void writesAWorkbookOfManyRowsInA32MegabyteHeap() throws Exception {
        // a workbook held in memory (XSSF) would need gigabytes for these 2,1 million cells
        int rows = 300_000;
        Path f = write("banyak.csv", "indikator;polaritas;target;realisasi\n", rows,
                i -> i == 1000 ? "Rusak;POSITIF;1,2,3;5\n" : "Indikator " + i + ";POSITIF;80,01;87,80\n", "");
        Path xlsx = dir.resolve("hasil.xlsx");
        Hasil h = java("32m", "capaian", f.toString(), "-o", xlsx.toString());
        assertThat(h.err()).startsWith("baris 1002: target: Angka \"1,2,3\"");
        assertThat(h.status()).isEqualTo(Sakip.DITOLAK);
        Map<String, Lembar> sheets = baca(xlsx);
        assertThat(sheets.keySet()).containsExactly(XlsxRowWriter.SHEET, XlsxRowWriter.SHEET_DITOLAK);
        Lembar hasil = sheets.get(XlsxRowWriter.SHEET);
        assertThat(hasil.rows).isEqualTo(rows);
        assertThat(hasil.first.get(1)).containsExactly("Indikator 0", "POSITIF", "80,01", "87,80", "109.74",
                "Tercapai/ Berhasil", "ya");
        assertThat(hasil.last.get(0)).isEqualTo("Indikator " + (rows - 1));
        Lembar ditolak = sheets.get(XlsxRowWriter.SHEET_DITOLAK);
        assertThat(ditolak.rows).isEqualTo(2);
        assertThat(ditolak.last.subList(2, 6)).containsExactly("Rusak", "POSITIF", "1,2,3", "5");
    }

    /** Reads a workbook's sheets as POI's event API streams them, keeping the first two rows and the last. */
    private static Map<String, Lembar> baca(Path xlsx) throws Exception {
        Map<String, Lembar> all = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    Lembar lembar = new Lembar();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            reader.getSharedStringsTable(), lembar, new DataFormatter(Locale.ROOT), false));
                    parser.parse(new InputSource(in));
                    all.put(sheets.getSheetName(), lembar);
                }
            }
        }
        return all;
    }

    /** A sheet read by {@link #baca}: its rows counted, the cells of the first two and the last as Excel shows them. */
    private static final class Lembar implements XSSFSheetXMLHandler.SheetContentsHandler {
        private int rows;
        private final List<List<String>> first = new ArrayList<>();
        private List<String> last = new ArrayList<>();

        @Override
        public void startRow(int row) {
            last = new ArrayList<>();
        }

        @Override
        public void endRow(int row) {
            rows++;
            if (first.size() < 2) {
                first.add(last);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            last.add(value);
        }
    }

    @Test
    void usageErrorExitsOne() throws Exception {
        Hasil h = java("64m", "capaian");
        assertThat(h.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(h.err()).contains("Usage: sakip capaian");
    }

    @Test
    void aTenMegabyteQuotedCellOverShortLinesStaysInA32MegabyteHeapAndTheRowsAfterItSurvive() throws Exception {
        Path f = write("sel.csv", "indikator;polaritas;target;realisasi\nSebelum;POSITIF;80,01;87,80\n\"", 1_000_000,
                i -> "abcdefghi\n", "\";POSITIF;1;1\nSesudah;POSITIF;80,01;87,80\n");
        Hasil h = java("32m", "capaian", f.toString());
        assertThat(h.err()).isEqualTo("baris 3: record longer than 1048576 characters (a quoted field runs over its "
                + "lines), skipped (baris 3-1000003)\n");
        assertThat(h.out().lines()).containsExactly("indikator;polaritas;target;realisasi;capaian;predikat;tercapai",
                "Sebelum;POSITIF;80,01;87,80;109,74;Tercapai/ Berhasil;ya",
                "Sesudah;POSITIF;80,01;87,80;109,74;Tercapai/ Berhasil;ya");
        assertThat(h.status()).isEqualTo(Sakip.DITOLAK);
    }

    @Test
    void aTwentyMegabyteReportIsRefusedWithItsLimitsInA64MegabyteHeap() throws Exception {
        Path f = write("besar.lkjip", "[laporan]\nkunci;nilai\ntahun;2021\nrenstra;2019-2023\n[terbilang]\n"
                + "tabel;baris;kolom;angka;kata\n", 200_000, i -> "Bab I.A;Umum " + i + " " + "x".repeat(66)
                + ";teks;3;tiga\n", "");
        assertThat(Files.size(f)).isGreaterThan(19_500_000L);
        Hasil h = java("64m", "reviu", f.toString());
        assertThat(h.err()).isEqualTo("baris 1: the file passes the limits of the reviu, 20000 rows or 4194304 "
                + "characters (at line 20001); nothing was reviewed; split the report or leave out rows "
                + "(baris 1-200006)\n");
        assertThat(h.out()).isEmpty();
        assertThat(h.status()).isEqualTo(Sakip.DITOLAK);
    }
}
