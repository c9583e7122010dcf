package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.grafik.WarnaPredikat;
import io.github.sakip.examples.xlsx.XlsxRowWriter;
import io.github.sakip.predikat.SkalaBaku;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code capaian} with Excel in and out, read back cell by cell with POI. */
class CapaianXlsxTest {

    private static final String CSV = "indikator;polaritas;target;realisasi\n"
            + "IPMas Kecamatan;POSITIF;86,80;80,98\n"
            + "Rasio Linmas;POSITIF;80-90;95\n"
            + "Rusak;POSITIF;1,2,3;5\n"
            + "Nilai SAKIP;POSITIF;80,01;NA\n"
            + "IKLPSP;POSITIF;3,13;4,40\n";

    @TempDir
    Path dir;

    @Test
    void writesTheRowsAsNumbersWithTheirFormatAndThePredikatFilledWithItsBand() throws IOException {
        Path xlsx = dir.resolve("hasil.xlsx");
        Jalankan r = Jalankan.sakip("capaian", Jalankan.file(dir, CSV), "-o", xlsx.toString());
        assertThat(r.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("baris 4: target: Angka \"1,2,3\" is not a number in Indonesian "
                + "format: a second decimal comma at position 3, a number has at most one decimal comma");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet hasil = wb.getSheet(XlsxRowWriter.SHEET);
            assertThat(wb.getSheetIndex(hasil)).isZero();
            assertThat(teks(hasil.getRow(0))).containsExactly("indikator", "polaritas", "target", "realisasi", "capaian",
                    "predikat", "tercapai");
            assertThat(hasil.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(hasil.getPaneInformation().isFreezePane()).isTrue();

            XSSFRow ipmas = hasil.getRow(1);
            assertThat(ipmas.getCell(0).getStringCellValue()).isEqualTo("IPMas Kecamatan");
            assertThat(ipmas.getCell(1).getStringCellValue()).isEqualTo("POSITIF");
            // the input columns as they were read, the capaian a number with two decimals
            assertThat(ipmas.getCell(2).getStringCellValue()).isEqualTo("86,80");
            assertThat(ipmas.getCell(3).getStringCellValue()).isEqualTo("80,98");
            assertThat(ipmas.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("General");
            assertThat(angka(ipmas.getCell(4))).isEqualTo(93.29);
            assertThat(ipmas.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(ipmas.getCell(5).getStringCellValue()).isEqualTo("Tercapai/ Berhasil");
            assertFill(ipmas.getCell(5), "Tercapai/ Berhasil");
            assertThat(ipmas.getCell(6).getStringCellValue()).isEqualTo("tidak");

            XSSFRow linmas = hasil.getRow(2);
            assertThat(linmas.getCell(2).getStringCellValue()).isEqualTo("80-90");
            assertThat(linmas.getCell(3).getStringCellValue()).isEqualTo("95");
            assertThat(angka(linmas.getCell(4))).isEqualTo(105.56);

            XSSFRow sakip = hasil.getRow(3);
            assertThat(sakip.getCell(3).getStringCellValue()).isEqualTo("NA");
            assertThat(sakip.getCell(4)).isNull();
            assertThat(sakip.getCell(5)).isNull();
            assertThat(sakip.getCell(6).getStringCellValue()).isEqualTo("tidak terukur");

            XSSFRow iklpsp = hasil.getRow(4);
            assertThat(angka(iklpsp.getCell(4))).isEqualTo(140.58);
            assertFill(iklpsp.getCell(5), "Sangat tercapai/ Sangat berhasil");
            assertThat(hasil.getLastRowNum()).isEqualTo(4);

            XSSFSheet ditolak = wb.getSheet(XlsxRowWriter.SHEET_DITOLAK);
            // the columns of the first sheet, the computed ones left empty for a rejected row
            assertThat(teks(ditolak.getRow(0))).containsExactly("baris", "alasan", "indikator", "polaritas", "target",
                    "realisasi", "capaian", "predikat", "tercapai");
            assertThat(angka(ditolak.getRow(1).getCell(0))).isEqualTo(4.0);
            assertThat(ditolak.getRow(1).getCell(1).getStringCellValue()).startsWith("target: Angka \"1,2,3\"");
            assertThat(teks(ditolak.getRow(1)).subList(2, 6)).containsExactly("Rusak", "POSITIF", "1,2,3", "5");
            assertThat(ditolak.getRow(1).getLastCellNum()).isEqualTo((short) 6);
            assertThat(ditolak.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void readsTheWorkbookItWroteAsItReadsCsv() throws IOException {
        Path xlsx = dir.resolve("hasil.xlsx");
        Jalankan.sakip("capaian", Jalankan.file(dir, CSV), "-o", xlsx.toString());
        Jalankan r = Jalankan.sakip("capaian", xlsx.toString(), "--sheet", XlsxRowWriter.SHEET);
        assertThat(r.status()).isZero();
        assertThat(r.outLines()).containsExactly(
                "indikator;polaritas;target;realisasi;capaian;predikat;tercapai;capaian;predikat;tercapai",
                "IPMas Kecamatan;POSITIF;86,80;80,98;93,29;Tercapai/ Berhasil;tidak;93,29;Tercapai/ Berhasil;tidak",
                "Rasio Linmas;POSITIF;80-90;95;105,56;Tercapai/ Berhasil;ya;105,56;Tercapai/ Berhasil;ya",
                "Nilai SAKIP;POSITIF;80,01;NA;;;tidak terukur;;;tidak terukur",
                "IKLPSP;POSITIF;3,13;4,40;140,58;Sangat tercapai/ Sangat berhasil;ya;140,58;"
                        + "Sangat tercapai/ Sangat berhasil;ya");
    }

    @Test
    void aCsvOutputFileIsTheSameAsStandardOutput() throws IOException {
        Path csv = dir.resolve("hasil.csv");
        String in = Jalankan.file(dir, CSV);
        assertThat(Jalankan.sakip("capaian", in, "-o", csv.toString()).status()).isEqualTo(Sakip.DITOLAK);
        assertThat(Files.readString(csv)).isEqualTo(Jalankan.sakip("capaian", in).out());
    }

    @Test
    void aSheetOptionWithCsvInputAndAMissingSheetAreUsageErrors() throws IOException {
        Jalankan csv = Jalankan.sakip("capaian", Jalankan.file(dir, CSV), "--sheet", "Lembar1");
        assertThat(csv.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(csv.err()).contains("--sheet is for an .xlsx input only");
        Path xlsx = dir.resolve("hasil.xlsx");
        Jalankan.sakip("capaian", Jalankan.file(dir, CSV), "-o", xlsx.toString());
        Jalankan sheet = Jalankan.sakip("capaian", xlsx.toString(), "--sheet", "Lembar1");
        assertThat(sheet.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(sheet.err()).contains("sheet \"Lembar1\" is not in the workbook; its sheets are [hasil, ditolak]");
    }

    @Test
    void anOutputFileThatCannotBeWrittenEndsWithStatus3() throws IOException {
        for (String nama : List.of("hasil.xlsx", "hasil.csv")) {
            Jalankan r = Jalankan.sakip("capaian", Jalankan.file(dir, CSV), "-o", dir.resolve("tidak/ada/" + nama)
                    .toString());
            assertThat(r.status()).isEqualTo(Sakip.TIDAK_TERTULIS);
            assertThat(r.err()).contains("cannot write the output", nama);
        }
    }

    @Test
    void aFileNamedXlsxThatIsNotAWorkbookIsAnError() throws IOException {
        Path palsu = dir.resolve("palsu.xlsx");
        try (OutputStream out = Files.newOutputStream(palsu)) {
            out.write(CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Jalankan r = Jalankan.sakip("capaian", palsu.toString());
        assertThat(r.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(r.err()).contains("not an Excel workbook (.xlsx)");
    }

    private static List<String> teks(XSSFRow row) {
        List<String> all = new ArrayList<>();
        row.forEach(c -> all.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                : c.getStringCellValue()));
        return all;
    }

    private static double angka(XSSFCell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static void assertFill(XSSFCell cell, String label) {
        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        java.awt.Color band = WarnaPredikat.of(SkalaBaku.LKJIP.getPredikat().stream()
                .filter(p -> p.getLabel().equals(label)).findFirst().orElseThrow());
        assertThat(cell.getCellStyle().getFillForegroundColorColor().getRGB())
                .containsExactly((byte) band.getRed(), (byte) band.getGreen(), (byte) band.getBlue());
    }
}
