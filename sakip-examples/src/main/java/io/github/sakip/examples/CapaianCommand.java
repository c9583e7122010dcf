package io.github.sakip.examples;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Header;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowSink;
import io.github.sakip.examples.csv.RowSource;
import io.github.sakip.examples.csv.RowWriter;
import io.github.sakip.examples.xlsx.XlsxRowReader;
import io.github.sakip.examples.xlsx.XlsxRowWriter;
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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.annotation.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sakip capaian FILE}: the capaian of every row of a spreadsheet, by {@link RumusCapaian}.
 * Reads {@code indikator;polaritas;target;realisasi} (more columns are kept as they are), writes
 * each row back with {@code capaian;predikat;tercapai} appended, streaming: a million rows in
 * bounded memory. An input named {@code .xlsx} is read as a workbook ({@link XlsxRowReader}); an
 * output named {@code .xlsx} ({@code -o hasil.xlsx}) is written as one ({@link XlsxRowWriter}).
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
            "Berkas .xlsx dibaca juga (lembar pertama atau --sheet; sel angka sebagai angka, sel teks dalam format "
                + "Indonesia); -o hasil.xlsx menulis buku kerja Excel.",
            "An .xlsx file is read as well (the first sheet or --sheet; numeric cells as numbers, text cells in "
                + "Indonesian format); -o hasil.xlsx writes an Excel workbook.",
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

    @Nullable
    @Option(names = {"-o", "--keluar"}, paramLabel = "FILE", description = {
        "Tulis ke berkas ini, bukan stdout; berakhiran .xlsx: buku kerja Excel (capaian sebagai angka dua desimal, "
            + "predikat berwarna pita, baris ditolak di lembar kedua).",
        "Write to this file instead of standard output; ending in .xlsx: an Excel workbook (capaian as a number "
            + "with two decimals, predikat filled with its band's colour, rejected rows on a second sheet)."})
    private Path keluar;

    @Nullable
    @Option(names = "--sheet", paramLabel = "NAME", description = {
        "Lembar yang dibaca dari masukan .xlsx (bawaan: lembar pertama).",
        "The sheet read from an .xlsx input (default: the first sheet)."})
    private String sheet;

    @Override
    public Integer call() {
        RumusCapaian rumus = RumusCapaian.standar().withPembulatan(rounding.pembulatan());
        Rejections rejections = new Rejections(spec.commandLine().getErr());
        try (RowSource reader = sumber(rejections)) {
            return tulis(reader, rejections, rumus);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rows, writes the results; an output that cannot be opened or finished ends the run with status 3. */
    private int tulis(RowSource reader, Rejections rejections, RumusCapaian rumus) {
        try (OutputStream file = keluar == null ? null : Files.newOutputStream(keluar);
                RowSink writer = tujuan(file)) {
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
                    writer.reject(row, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new KeluaranGagal(e);
        }
        return Sakip.status(rejections);
    }

    private static boolean xlsx(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A workbook when the input's name ends in .xlsx, else {@code ;}-separated text. */
    private RowSource sumber(Rejections rejections) throws IOException {
        if (xlsx(input.name())) {
            return XlsxRowReader.open(input.open(), sheet, rejections);
        }
        if (sheet != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--sheet hanya untuk masukan .xlsx / --sheet is for an .xlsx input only");
        }
        return input.rows(rejections);
    }

    /** A workbook when the output's name ends in .xlsx, else {@code ;}-separated text (to standard output without -o). */
    private RowSink tujuan(@Nullable OutputStream file) {
        if (file == null) {
            return new RowWriter(spec.commandLine().getOut());
        }
        if (xlsx(String.valueOf(keluar))) {
            return new XlsxRowWriter(file, Set.of("capaian"), "capaian", "predikat",
                    skala.skala);
        }
        return new RowWriter(new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8)));
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
