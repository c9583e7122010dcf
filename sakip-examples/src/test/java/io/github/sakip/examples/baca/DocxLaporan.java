package io.github.sakip.examples.baca;

import io.github.sakip.examples.baca.Dokumen.Blok;
import io.github.sakip.examples.baca.Dokumen.Judul;
import io.github.sakip.examples.baca.Dokumen.Paragraf;
import io.github.sakip.examples.baca.Dokumen.TabelDokumen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a report as a Word file the way Word stores it: headings in a heading style, captions
 * as paragraphs above their tables, and merged cells as Word merges them: an upper header cell
 * over several columns is one cell with {@code w:gridSpan} (its covered cells are not in the row
 * at all), a mean or total row's label likewise, and a name cell over several rows is a
 * {@code w:vMerge} restart cell with continuation cells under it.
 */
final class DocxLaporan {

    /** The columns whose blank cells under a name are merged with it, as reports merge sasaran and indicator. */
    private static final int KOLOM_NAMA = 4;

    private DocxLaporan() {
    }

    static byte[] tulis(Dokumen dokumen) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Blok b : dokumen.blok()) {
                if (b instanceof Judul j) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading2");
                    p.createRun().setText(j.teks());
                } else if (b instanceof Paragraf p) {
                    doc.createParagraph().createRun().setText(p.teks());
                } else if (b instanceof TabelDokumen t) {
                    if (!t.nomor().isEmpty()) {
                        doc.createParagraph().createRun().setText(t.nomor());
                        doc.createParagraph().createRun().setText(t.judul());
                    }
                    tabel(doc, t.sel());
                    doc.createParagraph();
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tabel(XWPFDocument doc, List<List<String>> sel) {
        XWPFTable tabel = doc.createTable();
        tabel.removeRow(0);
        for (int r = 0; r < sel.size(); r++) {
            List<String> baris = sel.get(r);
            XWPFTableRow row = tabel.createRow();
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            boolean ringkasan = baris.get(0).matches("(?i)(rata-rata|total|jumlah).*");
            for (int c = 0; c < baris.size(); c++) {
                XWPFTableCell cell = row.createCell();
                cell.setText(baris.get(c));
                int rentang = 1;
                boolean rentangKepala = r == 0 && sel.size() > 1;
                while ((rentangKepala || ringkasan) && !baris.get(c).isEmpty() && c + rentang < baris.size()
                        && baris.get(c + rentang).isEmpty()
                        && (ringkasan || !sel.get(1).get(c + rentang).isEmpty())) {
                    rentang++;
                }
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (rentang > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(rentang));
                    c += rentang - 1;
                } else if (r > 0 && c < KOLOM_NAMA && baris.get(c).isEmpty() && !ringkasan && !kosong(baris)
                        && !sel.get(r - 1).get(c).isEmpty() || lanjutan(sel, r, c)) {
                    pr.addNewVMerge();
                } else if (r + 1 < sel.size() && c < KOLOM_NAMA && !baris.get(c).isEmpty()
                        && sel.get(r + 1).get(c).isEmpty() && !kosong(sel.get(r + 1))) {
                    pr.addNewVMerge().setVal(STMerge.RESTART);
                }
            }
        }
    }

    /** A blank name cell under another blank one that continues a merge. */
    private static boolean lanjutan(List<List<String>> sel, int r, int c) {
        int atas = r - 1;
        while (atas >= 0 && sel.get(atas).get(c).isEmpty()) {
            atas--;
        }
        return r > 0 && c < KOLOM_NAMA && sel.get(r).get(c).isEmpty() && atas >= 0 && atas < r - 1
                && !kosong(sel.get(r)) && !sel.get(r).get(0).matches("(?i)(rata-rata|total|jumlah).*");
    }

    private static boolean kosong(List<String> baris) {
        return baris.stream().allMatch(String::isEmpty);
    }
}
