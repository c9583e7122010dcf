package io.github.sakip.examples.lkjip;

import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.PerhitunganLkjip;
import io.github.sakip.reviu.ReviuLkjip;
import java.io.PrintWriter;

/**
 * What {@code sakip contoh} and {@code sakip reviu} print for a report: its tables recomputed
 * beside the printed figures ({@link LkjipTables}), then the findings of
 * {@link ReviuLkjip#standar()} ({@link TemuanTable}).
 */
public final class LaporanReviu {

    private LaporanReviu() {
    }

    /**
     * Prints the tables and the findings of a report.
     *
     * @param data the report's data
     * @param out where to
     * @return the reviu's result
     */
    public static HasilReviu print(DataLkjip data, PrintWriter out) {
        out.println("## LKjIP " + data.getInstansi() + " " + data.getTahun() + ": dihitung ulang dan direviu");
        out.println();
        new LkjipTables(PerhitunganLkjip.of(data)).print(out);
        HasilReviu hasil = ReviuLkjip.standar().periksa(data);
        TemuanTable.print(hasil, out);
        return hasil;
    }
}
