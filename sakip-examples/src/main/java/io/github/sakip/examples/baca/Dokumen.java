package io.github.sakip.examples.baca;

import java.util.List;

/**
 * A report as its source gives it, before anything is recognised: headings, paragraphs and
 * tables in the order they stand. A Word file ({@link SumberDocx}) and a text ({@link SumberTeks})
 * give the same model, so everything after them reads both alike.
 *
 * @param blok the blocks in reading order
 */
record Dokumen(List<Blok> blok) {

    Dokumen {
        blok = List.copyOf(blok);
    }

    /** A block of a report. */
    sealed interface Blok permits Judul, Paragraf, TabelDokumen {
    }

    /**
     * A heading, such as {@code B. Realisasi Anggaran}.
     *
     * @param teks the heading's text
     */
    record Judul(String teks) implements Blok {
    }

    /**
     * A paragraph of running text.
     *
     * @param teks the text, spaces normalised
     */
    record Paragraf(String teks) implements Blok {
    }

    /**
     * A table: its caption as printed above it and its cells as a grid. A cell that a merged cell
     * covers (to the right of a horizontal span, or below a vertical one) is empty, as a text
     * export prints it.
     *
     * @param nomor the caption's number, for example {@code Tabel 3.1}, or empty when the table
     *     has none (a table continued on the next page, or a layout table)
     * @param judul the caption's title, possibly empty
     * @param sel the rows of cells, each cell's text
     */
    record TabelDokumen(String nomor, String judul, List<List<String>> sel) implements Blok {

        TabelDokumen {
            sel = sel.stream().map(List::copyOf).toList();
        }
    }
}
