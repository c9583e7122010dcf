package io.github.sakip.examples.halaman;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.sakip.examples.grafik.GrafikLkjip;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reviu of a report as one self-contained HTML page, the reviewer's working paper (kertas
 * kerja reviu): the template {@code reviu.mustache} (Mustache, which escapes every value) filled
 * with {@link HalamanReviu}, the charts of {@link GrafikLkjip} inline as SVG, the style inline;
 * no script, no font, no request to the network (the page's Content-Security-Policy forbids any).
 */
public final class HalamanHtml {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("io/github/sakip/examples/halaman")
            .compile("reviu.mustache");

    private HalamanHtml() {
    }

    /**
     * Writes the page.
     *
     * @param data the report's data
     * @param hasil the result of its reviu by {@code ReviuLkjip.standar()}
     * @param out where to; flushed, not closed
     * @throws IOException when the page cannot be written
     */
    public static void tulis(DataLkjip data, HasilReviu hasil, Writer out) throws IOException {
        TEMPLATE.execute(out, SusunHalaman.susun(data, hasil, GrafikLkjip.of(data))).flush();
    }

    /**
     * Writes the page to a file, UTF-8.
     *
     * @param data the report's data
     * @param hasil the result of its reviu by {@code ReviuLkjip.standar()}
     * @param file the file, replaced when it exists
     * @throws IOException when the file cannot be written
     */
    public static void tulis(DataLkjip data, HasilReviu hasil, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            tulis(data, hasil, out);
        }
    }
}
