package io.github.sakip.examples;

import io.github.sakip.SakipException;
import io.github.sakip.examples.baca.HasilBaca;
import io.github.sakip.examples.baca.PembacaLaporan;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.examples.lkjip.LaporanReviu;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code sakip reviu FILE}: the reviu of any report written in the format of the Klojen data file
 * ({@code klojen-2021.lkjip}): its tables recomputed, then the findings. A report itself
 * ({@code .docx}, {@code .txt}, {@code .md}) is first read by {@link PembacaLaporan}, its
 * coverage printed, then reviewed the same way.
 */
@Command(name = "reviu",
        mixinStandardHelpOptions = true,
        description = {
            "Reviu LKjIP dari berkas datanya / review of an LKjIP from its data file.",
            "",
            "Mereviu LKjIP dari berkas data berformat seperti klojen-2021.lkjip (bagian [nama];tabel dipisah ';'): "
                + "tabel dihitung ulang, lalu temuan (lokasi, dicetak, dihitung, selisih, jenis).",
            "Reviews an LKjIP from a data file in the format of klojen-2021.lkjip (';'-separated [name];table "
                + "sections): tables recomputed, then findings (where, printed, computed, difference, kind).",
            "Status keluar: 0 tanpa temuan, 2 ada temuan atau baris ditolak; bagian laporan yang datanya tidak "
                + "lengkap dilewati dengan keterangan. / Exit status: 0 no finding, 2 findings or rejected rows; a part "
                + "whose data are incomplete is skipped with a line saying why.",
            "Berkas .docx, .txt atau .md dibaca dulu seperti 'sakip baca' (cakupannya dicetak lebih dulu).",
            "A .docx, .txt or .md report is read first as 'sakip baca' does (its coverage printed first).",
            ""})
final class ReviuCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HtmlOption html;

    @Mixin
    private InputFile input;

    @Override
    public Integer call() {
        Rejections rejections = new Rejections(spec.commandLine().getErr());
        InputStream in = input.open();
        if (PembacaLaporan.dapatMembaca(input.name())) {
            HasilBaca bacaan = PembacaLaporan.baca(input.name(), in);
            BacaCommand.cetakCakupan(bacaan, spec.commandLine().getOut());
            if (bacaan.getLkjip().isEmpty()) {
                return Sakip.DITOLAK;
            }
            in = new ByteArrayInputStream(bacaan.getLkjip().getBytes(StandardCharsets.UTF_8));
        }
        Optional<DataLkjip> data = DataLkjipLoader.load(in, rejections);
        if (data.isEmpty()) {
            return Sakip.DITOLAK;
        }
        HasilReviu hasil;
        try {
            hasil = LaporanReviu.print(data.get(), spec.commandLine().getOut());
        } catch (SakipException e) { // data the loader let through and the reviu cannot use: a data error
            spec.commandLine().getErr().println("sakip reviu: reviu berhenti / the reviu stopped: " + e.getMessage());
            return Sakip.DITOLAK;
        }
        html.tulis(data.get(), hasil);
        return hasil.getTemuan().isEmpty() ? Sakip.status(rejections) : Sakip.DITOLAK;
    }
}
