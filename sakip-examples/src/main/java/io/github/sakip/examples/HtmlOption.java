package io.github.sakip.examples;

import io.github.sakip.examples.halaman.HalamanHtml;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import java.io.IOException;
import java.nio.file.Path;
import javax.annotation.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --html [FILE]} option of the commands that review a report (a picocli mixin): the
 * reviu also written as a self-contained page ({@link HalamanHtml}). A page that cannot be written
 * ends the run with {@link Sakip#TIDAK_TERTULIS}.
 */
final class HtmlOption {

    @Nullable
    @Option(names = "--html", arity = "0..1", paramLabel = "FILE", fallbackValue = "hasil-reviu.html", description = {
        "Tulis juga kertas kerja reviu sebagai satu berkas HTML mandiri (bawaan: ${FALLBACK-VALUE}).",
        "Also write the reviu as one self-contained HTML page (default: ${FALLBACK-VALUE})."})
    private Path html;

    void tulis(DataLkjip data, HasilReviu hasil) {
        if (html != null) {
            try {
                HalamanHtml.tulis(data, hasil, html);
            } catch (IOException e) {
                throw new KeluaranGagal(new IOException(html + ": " + e.getMessage(), e));
            }
        }
    }
}
