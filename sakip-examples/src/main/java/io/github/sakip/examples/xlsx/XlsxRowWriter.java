package io.github.sakip.examples.xlsx;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowSink;
import io.github.sakip.examples.grafik.WarnaPredikat;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes rows to an Excel workbook ({@code .xlsx}) with POI's streaming writer (SXSSF: only the
 * last {@value #WINDOW} rows in memory, the rest in a temporary file), so a million rows take the
 * same memory as ten. Sheet {@value #SHEET} holds the rows: the header bold and frozen, the
 * columns named as numbers written as numbers when their text is a number in Indonesian format
 * (a range target {@code 80-90} or {@code NA} stays text), the two-decimal column with the number
 * format {@code #,##0.00}, the predikat column filled with its band's colour
 * ({@link WarnaPredikat}). Sheet {@value #SHEET_DITOLAK} holds the rejected rows under the same
 * header after the columns {@code baris} and {@code alasan}: their row number, the reason and the
 * fields as read (the computed columns empty).
 *
 * <p>Not thread-safe; one instance writes one workbook. {@link #close()} writes it to the stream,
 * which stays open.
 */
public final class XlsxRowWriter implements RowSink {

    /** The rows kept in memory. */
    public static final int WINDOW = 100;
    /** The sheet of the rows. */
    public static final String SHEET = "hasil";
    /** The sheet of the rejected rows. */
    public static final String SHEET_DITOLAK = "ditolak";
    /** The number format of the two-decimal column. */
    public static final String FORMAT_DUA_DESIMAL = "#,##0.00";

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
    private final Sheet rows = workbook.createSheet(SHEET);
    private final Sheet ditolak = workbook.createSheet(SHEET_DITOLAK);
    private final Set<String> kolomAngka;
    private final String kolomDuaDesimal;
    private final String kolomPredikat;
    private final Map<String, CellStyle> warna = new HashMap<>();
    private final CellStyle tebal;
    private final CellStyle duaDesimal;
    private List<String> header = List.of();
    private int nextRow;
    private int nextDitolak;

    /**
     * A workbook for the given columns.
     *
     * @param out where the workbook goes on {@link #close()}
     * @param kolomAngka the columns written as numbers when they hold one, by header name (any case)
     * @param kolomDuaDesimal the column written with two decimals, by header name
     * @param kolomPredikat the column of predikat labels, filled with their band's colour
     * @param skala the scale whose labels the predikat column holds
     */
    public XlsxRowWriter(OutputStream out, Set<String> kolomAngka, String kolomDuaDesimal, String kolomPredikat,
            Skala skala) {
        this.out = out;
        this.kolomAngka = kolomAngka;
        this.kolomDuaDesimal = kolomDuaDesimal;
        this.kolomPredikat = kolomPredikat;
        Font font = workbook.createFont();
        font.setBold(true);
        tebal = workbook.createCellStyle();
        tebal.setFont(font);
        duaDesimal = workbook.createCellStyle();
        duaDesimal.setDataFormat(workbook.createDataFormat().getFormat(FORMAT_DUA_DESIMAL));
        for (Predikat p : skala.getPredikat()) {
            XSSFCellStyle s = (XSSFCellStyle) workbook.createCellStyle();
            java.awt.Color c = WarnaPredikat.of(p);
            s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) c.getRed(), (byte) c.getGreen(),
                (byte) c.getBlue()}));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            warna.put(p.getLabel(), s);
        }
    }

    @Override
    public void write(List<String> fields) {
        if (nextRow == 0) {
            header = fields.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            tulisHeader(rows, fields);
            rows.createFreezePane(0, 1);
            List<String> h = new ArrayList<>(List.of("baris", "alasan"));
            h.addAll(fields);
            tulisHeader(ditolak, h);
            nextRow = 1;
            nextDitolak = 1;
            return;
        }
        org.apache.poi.ss.usermodel.Row r = rows.createRow(nextRow++);
        for (int c = 0; c < fields.size(); c++) {
            String kolom = c < header.size() ? header.get(c) : "";
            String text = fields.get(c);
            Optional<BigDecimal> angka = kolomAngka.contains(kolom) ? angka(kolom, text) : Optional.empty();
            if (angka.isPresent()) {
                org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
                cell.setCellValue(angka.get().doubleValue());
                if (kolom.equals(kolomDuaDesimal)) {
                    cell.setCellStyle(duaDesimal);
                }
            } else if (!text.isEmpty()) {
                org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
                cell.setCellValue(text);
                if (kolom.equals(kolomPredikat) && warna.containsKey(text)) {
                    cell.setCellStyle(warna.get(text));
                }
            }
        }
    }

    /** A number in Indonesian format, or empty for any other text (a range, NA, a label). */
    private static Optional<BigDecimal> angka(String kolom, String text) {
        if (Cells.isMissing(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Cells.number(kolom, text));
        } catch (SakipException e) {
            return Optional.empty();
        }
    }

    @Override
    public void reject(Row row, String reason) {
        org.apache.poi.ss.usermodel.Row r = ditolak.createRow(nextDitolak++);
        r.createCell(0).setCellValue(row.line());
        r.createCell(1).setCellValue(reason);
        for (int c = 0; c < row.size(); c++) {
            r.createCell(c + 2).setCellValue(row.get(c));
        }
    }

    private void tulisHeader(Sheet sheet, List<String> fields) {
        org.apache.poi.ss.usermodel.Row r = sheet.createRow(0);
        for (int c = 0; c < fields.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
            cell.setCellValue(fields.get(c));
            cell.setCellStyle(tebal);
            sheet.setColumnWidth(c, lebar(fields.get(c)));
        }
    }

    /** Room for a column: wide for names, narrow for numbers, in 1/256 of a character. */
    private static int lebar(String kolom) {
        return (kolom.toLowerCase(Locale.ROOT).startsWith("indikator") ? 48 : 16) * 256;
    }

    /**
     * Writes the workbook to the stream and deletes the temporary files.
     *
     * @throws IOException when the workbook cannot be written
     */
    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workbook.close();
        }
    }
}
