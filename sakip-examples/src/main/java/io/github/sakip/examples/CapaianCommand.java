package io.github.sakip.examples;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Header;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowReader;
import io.github.sakip.examples.csv.RowWriter;
import io.github.sakip.format.AngkaFormat;
import io.github.sakip.model.AturanCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sakip capaian FILE}: the capaian of every row of a spreadsheet, by {@link RumusCapaian}.
 * Reads {@code indikator;polaritas;target;realisasi} (more columns are kept as they are), writes
 * each row back with {@code capaian;predikat;tercapai} appended, streaming: a million rows in
 * bounded memory.
 *
 * <p>A realisasi of {@code -}, {@code NA} or empty is not measured (not zero): the row is written
 * with an empty capaian and predikat and tercapai {@code tidak terukur}. A row that cannot be read
 * is reported as {@code baris N: <reason>} and left out; the exit status is then 2.
 */
@Command(name = "capaian",
        mixinStandardHelpOptions = true,
        description = {
            "Capaian tiap baris berkas CSV / the capaian of every row of a CSV file.",
            "",
            "Menghitung capaian kinerja tiap baris berkas CSV berkolom indikator;polaritas;target;realisasi "
                + "(dipisah ';', angka format Indonesia 1.234,56, target rentang 80-90, realisasi '-', 'NA' atau "
                + "kosong = tidak terukur) dan menulis baris itu ke stdout dengan tambahan capaian;predikat;tercapai.",
            "Computes the capaian (achievement) of each row of a CSV file with columns "
                + "indikator;polaritas;target;realisasi (';'-separated, Indonesian numbers 1.234,56, range targets "
                + "80-90, realisasi '-', 'NA' or empty = not measured) and writes each row to standard output with "
                + "capaian;predikat;tercapai appended.",
            "",
            "Polaritas: POSITIF (makin tinggi makin baik / higher is better: R/T x 100), NEGATIF (makin rendah makin "
                + "baik / lower is better, PermenPANRB 8/2021: (2T-R)/T x 100), NEGATIF_RASIO (T/R x 100), STABIL "
                + "(target terbaik / the target itself is best: (1-|R-T|/T) x 100).",
            ""})
final class CapaianCommand implements Callable<Integer> {

    static final List<String> KOLOM = List.of("indikator", "polaritas", "target", "realisasi");
    static final List<String> KOLOM_TAMBAHAN = List.of("capaian", "predikat", "tercapai");

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputFile input;

    @Mixin
    private RoundingOptions rounding;

    @Option(names = "--skala", defaultValue = "LKJIP", paramLabel = "SKALA", description = {
        "Skala predikat: LKJIP (Tabel 2.5 LKjIP Klojen: <60, 60-90, 90-110, >=110; bawaan) atau PERMENDAGRI86 "
            + "(lima pita Permendagri 86/2017).",
        "Rating scale: LKJIP (Tabel 2.5 of the Klojen LKjIP; default) or PERMENDAGRI86 (the five bands of "
            + "Permendagri 86/2017)."})
    private PilihanSkala skala;

    /** The scales the command offers. */
    enum PilihanSkala {
        LKJIP(SkalaBaku.LKJIP),
        PERMENDAGRI86(SkalaBaku.PERMENDAGRI_86);

        private final Skala skala;

        PilihanSkala(Skala skala) {
            this.skala = skala;
        }
    }

    /**
     * The polarity column: the model's three, and the named variant T / R of lower-is-better,
     * which the row's indicator carries as its own rule.
     */
    enum PolaritasBaris {
        POSITIF(Polaritas.POSITIF, AturanCapaian.IKUT_RUMUS),
        NEGATIF(Polaritas.NEGATIF, AturanCapaian.IKUT_RUMUS),
        NEGATIF_RASIO(Polaritas.NEGATIF, AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO)),
        STABIL(Polaritas.STABIL, AturanCapaian.IKUT_RUMUS);

        private final Polaritas polaritas;
        private final AturanCapaian aturan;

        PolaritasBaris(Polaritas polaritas, AturanCapaian aturan) {
            this.polaritas = polaritas;
            this.aturan = aturan;
        }
    }

    /** A row has no year; Target and Realisasi have one. Every row gets this year, which does not change its capaian. */
    private static final Tahun TAHUN = Tahun.of(Year.now().getValue());

    @Override
    public Integer call() {
        RumusCapaian rumus = RumusCapaian.standar().withPembulatan(rounding.pembulatan());
        Rejections rejections = new Rejections(spec.commandLine().getErr());
        try (RowReader reader = input.rows(rejections);
                RowWriter writer = new RowWriter(spec.commandLine().getOut())) {
            Optional<Header> header = Header.read(reader, rejections, KOLOM, String.join(";", KOLOM));
            if (header.isEmpty()) {
                return Sakip.DITOLAK;
            }
            List<String> out = new ArrayList<>(header.get().row().fields());
            out.addAll(KOLOM_TAMBAHAN);
            writer.write(out);
            for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                Row row = next.get();
                try {
                    writer.write(baris(row, header.get(), rumus));
                } catch (SakipException e) {
                    rejections.reject(row, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sakip.status(rejections);
    }

    private List<String> baris(Row row, Header header, RumusCapaian rumus) {
        header.checkWidth(row);
        PolaritasBaris polaritas = Cells.choice("polaritas", row.get(header.column(1)), PolaritasBaris.class);
        Indikator indikator = Indikator.of(Cells.strip(row.get(header.column(0))), Satuan.of("baris"),
                polaritas.polaritas).withAturan(polaritas.aturan);
        Target target = Cells.target("target", row.get(header.column(2)), TAHUN);
        Optional<Realisasi> realisasi = Cells.measured("realisasi", row.get(header.column(3)))
                .map(v -> Realisasi.of(TAHUN, v));
        Optional<Capaian> capaian = rumus.hitung(indikator, target, realisasi);
        List<String> out = new ArrayList<>(row.fields());
        out.add(capaian.map(c -> AngkaFormat.INDONESIA.format(c.getPersen().getNilai())).orElse(""));
        out.add(capaian.map(c -> c.getPredikat(skala.skala).getLabel()).orElse(""));
        out.add(capaian.map(c -> c.isTercapai() ? "ya" : "tidak").orElse("tidak terukur"));
        return out;
    }
}
