package io.github.sakip.examples.lkjip;

import io.github.sakip.examples.markdown.MarkdownTable;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.Temuan;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prints the findings of a reviu as a Markdown table (where, printed, computed, difference, kind,
 * explanation), then a count per kind and the figures that could not be checked.
 */
public final class TemuanTable {

    private TemuanTable() {
    }

    /** {@code 15411591203.00} beside a printed {@code 15411491203} prints without its zero sen. */
    private static BigDecimal atScaleOf(BigDecimal value, BigDecimal printed) {
        try {
            return value.scale() > printed.scale() ? value.setScale(printed.scale(), RoundingMode.UNNECESSARY) : value;
        } catch (ArithmeticException e) {
            return value;
        }
    }

    /**
     * Prints a reviu's result.
     *
     * @param hasil the result
     * @param out where to
     */
    public static void print(HasilReviu hasil, PrintWriter out) {
        out.println("### Temuan reviu (" + hasil.getTemuan().size() + " temuan dari " + hasil.getJumlahDiperiksa()
                + " angka diperiksa)");
        out.println();
        MarkdownTable t = new MarkdownTable("No", "Jenis", "Tabel", "Baris", "Kolom", "Dicetak", "Dihitung", "Selisih",
                "Keterangan").leftAligned(0, 1, 2, 3, 4, 8);
        int no = 1;
        for (Temuan temuan : hasil.getTemuan()) {
            String jenis = temuan.getJenis() + temuan.getPembulatanDicetak().map(m -> " (" + m + ")").orElse("");
            t.row(String.valueOf(no++), jenis, temuan.getLokasi().getTabel(), temuan.getLokasi().getBaris(),
                    temuan.getLokasi().getKolom(), Angka.nilai(temuan.getDicetak()),
                    Angka.nilai(atScaleOf(temuan.getDihitung(), temuan.getDicetak())),
                    // a report's mix of variants counts figures: their difference means nothing
                    temuan.getJenis() == JenisTemuan.VARIAN_CAMPURAN ? ""
                            : Angka.nilai(atScaleOf(temuan.getSelisih(), temuan.getDicetak())), temuan.getKeterangan());
        }
        t.print(out);
        for (JenisTemuan jenis : JenisTemuan.values()) {
            out.println("- " + jenis + ": " + hasil.getTemuan(jenis).size());
        }
        out.println();
        if (!hasil.getKebijakanDikenali().isEmpty()) {
            out.println("Kebijakan laporan yang dikenali (temuannya tidak dirinci):");
            hasil.getKebijakanDikenali().forEach(k -> out.println("- " + k));
            out.println();
        }
        if (!hasil.getCatatan().isEmpty()) {
            out.println("Tidak diperiksa:");
            hasil.getCatatan().forEach(c -> out.println("- " + c));
            out.println();
        }
    }
}
