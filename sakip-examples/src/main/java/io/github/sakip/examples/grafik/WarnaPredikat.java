package io.github.sakip.examples.grafik;

import io.github.sakip.predikat.Predikat;
import java.awt.Color;
import java.util.List;

/**
 * The colour of a predikat band, the same in the charts, the reviu page and the Excel output:
 * from red for the lowest band to green for the highest, whatever the number of bands (the LKjIP
 * scale has four, Permendagri 86/2017 five). For example "Tercapai/ Berhasil", band 3 of 4 on
 * {@code SkalaBaku.LKJIP}, is light green.
 */
public final class WarnaPredikat {

    /** Five steps from the lowest band to the highest (ColorBrewer RdYlGn, readable in print). */
    private static final List<Color> PALET = List.of(new Color(0xD7301F), new Color(0xFC8D59), new Color(0xFEE08B),
            new Color(0x91CF60), new Color(0x1A9850));

    private WarnaPredikat() {
    }

    /**
     * The colour of a band.
     *
     * @param predikat the band
     * @return its colour: the lowest band red, the highest green, the others spread between
     */
    public static Color of(Predikat predikat) {
        int jumlah = predikat.getJumlahPeringkat();
        if (jumlah <= 1) {
            return PALET.get(PALET.size() - 1);
        }
        int langkah = Math.round((predikat.getPeringkat() - 1) * (PALET.size() - 1) / (float) (jumlah - 1));
        return PALET.get(langkah);
    }

    /**
     * The colour of a band as CSS writes it.
     *
     * @param predikat the band
     * @return for example {@code #91cf60}
     */
    public static String hex(Predikat predikat) {
        return String.format("#%06x", of(predikat).getRGB() & 0xFFFFFF);
    }
}
