package io.github.sakip.examples;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.grafik.Grafik;
import io.github.sakip.examples.grafik.GrafikLkjip;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.reviu.DataLkjip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sakip grafik FILE --keluar DIR}: the charts of a report ({@link GrafikLkjip}) as PNG and
 * SVG files named after their table, sized to paste into a Word report.
 */
@Command(name = "grafik",
        mixinStandardHelpOptions = true,
        description = {
            "Grafik LKjIP sebagai berkas PNG dan SVG / the charts of an LKjIP as PNG and SVG files.",
            "",
            "Menulis grafik capaian per indikator (Tabel 3.1), realisasi antartahun dengan target akhir Renstra "
                + "(Tabel 3.2) dan penyerapan anggaran di samping capaian per sasaran (Tabel 3.4) dari berkas data "
                + "berformat klojen-2021.lkjip, selebar kolom teks halaman A4 di Word (16 cm).",
            "Writes the charts of capaian per indicator (Tabel 3.1), realisasi over the years with the Renstra end "
                + "target (Tabel 3.2) and penyerapan beside capaian per sasaran (Tabel 3.4) from a data file in "
                + "the format of klojen-2021.lkjip, as wide as the text of an A4 Word page (16 cm).",
            ""})
final class GrafikCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputFile input;

    @Option(names = "--keluar", required = true, paramLabel = "DIR", description = {
        "Direktori keluaran (dibuat bila belum ada).", "Output directory (created when missing)."})
    private Path keluar;

    @Override
    public Integer call() {
        Rejections rejections = new Rejections(spec.commandLine().getErr());
        Optional<DataLkjip> data = DataLkjipLoader.load(input.open(), rejections);
        if (data.isEmpty()) {
            return Sakip.DITOLAK;
        }
        try {
            Files.createDirectories(keluar);
            for (Grafik g : GrafikLkjip.of(data.get())) {
                g.tulis(keluar);
                spec.commandLine().getOut().println(keluar.resolve(g.nama() + ".png") + " "
                        + keluar.resolve(g.nama() + ".svg"));
            }
        } catch (IOException e) {
            throw new KeluaranGagal(e);
        }
        return Sakip.status(rejections);
    }
}
