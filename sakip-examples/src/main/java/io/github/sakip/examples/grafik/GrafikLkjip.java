package io.github.sakip.examples.grafik;

import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.format.AngkaFormat;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.PerhitunganLkjip;
import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts an LKjIP shows beside its tables, from the report's data recomputed by
 * {@link PerhitunganLkjip}:
 * <ul>
 *   <li>Tabel 3.1: the capaian of each indicator of the Perjanjian Kinerja against the 100 % line,
 *       each bar coloured by its predikat band ({@link SkalaBaku#LKJIP}, {@link WarnaPredikat});</li>
 *   <li>Tabel 3.2: each Renstra indicator's realisasi over the years, with the Renstra's end
 *       target as a dashed line;</li>
 *   <li>Tabel 3.4: the penyerapan anggaran beside the capaian of each sasaran.</li>
 * </ul>
 * Values are plotted as the calculators give them; the labels are in Indonesian format.
 */
public final class GrafikLkjip {

    private static final Color BIRU = new Color(0x2B6CB0);
    private static final Color ABU = new Color(0x555555);
    private static final Color MERAH = new Color(0xC53030);
    private static final AngkaFormat LABEL = AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.HALF_UP);

    private final PerhitunganLkjip hitung;
    private final DataLkjip data;
    private final Skala skala;

    private GrafikLkjip(PerhitunganLkjip hitung, Skala skala) {
        this.hitung = hitung;
        this.data = hitung.getData();
        this.skala = skala;
    }

    /**
     * The charts of a report.
     *
     * @param data the report's data
     * @return the capaian chart, one realisasi chart per Renstra indicator with realisasi, and the
     *     penyerapan chart, in the order of the report's tables
     */
    public static List<Grafik> of(DataLkjip data) {
        GrafikLkjip g = new GrafikLkjip(PerhitunganLkjip.of(data), SkalaBaku.LKJIP);
        List<Grafik> all = new ArrayList<>();
        all.add(g.capaian());
        all.addAll(g.realisasi());
        all.add(g.penyerapan());
        return all;
    }

    private Grafik capaian() {
        Tahun tahun = data.getTahun();
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        List<Paint> warna = new ArrayList<>();
        for (KomitmenSasaran k : data.getPerjanjianKinerja().getKomitmen()) {
            for (Indikator i : k.getSasaran().getIndikator()) {
                Optional<Capaian> c = hitung.capaian(i, tahun);
                if (c.isPresent()) {
                    ds.addValue(c.get().getPersen().getNilai(), "Capaian", i.getNama());
                    warna.add(WarnaPredikat.of(c.get().getPredikat(skala)));
                }
            }
        }
        String judul = "Tabel 3.1 Capaian kinerja " + tahun + " per indikator";
        JFreeChart chart = ChartFactory.createBarChart(judul, null, "Capaian (%)", ds, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = TemaGrafik.terapkan(chart);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return warna.get(column);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.2);
        TemaGrafik.labelNilai(renderer);
        plot.setRenderer(renderer);
        LegendItemCollection pita = new LegendItemCollection();
        skala.getPredikat().forEach(p -> pita.add(new LegendItem(p.getLabel(), WarnaPredikat.of(p))));
        plot.setFixedLegendItems(pita);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.addRangeMarker(TemaGrafik.garis(100, "100 %", ABU, true));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.15);
        return new Grafik("tabel-3.1-capaian-kinerja", judul, chart);
    }

    private List<Grafik> realisasi() {
        List<Grafik> all = new ArrayList<>();
        Tahun akhir = data.getRenstra().getPeriode().getAkhir();
        for (Indikator i : data.getRenstra().getIndikator()) {
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            BigDecimal min = null;
            BigDecimal max = null;
            for (Tahun y : data.getRenstra().getPeriode().getTahun()) {
                Optional<BigDecimal> r = y.isAfter(data.getTahun()) ? Optional.empty()
                        : data.getRenstra().getRealisasi(i, y).map(Realisasi::getNilai);
                ds.addValue(r.orElse(null), "Realisasi", y.toString());
                if (r.isPresent()) {
                    min = min == null ? r.get() : min.min(r.get());
                    max = max == null ? r.get() : max.max(r.get());
                }
            }
            if (min == null) {
                continue;
            }
            String judul = "Tabel 3.2 Realisasi " + i.getNama();
            JFreeChart chart = ChartFactory.createLineChart(judul, "Tahun", "Realisasi", ds,
                    PlotOrientation.VERTICAL, false, false, false);
            CategoryPlot plot = TemaGrafik.terapkan(chart);
            LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
            renderer.setDefaultShapesVisible(true);
            renderer.setSeriesPaint(0, BIRU);
            TemaGrafik.labelNilai(renderer);
            Optional<BigDecimal> target = data.getRenstra().getTargetAkhir(i).map(t -> t.getNilai());
            if (target.isPresent()) {
                plot.addRangeMarker(TemaGrafik.garis(target.get(),
                        "Target Renstra " + akhir + ": " + LABEL.format(target.get()), MERAH, false));
                min = min.min(target.get());
                max = max.max(target.get());
            }
            NumberAxis sumbu = (NumberAxis) plot.getRangeAxis();
            // room for the labels: a fifth of the span below, two fifths above (a tenth of the value when flat)
            BigDecimal ruang = max.subtract(min).max(max.abs().movePointLeft(1)).max(new BigDecimal("0.05"))
                    .divide(BigDecimal.valueOf(5));
            sumbu.setRange(min.subtract(ruang).doubleValue(), max.add(ruang).add(ruang).doubleValue());
            all.add(new Grafik("tabel-3.2-realisasi-" + slug(i.getNama()), judul, chart));
        }
        return all;
    }

    private Grafik penyerapan() {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (KomitmenSasaran k : data.getPerjanjianKinerja().getKomitmen()) {
            Optional<Efisiensi> e = hitung.efisiensi(k.getSasaran());
            if (e.isPresent()) {
                ds.addValue(e.get().getPenyerapan().getNilai(), "Penyerapan anggaran (%)", k.getSasaran().getNama());
                ds.addValue(e.get().getCapaian().getNilai(), "Capaian kinerja (%)", k.getSasaran().getNama());
            }
        }
        String judul = "Tabel 3.4 Penyerapan anggaran dan capaian kinerja per sasaran";
        JFreeChart chart = ChartFactory.createBarChart(judul, null, "Persen (%)", ds, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = TemaGrafik.terapkan(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ABU);
        renderer.setSeriesPaint(1, BIRU);
        TemaGrafik.labelNilai(renderer);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        plot.addRangeMarker(TemaGrafik.garis(100, "100 %", ABU, true));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.15);
        return new Grafik("tabel-3.4-penyerapan-capaian", judul, chart);
    }

    /** A file-name part from an indicator's name: {@code nilai-sakip-opd}. */
    static String slug(String nama) {
        String s = nama.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() <= 40 ? s : s.substring(0, 40).replaceAll("-$", "");
    }
}
