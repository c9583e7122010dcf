package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.ReviuLkjip;
import io.github.sakip.reviu.Temuan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Reads test reports and reviews what was read, as {@code sakip reviu laporan.txt} does. */
final class Laporan {

    /** The Klojen LKjIP 2021 as text: the report itself, headings, paragraphs and TAB-separated tables. */
    static final String KLOJEN_2021 = "lkjip-klojen-2021.md";

    private Laporan() {
    }

    static byte[] resource(String nama) {
        try (InputStream in = Laporan.class.getResourceAsStream(nama)) {
            assertThat(in).as(nama).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HasilBaca baca(String nama, byte[] isi) {
        return PembacaLaporan.baca(nama, new ByteArrayInputStream(isi));
    }

    /** The data of what was read; the loader must reject none of the rows the reader wrote. */
    static DataLkjip data(HasilBaca hasil) {
        StringWriter err = new StringWriter();
        Optional<DataLkjip> data = DataLkjipLoader.load(new ByteArrayInputStream(hasil.getLkjip().getBytes(
                StandardCharsets.UTF_8)), new Rejections(new PrintWriter(err, true)));
        assertThat(err.toString()).as("rows the loader rejected").isEmpty();
        return data.orElseThrow();
    }

    static HasilReviu reviu(HasilBaca hasil) {
        return ReviuLkjip.standar().periksa(data(hasil));
    }

    /** The findings of a kind as "printed -> computed" in the report's own notation. */
    static List<String> temuan(HasilReviu hasil, JenisTemuan jenis) {
        return hasil.getTemuan(jenis).stream().map(Laporan::angka).toList();
    }

    static String angka(Temuan t) {
        return id(t.getDicetak()) + " -> " + id(t.getDihitung());
    }

    private static String id(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }
}
