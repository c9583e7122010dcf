package io.github.sakip.examples.grafik;

import io.github.sakip.format.AngkaFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * The look shared by every chart: the logical font SansSerif (no font file to embed or fetch),
 * a white background, numbers in Indonesian format (1.234,56) on the axes and the bars, and the
 * dashed reference lines (100 %, the Renstra target).
 */
final class TemaGrafik {

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final StandardChartTheme TEMA = tema();

    private TemaGrafik() {
    }

    private static StandardChartTheme tema() {
        StandardChartTheme t = new StandardChartTheme("sakip");
        t.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        t.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        t.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        t.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setRangeGridlinePaint(new Color(0xDDDDDD));
        t.setDomainGridlinePaint(new Color(0xDDDDDD));
        t.setShadowVisible(false);
        return t;
    }

    /** Applies the theme and the Indonesian number format to a category chart. */
    static CategoryPlot terapkan(JFreeChart chart) {
        TEMA.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis angka = (NumberAxis) plot.getRangeAxis();
        angka.setNumberFormatOverride(NumberFormat.getNumberInstance(INDONESIA));
        CategoryAxis kategori = plot.getDomainAxis();
        kategori.setMaximumCategoryLabelLines(3);
        return plot;
    }

    /** Labels every item with its value as the calculators give it, in Indonesian format: 83,00, 67,8. */
    static void labelNilai(CategoryItemRenderer renderer) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number nilai = dataset.getValue(row, column);
                return nilai instanceof BigDecimal b ? AngkaFormat.INDONESIA.format(b) : super.generateLabel(dataset, row,
                        column);
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
    }

    /**
     * A dashed reference line with its label, for example 100 % or the Renstra's end target; the
     * label above the line's right end, or on a vertical line (bars drawn across) beside its foot.
     */
    static ValueMarker garis(Number nilai, String label, Color warna, boolean tegak) {
        ValueMarker m = new ValueMarker(nilai.doubleValue(), warna, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        m.setLabelPaint(warna);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(tegak ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(tegak ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        return m;
    }
}
