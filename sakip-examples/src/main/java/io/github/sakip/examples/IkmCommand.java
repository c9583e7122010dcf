package io.github.sakip.examples;

import io.github.sakip.SakipException;
import io.github.sakip.evaluasi.ikm.BobotIkm;
import io.github.sakip.evaluasi.ikm.Ikm;
import io.github.sakip.evaluasi.ikm.JawabanResponden;
import io.github.sakip.evaluasi.ikm.NrrUnsur;
import io.github.sakip.evaluasi.ikm.PedomanIkm;
import io.github.sakip.evaluasi.ikm.RekapUnsur;
import io.github.sakip.evaluasi.ikm.RumusIkm;
import io.github.sakip.evaluasi.ikm.SurveiIkm;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Header;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.examples.csv.RowReader;
import io.github.sakip.examples.markdown.MarkdownTable;
import io.github.sakip.format.AngkaFormat;
import io.github.sakip.model.Pembulatan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sakip ikm FILE}: the IKM of a survey (PermenPANRB 14/2017) from its respondents' answers,
 * one row per respondent, one column per unsur {@code U1} to {@code U9} (other columns are
 * ignored), an empty cell for an item left unanswered. Prints the NRR of every unsur, the IKM and
 * its mutu; every figure comes from {@link RumusIkm}.
 *
 * <p>A million respondents run in bounded memory: each valid row is fed, as it is read, to
 * {@link SurveiIkm#kolektor()}, which keeps only the totals per unsur ({@link RekapUnsur}: sum of
 * answers and number who answered).
 */
@Command(name = "ikm",
        mixinStandardHelpOptions = true,
        description = {
            "IKM sebuah survei dari jawaban responden / the IKM of a survey from its answers.",
            "",
            "Menghitung IKM (PermenPANRB 14/2017) dari jawaban per responden: satu baris per responden, "
                + "satu kolom per unsur U1..U9 (1-4, kosong = tidak dijawab). Mencetak NRR per unsur, IKM dan mutu.",
            "Computes the IKM (public satisfaction index, PermenPANRB 14/2017) from per-respondent answers: one "
                + "row per respondent, one column per unsur U1..U9 (1-4, empty = unanswered). Prints the NRR of "
                + "each unsur, the IKM and its mutu.",
            ""})
final class IkmCommand implements Callable<Integer> {

    /** An answer: a whole number written with the digits 0-9 only, 1 to 4 (the library checks the range). */
    private static final Pattern JAWABAN = Pattern.compile("[0-9]{1,9}");

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputFile input;

    @Mixin
    private RoundingOptions rounding;

    @Option(names = "--pedoman", defaultValue = "PERMENPANRB_14_2017", paramLabel = "PEDOMAN", description = {
        "Pedoman: PERMENPANRB_14_2017 (9 unsur, bawaan) atau KEPMENPAN_25_2004 (14 unsur, U1..U14).",
        "Guideline: PERMENPANRB_14_2017 (9 unsur, default) or KEPMENPAN_25_2004 (14 unsur, U1..U14)."})
    private Pedoman pedoman;

    @Option(names = "--bobot", defaultValue = "EKSAK", paramLabel = "BOBOT", description = {
        "Bobot unsur: EKSAK (1/9, bawaan) atau DICETAK (0,111 seperti tercetak di peraturan).",
        "Weight of each unsur: EKSAK (1/9, default) or DICETAK (0.111 as the regulation prints it)."})
    private BobotIkm bobot;

    /** The guidelines the command offers, by name. */
    enum Pedoman {
        PERMENPANRB_14_2017(PedomanIkm.PERMENPANRB_14_2017),
        KEPMENPAN_25_2004(PedomanIkm.KEPMENPAN_25_2004);

        private final PedomanIkm pedoman;

        Pedoman(PedomanIkm pedoman) {
            this.pedoman = pedoman;
        }
    }

