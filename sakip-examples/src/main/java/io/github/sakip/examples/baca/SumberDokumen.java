package io.github.sakip.examples.baca;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a report comes from: a Word file or a text. Each source turns its bytes into a
 * {@link Dokumen}; a PDF text source can be added beside them.
 */
interface SumberDokumen {

    /**
     * Reads a report.
     *
     * @param in the bytes, not closed
     * @return the document; a file that is not a report gives a document without tables
     * @throws IOException when the bytes cannot be read as this source's format
     */
    Dokumen baca(InputStream in) throws IOException;

    /**
     * The source for a file, by its extension: {@code .docx}, or {@code .txt} and {@code .md}.
     *
     * @param namaBerkas the file's name
     * @return the source, or empty for any other extension
     */
    static Optional<SumberDokumen> untuk(String namaBerkas) {
        String nama = namaBerkas.toLowerCase(Locale.ROOT);
        if (nama.endsWith(".docx")) {
            return Optional.of(new SumberDocx());
        }
        if (nama.endsWith(".txt") || nama.endsWith(".md")) {
            return Optional.of(new SumberTeks());
        }
        return Optional.empty();
    }
}
