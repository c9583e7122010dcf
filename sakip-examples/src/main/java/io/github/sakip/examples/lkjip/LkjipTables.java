package io.github.sakip.examples.lkjip;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.examples.markdown.MarkdownTable;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Program;
import io.github.sakip.model.Tahun;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.Besaran;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.IndikatorProgram;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.PerhitunganLkjip;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the tables of Bab III of an LKjIP as Markdown, each recomputed figure beside the printed
 * one: Tabel 3.1 (target and realisasi), 3.2 (against the year before), 3.3 (against the Renstra's
 * end target), 3.4 (efficiency), 3.4 (programs) and the realisasi anggaran table. Recomputed
 * figures come from {@link PerhitunganLkjip}, the calculator the reviu uses, so the tables and the
 * findings agree; printed figures are looked up in the table of the same name (as the data file
 * names them: {@code Tabel 3.1}, {@code Tabel 3.4 (efisiensi)}, ...), else in any table.
 */
public final class LkjipTables {

    private static final String DICETAK = " (dicetak)";
    private static final String DIHITUNG = " (dihitung)";

    private final PerhitunganLkjip hitung;
    private final DataLkjip data;
    private final Tahun tahun;

    /**
     * Tables of a report.
     *
     * @param hitung the calculator over the report's data
     */
    public LkjipTables(PerhitunganLkjip hitung) {
        this.hitung = hitung;
        this.data = hitung.getData();
        this.tahun = data.getTahun();
    }

    /**
     * Prints every table, each under a Markdown heading.
     *
     * @param out where to
     */
    public void print(PrintWriter out) {
        heading(out, "Tabel 3.1 Target dan Realisasi Tahun " + tahun);
        tabel31().print(out);
        heading(out, "Tabel 3.2 Realisasi dan Capaian Kinerja dibanding tahun sebelumnya");
        tabel32().print(out);
        heading(out, "Tabel 3.3 Realisasi terhadap target jangka menengah Renstra " + data.getRenstra().getPeriode());
        tabel33().print(out);
        heading(out, "Tabel 3.4 Analisa efisiensi penggunaan anggaran");
        tabel34Efisiensi().print(out);
        out.println("Efisiensi = capaian kinerja / penyerapan x 100. Kolom (dihitung) memakai capaian dan penyerapan "
                + "dari data, dibulatkan " + hitung.getPembulatanMasukan() + "; reviu memakai angka yang dicetak di "
                + "baris yang sama, seperti laporan.");
        out.println();
        heading(out, "Tabel 3.4 Keberhasilan/Kegagalan Pencapaian Perjanjian Kinerja " + tahun);
        tabel34Program().print(out);
        heading(out, "Realisasi Anggaran Tahun " + tahun);
        tabelAnggaran().print(out);
        perubahanPenyerapan().ifPresent(line -> {
            out.println(line);
            out.println();
        });
    }

    /** The change of penyerapan from the year before (Bab IV.A), when the data state that year's. */
    Optional<String> perubahanPenyerapan() {
        Besaran perubahan = Besaran.laporan(JenisBesaran.PERUBAHAN_PENYERAPAN_TOTAL);
        return hitung.perubahanPenyerapan().map(p -> "Penyerapan " + tahun.minus(1) + ": "
                + Angka.nilai(p.getSebelumnya().getNilai()) + " %, " + tahun + ": " + Angka.nilai(p.getSekarang().getNilai())
                + " %; perubahan (dicetak) " + Angka.dicetak(dicetak(perubahan, "Bab IV.A")) + ", (dihitung) "
                + Angka.nilai(p.getSelisih()) + " poin persen, " + p.getArah().name().toLowerCase(Locale.ROOT) + ".");
    }