    @Override
    public Integer call() {
        Pembulatan bulat = rounding.pembulatan();
        PedomanIkm p = pedoman.pedoman;
        RumusIkm rumus = RumusIkm.standar().withPedoman(p).withBobot(bobot).withPembulatan(bulat);
        PrintWriter out = spec.commandLine().getOut();
        Rejections rejections = new Rejections(spec.commandLine().getErr());
        Optional<SurveiIkm> survei = read(SurveiIkm.kolektor(), p.getJumlahUnsur(), rejections);
        if (survei.isEmpty()) {
            spec.commandLine().getErr().println("sakip ikm: tidak ada responden yang sah / no valid respondent");
            return Sakip.DITOLAK;
        }
        print(rumus.hitung(survei.get()), bulat, out);
        return Sakip.status(rejections);
    }

    /** Feeds each valid row to the library's collector as it is read, so memory stays bounded. */
    private <A> Optional<SurveiIkm> read(Collector<JawabanResponden, A, SurveiIkm> kolektor, int jumlahUnsur,
            Rejections rejections) {
        A totals = kolektor.supplier().get();
        boolean any = false;
        List<String> unsur = IntStream.rangeClosed(1, jumlahUnsur).mapToObj(u -> "U" + u).toList();
        try (RowReader reader = input.rows(rejections)) {
            Optional<Header> header = Header.read(reader, rejections, unsur,
                    "U1 to U" + jumlahUnsur + " (one per unsur)");
            if (header.isEmpty()) {
                return Optional.empty();
            }
            for (Optional<Row> next = reader.next(); next.isPresent(); next = reader.next()) {
                Row row = next.get();
                try {
                    kolektor.accumulator().accept(totals, jawaban(row, header.get(), jumlahUnsur));
                    any = true;
                } catch (SakipException e) {
                    rejections.reject(row, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!any) {
            return Optional.empty();
        }
        try {
            return Optional.of(kolektor.finisher().apply(totals));
        } catch (SakipException e) { // an unsur that no respondent answered has no NRR
            rejections.reject(1, e.getMessage());
            return Optional.empty();
        }
    }

    private static JawabanResponden jawaban(Row row, Header header, int jumlahUnsur) {
        header.checkWidth(row);
        List<OptionalInt> jawaban = new ArrayList<>(jumlahUnsur);
        for (int u = 0; u < jumlahUnsur; u++) {
            String cell = Cells.strip(row.get(header.column(u)));
            if (cell.isEmpty()) {
                jawaban.add(OptionalInt.empty());
            } else if (JAWABAN.matcher(cell).matches()) {
                jawaban.add(OptionalInt.of(Integer.parseInt(cell)));
            } else {
                throw new SakipException("U" + (u + 1) + " " + Cells.quote(cell) + " must be a whole answer from "
                        + PedomanIkm.JAWABAN_MIN + " to " + PedomanIkm.JAWABAN_MAKS + ", written as a digit only");
            }
        }
        return JawabanResponden.of(jawaban);
    }

    private static void print(Ikm ikm, Pembulatan bulat, PrintWriter out) {
        AngkaFormat angka = AngkaFormat.INDONESIA;
        MarkdownTable table = new MarkdownTable("Unsur", "Nama", "Jumlah nilai", "Responden", "NRR",
                "NRR tertimbang").leftAligned(0, 1);
        int u = 1;
        for (NrrUnsur n : ikm.getUnsur()) {
            RekapUnsur rekap = n.getRekap().orElseThrow(); // always present: computed from a survey
            table.row("U" + u++, n.getNama(), angka.format(BigDecimal.valueOf(rekap.getTotalNilai())),
                    angka.format(BigDecimal.valueOf(rekap.getJumlahResponden())),
                    angka.format(n.nrr(bulat)), angka.format(n.nrrTertimbang(bulat)));
        }
        table.print(out);
        out.println("Responden: "
                + angka.format(BigDecimal.valueOf(ikm.getSurvei().orElseThrow().getJumlahResponden())));
        out.println("IKM unit: " + angka.format(ikm.nilaiUnit(bulat)));
        out.println("IKM: " + angka.format(ikm.getNilai()));
        out.println("Mutu: " + ikm.getMutu().getLabel());
        out.println("Rumus: " + ikm.getRumus());
    }
}
