package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlOptionTest {

    @TempDir
    Path dir;

    @Test
    void theExampleAlsoWritesItsReviuAsOneSelfContainedPage() throws IOException {
        Path html = dir.resolve("klojen.html");
        Jalankan r = Jalankan.sakip("contoh", "klojen-2021", "--html", html.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(Jalankan.sakip("contoh", "klojen-2021").out());
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Kecamatan Klojen Kota Malang", "122,56", "122,63")
                .contains("default-src 'none'").doesNotContain("<script", "<link", "@import")
                .doesNotContainPattern("url\\((?!#)");
        assertThat(page.split("<svg", -1)).hasSize(6);
        assertThat(page.split("data-temuan=", -1)).hasSize(26);
    }

    @Test
    void aPageThatCannotBeWrittenIsAnError() {
        Jalankan r = Jalankan.sakip("contoh", "klojen-2021", "--html", dir.resolve("tidak/ada/klojen.html").toString());
        assertThat(r.status()).isEqualTo(Sakip.TIDAK_TERTULIS);
        assertThat(r.err()).contains("cannot write the output", "klojen.html");
    }
}
