package io.github.sakip.examples.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.examples.csv.Row;
import io.github.sakip.predikat.SkalaBaku;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class XlsxRowWriterTest {

    private static XlsxRowWriter writer(OutputStream out) {
        return new XlsxRowWriter(out, Set.of("capaian"), "capaian", "predikat", SkalaBaku.LKJIP);
    }

    @Test
    void keepsTheOrderOfManyRowsWrittenThroughItsQueue() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRowWriter w = writer(out)) {
            w.write(List.of("indikator", "capaian"));
            for (int i = 1; i <= 5 * XlsxRowWriter.ANTREAN; i++) {
                w.write(List.of("Indikator " + i, i + ",5"));
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheet(XlsxRowWriter.SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(5 * XlsxRowWriter.ANTREAN);
            for (int i = 1; i <= sheet.getLastRowNum(); i += 397) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isEqualTo("Indikator " + i);
                assertThat(sheet.getRow(i).getCell(1).getNumericCellValue()).isEqualTo(i + 0.5);
            }
        }
    }

    @Test
    void keepsRejectedRowsOfAnyTextUntilTheirSheetAndWritesThemInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> aneh = List.of("a \"kutip\"; titik koma", "baris\nbaru", " spasi ", "", "Rp1.000,00");
        try (XlsxRowWriter w = writer(out)) {
            w.write(List.of("indikator", "capaian"));
            for (int i = 1; i <= 3 * XlsxRowWriter.ANTREAN; i++) {
                w.write(List.of("Indikator " + i, "1"));
                if (i % 100 == 0) {
                    w.reject(new Row(i + 1, aneh), "alasan " + i);
                }
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var ditolak = wb.getSheet(XlsxRowWriter.SHEET_DITOLAK);
            assertThat(ditolak.getLastRowNum()).isEqualTo(3 * XlsxRowWriter.ANTREAN / 100);
            for (int r = 1; r <= ditolak.getLastRowNum(); r++) {
                var row = ditolak.getRow(r);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r * 100 + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("alasan " + r * 100);
                for (int c = 0; c < aneh.size(); c++) {
                    assertThat(row.getCell(c + 2).getStringCellValue()).isEqualTo(aneh.get(c));
                }
            }
            assertThat(wb.getSheet(XlsxRowWriter.SHEET).getLastRowNum()).isEqualTo(3 * XlsxRowWriter.ANTREAN);
        }
    }

    @Test
    @Timeout(60)
    void aStreamThatFailsAmongManyRowsNeitherBlocksTheRowsNorLetsTheCloseSucceed() {
        XlsxRowWriter w = writer(new OutputStream() {
            private int bytes;

            @Override
            public void write(int b) throws IOException {
                if (++bytes > 100_000) {
                    throw new IOException("disk full");
                }
            }
        });
        w.write(List.of("indikator", "capaian"));
        for (int i = 1; i <= 100 * XlsxRowWriter.ANTREAN; i++) {
            w.write(List.of("Indikator " + i, i + ",5"));
        }
        assertThatThrownBy(w::close).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void aCellExcelCannotHoldFailsTheWorkbookWithPoisMessage() {
        XlsxRowWriter w = writer(new ByteArrayOutputStream());
        w.write(List.of("indikator", "capaian"));
        w.write(List.of("x".repeat(40_000), "1"));
        assertThatThrownBy(w::close).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32767");
    }

    @Test
    void aStreamThatFailsFailsTheClose() {
        XlsxRowWriter w = writer(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        });
        w.write(List.of("indikator", "capaian"));
        assertThatThrownBy(w::close).isInstanceOf(IOException.class).hasMessageContaining("disk full");
    }
}
