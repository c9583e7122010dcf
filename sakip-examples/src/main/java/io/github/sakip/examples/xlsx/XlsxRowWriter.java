package io.github.sakip.examples.xlsx;

import io.github.sakip.SakipException;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowSink;
import io.github.sakip.examples.grafik.WarnaPredikat;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes rows to an Excel workbook ({@code .xlsx}) with POI's streaming writer, so a million rows
 * take the same memory as ten: the deferred variant ({@link DeferredSXSSFWorkbook}), which
 * streams the rows' XML straight into the zipped workbook, only the last {@value #WINDOW} rows in
 * memory, instead of into a temporary file that is copied into the zip at the end. Sheet
 * {@value #SHEET} holds the rows: the header bold and frozen, the columns named as numbers
 * written as numbers when their text is a number in Indonesian format (a range target
 * {@code 80-90} or {@code NA} stays text), the two-decimal column with the number format
 * {@code #,##0.00}, the predikat column filled with its band's colour ({@link WarnaPredikat}).
 * Sheet {@value #SHEET_DITOLAK} holds the rejected rows under the same header after the columns
 * {@code baris} and {@code alasan}: their row number, the reason and the fields as read (the
 * computed columns empty); they wait in a temporary file ({@link PenampungDitolak}) until the
 * first sheet is complete.
 *
 * <p>The workbook is written by a thread of its own from the header on, fed through a bounded
 * queue ({@value #ANTREAN} rows, handed over {@value #KELOMPOK} at a time), and each sheet's XML is
 * made on another ({@link Pipa}) while that thread deflates it, so that on two cores computing the
 * rows, making the XML and zipping it overlap. A failure there is thrown by a later
 * {@link #write} or by {@link #close()}; a failure of the stream by {@link #close()} (the rows
 * written meanwhile are dropped).
 *
 * <p>Not thread-safe; one instance writes one workbook. {@link #close()} finishes it; the stream
 * stays open.
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

    /** The rows queued for the writing thread: bounded, so memory stays bounded too. */
    public static final int ANTREAN = 1024;
    /** The rows handed over at a time: one handover between the threads per batch, not per row. */
    public static final int KELOMPOK = 128;

    /** A step for the writing thread. */
    private sealed interface Langkah permits Baris, Tolak, Selesai {
    }

    private record Baris(List<String> fields) implements Langkah {
    }

    private record Tolak(Row row, String reason) implements Langkah {
    }

    private record Selesai() implements Langkah {
    }

    /** The last step. */
    private static final Langkah SELESAI = new Selesai();

    private final BlockingQueue<List<Langkah>> antrean = new ArrayBlockingQueue<>(ANTREAN / KELOMPOK);
    /** The batch being filled, by the caller's thread. */
    private List<Langkah> kelompok = new ArrayList<>(KELOMPOK);
    /** The batch being written, by the writing thread. */
    private Iterator<Langkah> kini = Collections.emptyIterator();
    private final Thread penulis = new Thread(this::jalankan, "sakip-xlsx");
    /** The first failure of the writing thread: a RuntimeException, an IOException or an Error. */
    @Nullable
    private volatile Throwable gagal;
    /** The failure of the rows' generator, before POI wraps it. */
    @Nullable
    private Exception gagalBaris;
    private final Keluaran out;
    private final DeferredSXSSFWorkbook workbook = new Buku();
    private final DeferredSXSSFSheet rows = workbook.createSheet(SHEET);
    private final DeferredSXSSFSheet ditolak = workbook.createSheet(SHEET_DITOLAK);
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
     * POI's deferred streaming workbook, zipped at the fastest deflate level: the sheet's XML
     * compresses about as well (a tenth larger file) in a fraction of the time of the default
     * level. Each sheet's XML is made on a thread of its own ({@link Pipa}) while the thread
     * writing the workbook deflates it.
     */
    private static final class Buku extends DeferredSXSSFWorkbook {
        Buku() {
            super(null, WINDOW);
        }

        @Override
        protected ISheetInjector createSheetInjector(SXSSFSheet sheet) {
            ISheetInjector poi = super.createSheetInjector(sheet);
            return zip -> Pipa.salurkan("sakip-xlsx-" + sheet.getSheetName(), poi::writeSheetData, zip);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** The stream the workbook is written to, keeping its first failure, which POI wraps on its way up. */
    private static final class Keluaran extends FilterOutputStream {
        @Nullable
        private volatile IOException gagal;

        Keluaran(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw simpan(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw simpan(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw simpan(e);
            }
        }

        private IOException simpan(IOException e) {
            if (gagal == null) {
                gagal = e;
            }
            return e;
        }
    }

    /**
     * A workbook for the given columns.
     *
     * @param out where the workbook goes, from the first row to {@link #close()}
     * @param kolomAngka the columns written as numbers when they hold one, by header name (any case)
     * @param kolomDuaDesimal the column written with two decimals, by header name
     * @param kolomPredikat the column of predikat labels, filled with their band's colour
     * @param skala the scale whose labels the predikat column holds
     */
    public XlsxRowWriter(OutputStream out, Set<String> kolomAngka, String kolomDuaDesimal, String kolomPredikat,
            Skala skala) {
        this.out = new Keluaran(out);
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
        tambah(new Baris(fields));
    }

    @Override
    public void reject(Row row, String reason) {
        tambah(new Tolak(row, reason));
    }

    private void tambah(Langkah langkah) {
        kelompok.add(langkah);
        if (kelompok.size() == KELOMPOK) {
            kirim();
        }
    }

    /**
     * Hands the batch to the writing thread, waiting while {@value #ANTREAN} rows are queued;
     * after the stream failed, drops it ({@link #close()} throws that failure).
     */
    private void kirim() {
        periksa();
        if (gagal == null) {
            try {
                // the writing thread sets gagal before it clears the queue, so this never waits for nothing
                antrean.put(kelompok);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the workbook", ie);
            }
        }
        kelompok = new ArrayList<>(KELOMPOK);
    }

    /** Throws the writing thread's failure if it is unchecked; an IOException waits for {@link #close()}. */
    private void periksa() {
        Throwable e = gagal;
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error r) {
            throw r;
        }
    }

    private Langkah ambil() {
        try {
            while (!kini.hasNext()) {
                kini = antrean.take().iterator();
            }
            return kini.next();
        } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted while writing the workbook", e);
        }
    }

    /**
     * The writing thread: the header shapes the sheets (column widths, the frozen header row),
     * which POI then writes, taking the rows from the queue as it streams the first sheet, and
     * the rejected rows kept meanwhile as it streams the second.
     */
    private void jalankan() {
        try (PenampungDitolak penampung = new PenampungDitolak()) {
            Langkah pertama = ambil();
            Optional<List<String>> kepala = pertama instanceof Baris b ? Optional.of(b.fields()) : Optional.empty();
            kepala.ifPresent(this::siapkan);
            rows.setRowGenerator(sheet -> {
                try {
                    kepala.ifPresent(h -> tulisHeader(rows, h));
                    for (Langkah l = kepala.isPresent() ? ambil() : pertama; !(l instanceof Selesai); l = ambil()) {
                        if (l instanceof Baris b) {
                            tulis(b.fields());
                        } else if (l instanceof Tolak t) {
                            penampung.simpan(t.row(), t.reason());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    gagalBaris = e;
                    throw e;
                }
            });
            ditolak.setRowGenerator(sheet -> {
                kepala.ifPresent(h -> tulisHeader(ditolak, kepalaDitolak(h)));
                penampung.bacaKe(this::tolak);
            });
            workbook.write(out);
            out.flush();
        } catch (IOException | RuntimeException | Error e) { // an Error too: the caller must not wait for nothing
            gagal = sebab(e);
            antrean.clear();
        }
    }

    /**
     * The failure to report: the stream's own, else the one of the rows, else what POI threw (it
     * wraps the other two on their way up).
     */
    private Throwable sebab(Throwable e) {
        IOException keluaran = out.gagal;
        if (keluaran != null) {
            return keluaran;
        }
        Exception baris = gagalBaris;
        return baris != null ? baris : e;
    }

    /** Column widths and the frozen header row: set before POI writes the sheets. */
    private void siapkan(List<String> fields) {
        header = fields.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        rows.createFreezePane(0, 1);
        nextRow = 1;
        nextDitolak = 1;
        lebar(rows, fields);
        lebar(ditolak, kepalaDitolak(fields));
    }

    private static List<String> kepalaDitolak(List<String> fields) {
        List<String> h = new ArrayList<>(List.of("baris", "alasan"));
        h.addAll(fields);
        return h;
    }

    private void tulis(List<String> fields) {
        if (nextRow > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
            throw new SakipException("an Excel sheet holds at most " + SpreadsheetVersion.EXCEL2007.getMaxRows()
                    + " rows, header included; write the rows as CSV instead");
        }
        org.apache.poi.ss.usermodel.Row r = rows.createRow(nextRow++);
        for (int c = 0; c < fields.size(); c++) {
            String text = fields.get(c);
            if (text.isEmpty()) {
                continue; // no cell, and no trip through Cells, which throws and catches for a blank cell
            }
            String kolom = c < header.size() ? header.get(c) : "";
            Optional<BigDecimal> angka = kolomAngka.contains(kolom) ? angka(kolom, text) : Optional.empty();
            if (angka.isPresent()) {
                org.apache.poi.ss.usermodel.Cell cell = r.createCell(c, CellType.NUMERIC);
                cell.setCellValue(angka.get().doubleValue());
                cell.setCellStyle(kolom.equals(kolomDuaDesimal) ? duaDesimal : biasa);
            } else {
                org.apache.poi.ss.usermodel.Cell cell = r.createCell(c, CellType.STRING);
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

    private void tolak(long line, String reason, List<String> fields) {
        org.apache.poi.ss.usermodel.Row r = ditolak.createRow(nextDitolak++);
        r.createCell(0).setCellValue(line);
        r.createCell(1).setCellValue(reason);
        for (int c = 0; c < fields.size(); c++) {
            r.createCell(c + 2).setCellValue(fields.get(c));
        }
        r.forEach(cell -> cell.setCellStyle(biasa));
    }

    private void tulisHeader(Sheet sheet, List<String> fields) {
        org.apache.poi.ss.usermodel.Row r = sheet.createRow(0);
        for (int c = 0; c < fields.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(c);
            cell.setCellValue(fields.get(c));
            cell.setCellStyle(tebal);
        }
    }

    /** Room for the columns: wide for names, narrow for numbers, in 1/256 of a character. */
    private static void lebar(Sheet sheet, List<String> fields) {
        for (int c = 0; c < fields.size(); c++) {
            sheet.setColumnWidth(c, (fields.get(c).toLowerCase(Locale.ROOT).startsWith("indikator") ? 48 : 16) * 256);
        }
    }

    /**
     * Finishes the workbook on the stream and deletes the temporary files.
     *
     * @throws IOException when the workbook cannot be written
     */
    @Override
    public void close() throws IOException {
        try {
            kelompok.add(SELESAI);
            kirim();
            penulis.join();
            if (gagal instanceof IOException io) {
                throw io;
            }
            periksa();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        } finally {
            workbook.close();
        }
    }
}
