package io.github.sakip.examples.lkjip;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.examples.markdown.MarkdownTable;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Program;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.BarisAnggaranDicetak;
import io.github.sakip.reviu.Besaran;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.IndikatorProgram;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.PerhitunganLkjip;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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
    private final Set<String> tidakDihitung = new LinkedHashSet<>();

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
        print(out, this::tabel31);
        heading(out, "Tabel 3.2 Realisasi dan Capaian Kinerja dibanding tahun sebelumnya");
        print(out, this::tabel32);
        heading(out, "Tabel 3.3 Realisasi terhadap target jangka menengah Renstra " + data.getRenstra().getPeriode());
        print(out, this::tabel33);
        heading(out, "Tabel 3.4 Analisa efisiensi penggunaan anggaran");
        print(out, this::tabel34Efisiensi);
        out.println("Efisiensi = capaian kinerja / penyerapan x 100. Kolom (dihitung) memakai capaian dan penyerapan "
                + "dari data, dibulatkan " + hitung.getPembulatanMasukan().getScale() + " desimal "
                + hitung.getPembulatanMasukan().getRoundingMode() + "; reviu memakai angka yang dicetak di "
                + "baris yang sama, seperti laporan.");
        out.println();
        heading(out, "Tabel 3.4 Keberhasilan/Kegagalan Pencapaian Perjanjian Kinerja " + tahun);
        print(out, this::tabel34Program);
        heading(out, "Realisasi Anggaran Tahun " + tahun);
        print(out, this::tabelAnggaran);
        if (!data.getAnggaranDicetak().isEmpty()) {
            heading(out, "Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan");
            print(out, this::tabelAnggaranRinci);
        }
        sel(() -> perubahanPenyerapan().orElse("")).filter(line -> !line.isEmpty()).ifPresent(line -> {
            out.println(line);
            out.println();
        });
        printTidakDihitung(out);
    }

    /**
     * Prints a table; a table that cannot be built at all (its data missing) is skipped with a line
     * that says why, and the next tables are still printed.
     */
    private void print(PrintWriter out, Supplier<MarkdownTable> tabel) {
        try {
            tabel.get().print(out);
        } catch (SakipException e) {
            out.println("Tabel dilewati, datanya tidak lengkap: " + e.getMessage());
            out.println();
        }
        printTidakDihitung(out);
    }

    /** The cells left empty since their data are missing, each with the reason, after their table. */
    private void printTidakDihitung(PrintWriter out) {
        if (!tidakDihitung.isEmpty()) {
            tidakDihitung.forEach(line -> out.println("- tidak dihitung: " + line));
            out.println();
            tidakDihitung.clear();
        }
    }

    /**
     * A recomputed cell, or empty when its data are missing or refused (a Renstra without the end
     * year's target, a target of 0): the reason is printed after the table, the row stays.
     */
    private Optional<String> sel(Supplier<String> cell) {
        try {
            return Optional.of(cell.get());
        } catch (SakipException e) {
            tidakDihitung.add(e.getMessage());
            return Optional.empty();
        }
    }

    private String hitungan(Supplier<String> cell) {
        return sel(cell).orElse("");
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
                "Realisasi " + tahun, "Capaian" + DICETAK, "Capaian" + DIHITUNG,
                data.getKebijakan().getSkala().isPresent() ? "Predikat (skala laporan)" : "Predikat (Tabel 2.5)")
                .leftAligned(0, 1, 6);
        for (KomitmenSasaran k : data.getPerjanjianKinerja().getKomitmen()) {
            for (Indikator i : k.getSasaran().getIndikator()) {
                Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, i, tahun);
                t.row(k.getSasaran().getNama(), i.getNama(), data(JenisBesaran.TARGET, i, tahun),
                        data(JenisBesaran.REALISASI, i, tahun), Angka.dicetak(dicetak(capaian, "Tabel 3.1")),
                        hitungan(() -> Angka.dihitung(hitung.hitung(capaian))),
                        hitungan(() -> hitung.capaian(i, tahun).map(c -> c.getPredikat(data.getKebijakan().getSkalaEfektif()).getLabel())
                                .orElse("")));
            }
        }
        Besaran rataRata = Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN);
        return t.row("Rata-rata capaian", "", "", "", Angka.dicetak(dicetak(rataRata, "Tabel 3.1")),
                hitungan(() -> Angka.dihitung(hitung.hitung(rataRata))), "");
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
                            Angka.dicetak(dicetak(rasio, "Tabel 3.2")), hitungan(() -> Angka.dihitung(hitung.hitung(rasio))),
                            hitungan(() -> Angka.dihitung(hitung.hitung(
                                    Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, i, y)))));
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
            row.add(hitungan(() -> Angka.dihitung(hitung.hitung(
                    Besaran.indikator(JenisBesaran.KEMAJUAN_RENSTRA, i, tahun)))));
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
            boolean beranggaran = !k.getProgram().isEmpty();
            t.row(k.getSasaran().getNama(), Angka.dicetak(capaian.flatMap(c -> dicetak(c, tabel))),
                    hitungan(() -> Angka.dihitung(capaian.flatMap(hitung::hitung))),
                    beranggaran ? Angka.rupiah(hitung.hitung(Besaran.sasaran(JenisBesaran.PAGU_SASARAN, k.getSasaran())))
                            : "",
                    dicetak(realisasi, tabel).map(Angka::rupiah).orElse(""), Angka.rupiah(hitung.hitung(realisasi)),
                    Angka.dicetak(dicetak(penyerapan, tabel)), hitungan(() -> Angka.dihitung(hitung.hitung(penyerapan))),
                    Angka.dicetak(dicetak(efisiensi, tabel)), hitungan(() -> Angka.dihitung(hitung.hitung(efisiensi))));
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
                    Angka.dicetak(dicetak(capaian, "Tabel 3.4 (keberhasilan)")),
                    hitungan(() -> Angka.dihitung(hitung.hitung(capaian))),
                    ip.getRincian().map(r -> Angka.nilai(r.getPembilang()) + " / " + Angka.nilai(r.getPenyebut())
                            + " x " + Angka.nilai(r.getPengali())).orElse(""),
                    hitungan(() -> hitung.capaianRincian(ip).map(Capaian::getPersen).map(p -> Angka.nilai(p.getNilai()))
                            .orElse("")));
        }
        return t;
    }

    MarkdownTable tabelAnggaran() {
        MarkdownTable t = new MarkdownTable("Program", "Anggaran (Rp)", "Realisasi (Rp)", "%" + DICETAK,
                "%" + DIHITUNG).leftAligned(0);
        String tabel = "Tabel 3.4 (realisasi anggaran)";
        for (Program p : data.getPerjanjianKinerja().getProgram()) {
            Besaran penyerapan = Besaran.program(JenisBesaran.PENYERAPAN, p);
            t.row(p.getNama(), Angka.rupiah(p.getTotalPagu().getAmount()),
                    p.getTotalRealisasi().map(r -> Angka.rupiah(r.getAmount())).orElse(""),
                    Angka.dicetak(dicetak(penyerapan, tabel)), hitungan(() -> Angka.dihitung(hitung.hitung(penyerapan))));
        }
        if (data.getPerjanjianKinerja().getProgram().isEmpty()) {
            return t; // no budget data: no total row of zeros
        }
        Besaran total = Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL);
        return t.row("Total", Angka.rupiah(hitung.hitung(Besaran.laporan(JenisBesaran.TOTAL_PAGU))),
                Angka.rupiah(hitung.hitung(Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN))),
                Angka.dicetak(dicetak(total, "Bab III.B")), hitungan(() -> Angka.dihitung(hitung.hitung(total))));
    }

    /**
     * The budget rows as printed, Program &gt; Kegiatan &gt; Sub kegiatan, with each row's own
     * penyerapan recomputed; a blank cell stays blank, never 0.
     */
    MarkdownTable tabelAnggaranRinci() {
        MarkdownTable t = new MarkdownTable("Tabel", "Tingkat", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%" + DICETAK,
                "%" + DIHITUNG).leftAligned(0, 1, 2);
        for (BarisAnggaranDicetak b : data.getAnggaranDicetak()) {
            String dihitung = b.getPagu().filter(p -> p.signum() > 0).flatMap(p -> b.getRealisasi().map(r ->
                    Angka.nilai(Pembulatan.STANDAR.bagi(r.multiply(BigDecimal.valueOf(100)), p)))).orElse("");
            t.row(b.getTabel(), b.getTingkat().name(), b.getNama(), b.getPagu().map(Angka::rupiah).orElse(""),
                    b.getRealisasi().map(Angka::rupiah).orElse(""), Angka.dicetak(b.getPersen()), dihitung);
        }
        return t;
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
