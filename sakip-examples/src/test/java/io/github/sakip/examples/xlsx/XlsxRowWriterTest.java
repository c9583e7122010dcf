package io.github.sakip.examples.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.predikat.SkalaBaku;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

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
