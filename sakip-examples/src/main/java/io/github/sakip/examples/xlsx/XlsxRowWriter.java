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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import javax.annotation.Nullable;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
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
 * <p>The cells are made and written out by a thread of their own, fed through a bounded queue
 * ({@value #ANTREAN} rows), so that on two cores computing the rows and writing the XML overlap;
 * a failure there is thrown by the next {@link #write} or by {@link #close()}.
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

    /** The steps queued for the writing thread: bounded, so memory stays bounded too. */
    public static final int ANTREAN = 1024;
    /** The last step. */
    private static final Runnable SELESAI = () -> { };

    private final BlockingQueue<Runnable> antrean = new ArrayBlockingQueue<>(ANTREAN);
    private final Thread penulis = new Thread(this::jalankan, "sakip-xlsx");
    @Nullable
    private volatile RuntimeException gagal;
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new Buku();
    private final Sheet rows = workbook.createSheet(SHEET);
    private final Sheet ditolak = workbook.createSheet(SHEET_DITOLAK);
    private final Set<String> kolomAngka;
    private final String kolomDuaDesimal;
    private final String kolomPredikat;
    private final Map<String, CellStyle> warna = new HashMap<>();
    private final CellStyle biasa;
    private final CellStyle tebal;
    private final CellStyle duaDesimal;
    private List<String> header = List.of();
    private int nextRow;
    private int nextDitolak;

    /**
     * POI's streaming workbook, zipped at the fastest deflate level: the sheet's XML compresses
     * about as well (a tenth larger file) in a fraction of the time of the default level.
     */
    private static final class Buku extends SXSSFWorkbook {
        Buku() {
            super(null, WINDOW, false, false);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

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
        // every cell gets a style: a cell without one makes POI look up its column's style, slowly
        biasa = workbook.getCellStyleAt(0);
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
        penulis.setDaemon(true);
        penulis.start();
    }

    @Override
    public void write(List<String> fields) {
        kirim(() -> tulis(fields));
    }

    @Override
    public void reject(Row row, String reason) {
        kirim(() -> tolak(row, reason));
    }

    /** Hands a step to the writing thread, waiting while {@value #ANTREAN} steps are queued. */
    private void kirim(Runnable langkah) {
        periksa();
        try {
            antrean.put(langkah);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the workbook", e);
        }
    }

    /** The writing thread: takes the steps in order until the last one, or the first failure. */
    private void jalankan() {
        try {
            for (Runnable langkah = antrean.take(); langkah != SELESAI; langkah = antrean.take()) {
                if (gagal == null) {
                    langkah.run();
                }
            }
        } catch (RuntimeException e) {
            gagal = e;
            antrean.clear();
        } catch (InterruptedException e) {
            gagal = new IllegalStateException("interrupted while writing the workbook", e);
        }
    }

    private void periksa() {
        RuntimeException e = gagal;
        if (e != null) {
            throw e;
        }
    }

    private void tulis(List<String> fields) {
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
        if (nextRow > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
            throw new SakipException("an Excel sheet holds at most " + SpreadsheetVersion.EXCEL2007.getMaxRows()
                    + " rows, header included; write the rows as CSV instead");
        }
        org.apache.poi.ss.usermodel.Row r = rows.createRow(nextRow++);
        for (int c = 0; c < fields.size(); c++) {
            String kolom = c < header.size() ? header.get(c) : "";
            String text = fields.get(c);
            Optional<BigDecimal> angka = kolomAngka.contains(kolom) ? angka(kolom, text) : Optional.empty();
            if (angka.isPresent()) {
                org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
                cell.setCellValue(angka.get().doubleValue());
                cell.setCellStyle(kolom.equals(kolomDuaDesimal) ? duaDesimal : biasa);
            } else if (!text.isEmpty()) {
                org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
                cell.setCellValue(text);
                cell.setCellStyle(kolom.equals(kolomPredikat) ? warna.getOrDefault(text, biasa) : biasa);
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

    private void tolak(Row row, String reason) {
        org.apache.poi.ss.usermodel.Row r = ditolak.createRow(nextDitolak++);
        List<Object> cells = new ArrayList<>(List.of(row.line(), reason));
        cells.addAll(row.fields());
        for (int c = 0; c < cells.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
            if (cells.get(c) instanceof Long n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue((String) cells.get(c));
            }
            cell.setCellStyle(biasa);
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
            kirim(SELESAI);
            penulis.join();
            periksa();
            workbook.write(out);
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        } finally {
            workbook.close();
        }
    }
}
