package io.github.sakip.examples.grafik;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * One chart of a report, named after its table ({@code tabel-3.1-capaian-kinerja}), drawn by
 * JFreeChart at {@value #LEBAR} x {@value #TINGGI} points: the width of the text column of an A4
 * Word page (16 cm) at 96 dpi. The PNG is written at twice that resolution, so it stays sharp
 * when printed; Word scales it down to the page on insertion.
 *
 * @param nama the file name without extension, after the table: {@code tabel-3.4-penyerapan-capaian}
 * @param judul the title, in Indonesian
 * @param chart the chart
 */
public record Grafik(String nama, String judul, JFreeChart chart) {

    /** Width in points (CSS pixels). */
    public static final int LEBAR = 600;
    /** Height in points (CSS pixels). */
    public static final int TINGGI = 375;
    /** The PNG's pixels per point. */
    public static final int SKALA_PNG = 2;

    /**
     * The chart as an SVG element to put inside an HTML page: no fixed size (a viewBox instead, so
     * it scales to its container), its ids prefixed with its name so that several charts share a
     * page.
     *
     * @return the {@code <svg>} element
     */
    public String svgElement() {
        return svg().getSVGElement(nama, false, new ViewBox(0, 0, LEBAR, TINGGI), null, null);
    }

    /**
     * Writes the chart as {@code DIR/nama.svg} and {@code DIR/nama.png}.
     *
     * @param dir the directory, which must exist
     * @throws IOException when a file cannot be written
     */
    public void tulis(Path dir) throws IOException {
        SVGUtils.writeToSVG(dir.resolve(nama + ".svg").toFile(), svg().getSVGElement(nama));
        try (OutputStream out = Files.newOutputStream(dir.resolve(nama + ".png"))) {
            ChartUtils.writeScaledChartAsPNG(out, chart, LEBAR, TINGGI, SKALA_PNG, SKALA_PNG);
        }
    }

    private SVGGraphics2D svg() {
        SVGGraphics2D g2 = new SVGGraphics2D(LEBAR, TINGGI);
        g2.setDefsKeyPrefix(nama + "-");
        chart.draw(g2, new Rectangle(0, 0, LEBAR, TINGGI));
        return g2;
    }
}
