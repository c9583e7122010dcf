package io.github.sakip.examples.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRowReaderTest {

    private final StringWriter err = new StringWriter();
    private final Rejections rejections = new Rejections(new PrintWriter(err, true));

    /** A workbook as a spreadsheet user makes it: a cover sheet, then the data with cells of every kind. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sampul").createRow(0).createCell(0).setCellValue("LKjIP 2021");
            XSSFSheet data = wb.createSheet("Data");
            XSSFRow h = data.createRow(0);
            List.of("indikator", "target", "realisasi", "catatan").forEach(t -> h.createCell(h.getPhysicalNumberOfCells())
                    .setCellValue(t));
            XSSFRow a = data.createRow(1);
            a.createCell(0).setCellValue("IPMas");
            a.createCell(1).setCellValue(86.8);
            a.createCell(2).setCellValue("80,98");
            a.createCell(3).setCellValue(true);
            XSSFRow b = data.createRow(3); // row 3 of Excel is empty
            b.createCell(0).setCellValue("Linmas");
            b.createCell(1).setCellValue(94);
            b.createCell(2).setCellFormula("B4*2");
            XSSFRow c = data.createRow(4);
            c.createCell(0).setCellValue("Rusak");
            c.createCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
            XSSFRow d = data.createRow(5);
            d.createCell(0).setCellValue("Besar");
            d.createCell(1).setCellValue(15_411_591_203.0);
            d.createCell(2).setCellValue(0.1 + 0.2);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private List<Row> all(XlsxRowReader r) {
        List<Row> rows = new ArrayList<>();
        for (Optional<Row> next = r.next(); next.isPresent(); next = r.next()) {
            rows.add(next.get());
        }
        return rows;
    }

    @Test
    void readsNumbersAsNumbersTextAsTextFormulasByTheirResultAndNumbersRowsAsExcelDoes() throws IOException {
        try (XlsxRowReader r = XlsxRowReader.open(new ByteArrayInputStream(workbook()), "Data", rejections)) {
            assertThat(all(r)).containsExactly(
                    new Row(1, List.of("indikator", "target", "realisasi", "catatan")),
                    new Row(2, List.of("IPMas", "86,8", "80,98", "TRUE")),
                    new Row(4, List.of("Linmas", "94", "188", "")),
                    new Row(6, List.of("Besar", "15.411.591.203", "0,3", "")));
        }
        assertThat(err.toString()).isEqualTo("baris 5: cell B5 holds an error, #DIV/0!" + System.lineSeparator());
        assertThat(rejections.count()).isOne();
    }

    @Test
    void skippingTheRestAnswersTheLastRowAndEndsTheReading() throws IOException {
        try (XlsxRowReader r = XlsxRowReader.open(new ByteArrayInputStream(workbook()), "Data", rejections)) {
            r.next();
            assertThat(r.skipRest()).isEqualTo(6);
            assertThat(r.next()).isEmpty();
        }
        assertThat(rejections.count()).isZero();
    }

    @Test
    void readsTheFirstSheetWithoutAName() throws IOException {
        try (XlsxRowReader r = XlsxRowReader.open(new ByteArrayInputStream(workbook()), null, rejections)) {
            assertThat(all(r)).containsExactly(new Row(1, List.of("LKjIP 2021")));
        }
    }

    @Test
    void aMissingSheetNamesTheSheetsThereAre() {
        assertThatThrownBy(() -> XlsxRowReader.open(new ByteArrayInputStream(workbook()), "Lembar1", rejections))
                .isInstanceOf(SakipException.class)
                .hasMessage("sheet \"Lembar1\" is not in the workbook; its sheets are [Sampul, Data]");
    }

    @Test
    void theNumberExcelShowsIsItsShortestDecimal() {
        assertThat(XlsxRowReader.angka(94.0)).hasToString("94");
        assertThat(XlsxRowReader.angka(80.10)).hasToString("80.1");
        assertThat(XlsxRowReader.angka(1e20)).hasToString("100000000000000000000");
        assertThat(XlsxRowReader.angka(-0.5)).hasToString("-0.5");
        assertThat(XlsxRowReader.angka(0.1 + 0.2)).hasToString("0.3");
        assertThat(XlsxRowReader.angka(123456789.123456789)).hasToString("123456789.123457");
    }
}
