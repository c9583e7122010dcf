package io.github.sakip.examples.baca;

import io.github.sakip.examples.baca.Dokumen.Blok;
import io.github.sakip.examples.baca.Dokumen.Judul;
import io.github.sakip.examples.baca.Dokumen.Paragraf;
import io.github.sakip.examples.baca.Dokumen.TabelDokumen;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link Dokumen} from the lines and tables a source meets in reading order, the one
 * rule of every source for captions: a line {@code Tabel 3.1} (its title on the same line or the
 * next) names the next table; a caption that no table follows is an ordinary paragraph.
 *
 * <p>Not thread-safe; one instance builds one document.
 */
final class PenyusunDokumen {

    /** A caption: "Tabel 3.1", possibly followed by its title on the same line. */
    private static final Pattern KEPALA = Pattern.compile("(?i)(tabel|table)[;:.]?\\s+(\\d+(?:\\.\\d+)*)\\.?\\s*(.*)");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,300}>");

    private final List<Blok> blok = new ArrayList<>();
    private String nomor = "";
    private String judul = "";
    private boolean menungguJudul;
    /** How many lines the caption's title has so far: a title runs over three lines at most. */
    private int barisJudul;

    /**
     * A line of text.
     *
     * @param baris the text as the source has it
     * @param judulBab whether the source marks it as a heading
     */
    void teks(String baris, boolean judulBab) {
        String teks = bersih(baris);
        if (teks.isEmpty()) {
            return;
        }
        Matcher kepala = KEPALA.matcher(teks);
        if (kepala.matches() && teks.length() < 200) {
            lepasKepala();
            nomor = "Tabel " + kepala.group(2);
            judul = kepala.group(3).strip();
            menungguJudul = judul.isEmpty();
            barisJudul = menungguJudul ? 0 : 1;
        } else if (menungguJudul || (!nomor.isEmpty() && barisJudul < 3 && teks.length() < 150
                && !teks.matches(".*[.:;]$"))) {
            judul = (judul + " " + teks).strip();
            menungguJudul = false;
            barisJudul++;
        } else {
            lepasKepala();
            blok.add(judulBab ? new Judul(teks) : new Paragraf(teks));
        }
    }

    /**
     * A table, its cells already laid on the grid (covered cells empty).
     *
     * @param sel the rows of cells as the source has them
     */
    void tabel(List<List<String>> sel) {
        int lebar = sel.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> grid = new ArrayList<>();
        for (List<String> baris : sel) {
            List<String> b = new ArrayList<>(baris.stream().map(PenyusunDokumen::bersih).toList());
            while (b.size() < lebar) {
                b.add("");
            }
            grid.add(b);
        }
        if (lebar > 0) {
            blok.add(new TabelDokumen(nomor, judul, grid));
        }
        nomor = "";
        judul = "";
        menungguJudul = false;
    }

    Dokumen dokumen() {
        lepasKepala();
        return new Dokumen(blok);
    }

    /** A caption that no table followed is kept as a paragraph. */
    private void lepasKepala() {
        if (!nomor.isEmpty()) {
            blok.add(new Paragraf((nomor + " " + judul).strip()));
        }
        nomor = "";
        judul = "";
        menungguJudul = false;
    }

    /** Text without Markdown marks, HTML tags and entities, its spaces normalised. */
    static String bersih(String teks) {
        String t = TAG.matcher(teks).replaceAll(" ");
        t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("**", "").replace('\u00a0', ' ');
        t = t.replaceAll("^\\s*#+\\s*", "");
        return t.replaceAll("\\s+", " ").strip();
    }
}
