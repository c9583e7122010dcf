package io.github.sakip.examples;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.examples.lkjip.LaporanReviu;
import io.github.sakip.reviu.DataLkjip;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sakip contoh klojen-2021}: the worked example, the Klojen 2021 LKjIP recomputed and
 * reviewed from the data file inside the jar ({@code klojen-2021.lkjip}).
 */
@Command(name = "contoh",
        mixinStandardHelpOptions = true,
        description = {
            "Contoh LKjIP Klojen 2021 dihitung ulang dan direviu / the Klojen 2021 LKjIP recomputed and reviewed.",
            "",
            "Contoh: LKjIP Kecamatan Klojen 2021 dihitung ulang (Tabel 3.1, 3.2, 3.3, 3.4 dan realisasi anggaran, "
                + "angka tercetak di samping angka hitungan) lalu direviu.",
            "Worked example: the Klojen 2021 LKjIP recomputed (Tabel 3.1, 3.2, 3.3, 3.4 and the budget table, "
                + "printed figures beside recomputed ones) and reviewed.",
            ""})
final class ContohCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HtmlOption html;

    @Parameters(index = "0", paramLabel = "CONTOH", completionCandidates = Contoh.class, description = {
        "Nama contoh: ${COMPLETION-CANDIDATES}.", "Name of the example: ${COMPLETION-CANDIDATES}."})
    private String contoh;

    /** The examples in the jar. */
    static final class Contoh implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("klojen-2021").iterator();
        }
    }

    @Override
    public Integer call() {
        if (!contoh.equals("klojen-2021")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Contoh tidak dikenal / unknown example: " + contoh + " (klojen-2021)");
        }
        Rejections rejections = new Rejections(spec.commandLine().getErr());
        Optional<DataLkjip> data = DataLkjipLoader.loadResource(DataLkjipLoader.KLOJEN_2021, rejections);
        data.ifPresent(d -> html.tulis(d, LaporanReviu.print(d, spec.commandLine().getOut())));
        return data.isEmpty() ? Sakip.DITOLAK : Sakip.status(rejections);
    }
}
