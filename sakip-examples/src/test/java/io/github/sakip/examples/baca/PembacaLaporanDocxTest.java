package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.Temuan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The Klojen LKjIP 2021 as a Word file, built from its text with merged cells as Word makes them. */
class PembacaLaporanDocxTest {

    private static final Dokumen TEKS = teks();
    private static final byte[] DOCX = DocxLaporan.tulis(TEKS);

    private static Dokumen teks() {
        try {
            return new SumberTeks().baca(new ByteArrayInputStream(Laporan.resource(Laporan.KLOJEN_2021)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theWordFileMergesCellsAsWordDoes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DOCX))) {
            // Tabel 3.2: "Realisasi Kinerja" and "Capaian Kinerja" each span five year columns
            XWPFTable tabel32 = doc.getTables().stream().filter(t -> t.getText().contains("Data Awal")).findFirst()
                    .orElseThrow();
            assertThat(tabel32.getRow(0).getTableCells()).hasSize(5);
            assertThat(tabel32.getRow(0).getCell(3).getCTTc().getTcPr().getGridSpan().getVal()).hasToString("5");
            assertThat(tabel32.getRow(1).getCell(0).getCTTc().getTcPr().isSetVMerge()).isTrue();
        }
    }

    @Test
    void readsTheSameDocumentAsTheText() throws IOException {
        Dokumen docx = new SumberDocx().baca(new ByteArrayInputStream(DOCX));
        assertThat(docx).isEqualTo(TEKS);
    }

    @Test
    void givesTheSameFindingsAsTheText() {
        HasilReviu dariDocx = Laporan.reviu(Laporan.baca("klojen-2021.docx", DOCX));
        HasilReviu dariTeks = Laporan.reviu(Laporan.baca(Laporan.KLOJEN_2021, Laporan.resource(Laporan.KLOJEN_2021)));
        assertThat(temuan(dariDocx)).hasSize(23).isEqualTo(temuan(dariTeks));
    }

    private static List<String> temuan(HasilReviu hasil) {
        return hasil.getTemuan().stream().map(Temuan::toString).toList();
    }
}
