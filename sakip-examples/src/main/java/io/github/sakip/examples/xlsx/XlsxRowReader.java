package io.github.sakip.examples.xlsx;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowSource;
import io.github.sakip.format.AngkaFormat;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of one sheet of an Excel workbook ({@code .xlsx}, Apache POI) as {@link Row}s of
 * text, the way {@link io.github.sakip.examples.csv.RowReader} reads a {@code ;}-separated file:
 * a numeric cell is read as the number Excel shows, to 15 significant digits (80.01 is
 * {@code 80,01}, 94 is {@code 94}) and written in Indonesian format, a text cell as it is (so {@code 80,01},
 * {@code 80-90} and {@code NA} mean what they mean in a CSV file), a formula by its cached
 * result, an empty cell as empty. Rows are numbered as Excel numbers them (the header is row 1);
 * empty rows are skipped; a row shorter than the header is padded with empty cells. A cell holding
 * an error ({@code #DIV/0!}) rejects its row as {@code baris N: ...}.
 *
 * <p>The workbook is read into memory (POI's XSSF), so a sheet of Excel's maximum of 1 048 576
 * rows needs a heap of some hundreds of megabytes; the streaming path of the batch tool is CSV in
 * and CSV or Excel out.
 */
public final class XlsxRowReader implements RowSource {

    /** Excel keeps and shows 15 significant digits. */
    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

    private final Workbook workbook;
    private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
    private final Rejections rejections;
    private int width = -1;

    private XlsxRowReader(Workbook workbook, Sheet sheet, Rejections rejections) {
        this.workbook = workbook;
        this.rows = sheet.rowIterator();
        this.rejections = rejections;
    }

    /**
     * Reads a sheet of a workbook.
     *
     * @param in the workbook's bytes, read to the end
     * @param sheet the sheet's name, or null for the first sheet
     * @param rejections where rows with error cells are reported
     * @return the reader
     * @throws IOException when the bytes cannot be read
     * @throws SakipException when they are not a workbook, or it has no such sheet
     */
    public static XlsxRowReader open(InputStream in, @Nullable String sheet, Rejections rejections) throws IOException {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new SakipException("not an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        Sheet s = sheet == null ? wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null : wb.getSheet(sheet);
        if (s == null) {
            List<String> names = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(x -> names.add(x.getSheetName()));
            wb.close();
            throw new SakipException("sheet \"" + sheet + "\" is not in the workbook; its sheets are " + names);
        }
        return new XlsxRowReader(wb, s, rejections);
    }

    @Override
    public Optional<Row> next() {
        while (rows.hasNext()) {
            org.apache.poi.ss.usermodel.Row r = rows.next();
            long line = r.getRowNum() + 1L;
            if (width < 0) {
                width = Math.max(r.getLastCellNum(), 0);
            }
            List<String> fields = new ArrayList<>();
            try {
                for (int c = 0; c < Math.max(width, r.getLastCellNum()); c++) {
                    fields.add(text(r.getCell(c)));
                }
            } catch (SakipException e) {
                rejections.reject(line, e.getMessage());
                continue;
            }
            if (fields.stream().allMatch(String::isEmpty)) {
                continue;
            }
            return Optional.of(new Row(line, fields));
        }
        return Optional.empty();
    }

    private static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> AngkaFormat.INDONESIA.format(angka(cell.getNumericCellValue()));
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> throw new SakipException("cell " + new CellReference(cell).formatAsString(false)
                    + " holds an error, " + org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue())
                    .getString());
            default -> "";
        };
    }

    @Override
    public long skipRest() {
        long last = 1;
        while (rows.hasNext()) {
            last = rows.next().getRowNum() + 1L;
        }
        return last;
    }

    /**
     * The number Excel shows for a double: rounded to Excel's 15 significant digits (a formula's
     * 0,1 + 0,2 is 0,3), without trailing zeros.
     */
    static BigDecimal angka(double value) {
        BigDecimal b = new BigDecimal(value, EXCEL).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