    MarkdownTable tabel31() {
        MarkdownTable t = new MarkdownTable("Sasaran Strategis", "Indikator Kinerja", "Target " + tahun,
                "Realisasi " + tahun, "Capaian" + DICETAK, "Capaian" + DIHITUNG, "Predikat (Tabel 2.5)").leftAligned(0, 1, 6);
        for (KomitmenSasaran k : data.getPerjanjianKinerja().getKomitmen()) {
            for (Indikator i : k.getSasaran().getIndikator()) {
                Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, i, tahun);
                t.row(k.getSasaran().getNama(), i.getNama(), data(JenisBesaran.TARGET, i, tahun),
                        data(JenisBesaran.REALISASI, i, tahun), Angka.dicetak(dicetak(capaian, "Tabel 3.1")),
                        Angka.dihitung(hitung.hitung(capaian)),
                        hitung.capaian(i, tahun).map(c -> c.getPredikat(SkalaBaku.LKJIP).getLabel()).orElse(""));
            }
        }
        Besaran rataRata = Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN);
        return t.row("Rata-rata capaian", "", "", "", Angka.dicetak(dicetak(rataRata, "Tabel 3.1")),
                Angka.dihitung(hitung.hitung(rataRata)), "");
    }

    MarkdownTable tabel32() {
        MarkdownTable t = new MarkdownTable("Indikator Kinerja", "Tahun", "Realisasi", "Rasio thd tahun lalu" + DICETAK,
                "Rasio thd tahun lalu" + DIHITUNG, "Perubahan" + DIHITUNG).leftAligned(0);
        for (Indikator i : data.getRenstra().getIndikator()) {
            for (Tahun y : data.getRenstra().getPeriode().getTahun()) {
                Optional<BigDecimal> realisasi = data.getRenstra().getRealisasi(i, y).map(r -> r.getNilai());
                if (realisasi.isPresent() && !y.isAfter(tahun)) {
                    Besaran rasio = Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, i, y);
                    t.row(i.getNama(), y.toString(), Angka.nilai(realisasi.get()),
                            Angka.dicetak(dicetak(rasio, "Tabel 3.2")), Angka.dihitung(hitung.hitung(rasio)),
                            Angka.dihitung(hitung.hitung(Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, i, y))));
                }
            }
        }
        return t;
    }

    MarkdownTable tabel33() {
        Tahun akhir = data.getRenstra().getPeriode().getAkhir();
        List<String> header = new ArrayList<>(List.of("Indikator Kinerja", "Target " + akhir));
        List<Tahun> years = data.getRenstra().getPeriode().getTahun().stream().filter(y -> !y.isAfter(tahun)).toList();
        years.forEach(y -> header.add("Realisasi " + y));
        header.add("Realisasi " + tahun + " thd target " + akhir + DIHITUNG);
        MarkdownTable t = new MarkdownTable(header.toArray(String[]::new)).leftAligned(0);
        for (Indikator i : data.getRenstra().getIndikator()) {
            List<String> row = new ArrayList<>(List.of(i.getNama(), data(JenisBesaran.TARGET, i, akhir)));
            years.forEach(y -> row.add(data(JenisBesaran.REALISASI, i, y)));
            row.add(Angka.dihitung(hitung.hitung(Besaran.indikator(JenisBesaran.KEMAJUAN_RENSTRA, i, tahun))));
            t.row(row.toArray(String[]::new));
        }
        return t;
    }

    MarkdownTable tabel34Efisiensi() {
        MarkdownTable t = new MarkdownTable("Sasaran", "Capaian" + DICETAK, "Capaian" + DIHITUNG, "Pagu (Rp)",
                "Realisasi (Rp)" + DICETAK, "Realisasi (Rp)" + DIHITUNG, "Penyerapan" + DICETAK,
                "Penyerapan" + DIHITUNG, "Efisiensi" + DICETAK, "Efisiensi" + DIHITUNG).leftAligned(0);
        String tabel = "Tabel 3.4 (efisiensi)";
        for (KomitmenSasaran k : data.getPerjanjianKinerja().getKomitmen()) {
            Optional<Besaran> capaian = k.getSasaran().getIndikator().size() == 1
                    ? Optional.of(Besaran.indikator(JenisBesaran.CAPAIAN, k.getSasaran().getIndikator().get(0), tahun))
                    : Optional.empty();
            Besaran realisasi = Besaran.sasaran(JenisBesaran.REALISASI_ANGGARAN_SASARAN, k.getSasaran());
            Besaran penyerapan = Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, k.getSasaran());
            Besaran efisiensi = Besaran.sasaran(JenisBesaran.EFISIENSI, k.getSasaran());
            t.row(k.getSasaran().getNama(), Angka.dicetak(capaian.flatMap(c -> dicetak(c, tabel))),
                    Angka.dihitung(capaian.flatMap(hitung::hitung)),
                    Angka.rupiah(hitung.hitung(Besaran.sasaran(JenisBesaran.PAGU_SASARAN, k.getSasaran()))),
                    dicetak(realisasi, tabel).map(Angka::rupiah).orElse(""), Angka.rupiah(hitung.hitung(realisasi)),
                    Angka.dicetak(dicetak(penyerapan, tabel)), Angka.dihitung(hitung.hitung(penyerapan)),
                    Angka.dicetak(dicetak(efisiensi, tabel)), Angka.dihitung(hitung.hitung(efisiensi)));
        }
        return t;
    }

    MarkdownTable tabel34Program() {
        MarkdownTable t = new MarkdownTable("Program", "Indikator Kinerja", "Target", "Realisasi",
                "Capaian" + DICETAK, "Capaian" + DIHITUNG, "Rincian", "Capaian dari rincian" + DIHITUNG).leftAligned(0, 1);
        for (IndikatorProgram ip : data.getIndikatorProgram()) {
            Besaran capaian = Besaran.indikatorProgram(JenisBesaran.CAPAIAN_PROGRAM, ip);
            t.row(ip.getProgram().getNama(), ip.getIndikator().getNama(), Angka.target(ip.getTarget()),
                    ip.getRealisasi().map(r -> Angka.nilai(r.getNilai())).orElse("NA"),
                    Angka.dicetak(dicetak(capaian, "Tabel 3.4 (keberhasilan)")), Angka.dihitung(hitung.hitung(capaian)),
                    ip.getRincian().map(r -> Angka.nilai(r.getPembilang()) + " / " + Angka.nilai(r.getPenyebut())
                            + " x " + Angka.nilai(r.getPengali())).orElse(""),
                    hitung.capaianRincian(ip).map(Capaian::getPersen).map(p -> Angka.nilai(p.getNilai())).orElse(""));
        }
        return t;
    }

    MarkdownTable tabelAnggaran() {
        MarkdownTable t = new MarkdownTable("Program", "Anggaran (Rp)", "Realisasi (Rp)", "%" + DICETAK,
                "%" + DIHITUNG).leftAligned(0);
        String tabel = "Tabel 3.4 (realisasi anggaran)";
        for (Program p : data.getPerjanjianKinerja().getProgram()) {
            Besaran penyerapan = Besaran.program(JenisBesaran.PENYERAPAN, p);
            t.row(p.getNama(), Angka.rupiah(p.getTotalPagu().getNilai()),
                    p.getTotalRealisasi().map(r -> Angka.rupiah(r.getNilai())).orElse(""),
                    Angka.dicetak(dicetak(penyerapan, tabel)), Angka.dihitung(hitung.hitung(penyerapan)));
        }
        Besaran total = Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL);
        return t.row("Total", Angka.rupiah(hitung.hitung(Besaran.laporan(JenisBesaran.TOTAL_PAGU))),
                Angka.rupiah(hitung.hitung(Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN))),
                Angka.dicetak(dicetak(total, "Bab III.B")), Angka.dihitung(hitung.hitung(total)));
    }

    /** A datum of the data, as it is (not rounded). */
    private String data(JenisBesaran jenis, Indikator i, Tahun y) {
        return hitung.hitung(Besaran.indikator(jenis, i, y)).flatMap(h -> h.getEksak()).map(Angka::nilai).orElse("");
    }

    /** The printed figure of a quantity, from the given table, else from any table. */
    private Optional<BigDecimal> dicetak(Besaran b, String tabel) {
        List<AngkaDicetak> all = data.getDicetak().stream().filter(a -> a.getBesaran().equals(b)).toList();
        return all.stream().filter(a -> a.getLokasi().getTabel().equals(tabel)).findFirst()
                .or(() -> all.stream().filter(a -> a.getLokasi().getTabel().startsWith("Tabel")).findFirst())
                .map(AngkaDicetak::getNilai);
    }

    private static void heading(PrintWriter out, String text) {
        out.println("### " + text);
        out.println();
    }
}
