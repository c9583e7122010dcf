package io.github.sakip.examples;

import io.github.sakip.examples.baca.HasilBaca;
import io.github.sakip.examples.baca.PembacaLaporan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sakip baca FILE}: reads an LKjIP itself (a Word file {@code .docx} or its text
 * {@code .txt}, {@code .md}) and writes what was read as a data file in the format of
 * {@code klojen-2021.lkjip}, its coverage first as comments, for the reviewer to correct and
 * review with {@code sakip reviu laporan.lkjip}.
 */
@Command(name = "baca",
        mixinStandardHelpOptions = true,
        description = {
            "Membaca LKjIP (.docx, .txt, .md) menjadi berkas data .lkjip / reads an LKjIP into a .lkjip data file.",
            "",
            "Tabel kinerja dan anggaran dikenali dari kepala kolomnya, angka di kalimat dari kata-katanya; cakupan "
                + "(yang terbaca dan yang dilewati beserta alasannya) ditulis lebih dulu sebagai komentar '#'. "
                + "Contoh: sakip baca laporan.docx > laporan.lkjip, lalu sakip reviu laporan.lkjip.",
            "Performance and budget tables are recognised by their headers, the narrative's figures by their "
                + "words; the coverage (what was read, what was skipped and why) comes first as '#' comments.",
            ""})
final class BacaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputFile input;

    @Override
    public Integer call() {
        if (!PembacaLaporan.dapatMembaca(input.name())) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Berkas harus .docx, .txt atau .md / the file must be .docx, .txt or .md: " + input.name());
        }
        HasilBaca hasil = PembacaLaporan.baca(input.name(), input.open());
        PrintWriter out = spec.commandLine().getOut();
        hasil.cetakCakupan(out, "# ");
        out.print(hasil.getLkjip());
        out.flush();
        return hasil.getLkjip().isEmpty() || out.checkError() ? Sakip.DITOLAK : 0;
    }

    /** The coverage as a reviu prints it, before the tables and findings. */
    static void cetakCakupan(HasilBaca hasil, PrintWriter out) {
        out.println("## Cakupan pembacaan laporan");
        out.println();
        hasil.cetakCakupan(out, "- ");
        out.println();
    }
}
