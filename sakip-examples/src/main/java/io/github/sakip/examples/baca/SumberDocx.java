package io.github.sakip.examples.baca;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A report as a Word file ({@code .docx}), read with Apache POI: its paragraphs as text (a
 * paragraph in a heading style as a heading), its tables as tables. Merged cells are laid on the
 * grid as Word stores them: a cell spanning columns ({@code w:gridSpan}) is followed by empty
 * cells, a cell that continues a vertical merge ({@code w:vMerge} without {@code restart}) is
 * empty, as a text export prints them.
 *
 * <p>Thread-safe, no state.
 */
final class SumberDocx implements SumberDokumen {

    @Override
    public Dokumen baca(InputStream in) throws IOException {
        PenyusunDokumen dokumen = new PenyusunDokumen();
        try (XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String gaya = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                    dokumen.teks(p.getText(), gaya.startsWith("heading") || gaya.startsWith("judul"));
                } else if (e instanceof XWPFTable t) {
                    dokumen.tabel(grid(t));
                }
            }
        }
        return dokumen.dokumen();
    }

    private static List<List<String>> grid(XWPFTable tabel) {
        List<List<String>> grid = new ArrayList<>();
        for (XWPFTableRow row : tabel.getRows()) {
            List<String> baris = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                boolean lanjutan = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() != STMerge.RESTART);
                baris.add(lanjutan ? "" : cell.getText());
                int rentang = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                for (int i = 1; i < Math.min(rentang, 1000); i++) {
                    baris.add("");
                }
            }
            grid.add(baris);
        }
        return grid;
    }
}
