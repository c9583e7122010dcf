package io.github.sakip.examples.baca;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report as text, in the shape that "save as text" and text extractors give (Markdown too):
 * headings ({@code #} lines or a line all in bold), paragraphs one a line, and tables as lines of
 * TAB-separated cells under a caption line such as {@code Tabel 3.1} and its title. HTML tags
 * and entities that converters leave in cells ({@code <b>}, {@code &amp;}) and HTML comments are
 * removed; bytes
 * that are not UTF-8 are read as replacement characters.
 *
 * <p>Thread-safe, no state.
 */
final class SumberTeks implements SumberDokumen {

    @Override
    public Dokumen baca(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        PenyusunDokumen dokumen = new PenyusunDokumen();
        List<List<String>> tabel = new ArrayList<>();
        boolean komentar = false;
        for (String baris = reader.readLine(); baris != null; baris = reader.readLine()) {
            if (komentar || baris.strip().startsWith("<!--")) {
                komentar = !baris.contains("-->");
                continue;
            }
            if (baris.indexOf('\t') >= 0 && !baris.isBlank()) {
                tabel.add(Arrays.asList(baris.split("\t", -1)));
                continue;
            }
            if (!tabel.isEmpty()) {
                dokumen.tabel(tabel);
                tabel = new ArrayList<>();
            }
            String b = baris.strip();
            dokumen.teks(baris, b.startsWith("#") || (b.length() > 4 && b.length() < 200 && b.startsWith("**")
                    && b.endsWith("**")));
        }
        if (!tabel.isEmpty()) {
            dokumen.tabel(tabel);
        }
        return dokumen.dokumen();
    }
}
