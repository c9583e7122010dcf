package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real shaded {@code target/sakip.jar} in a separate JVM, as the README does. Bound to
 * the integration-test phase of {@code mvn verify} (after package), so the jar is the one just
 * built; the other tests run the same commands in-process.
 */
class SakipJarTest {

    @TempDir
    Path dir;

    private record Hasil(int status, String out, String err) {
    }

    private Hasil java(String heap, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("sakip.jar", "target/sakip.jar");
        assertThat(Path.of(jar)).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-jar", jar));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Hasil(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void readmeMainJob() throws Exception {
        Hasil h = java("64m", "contoh", "klojen-2021");
        assertThat(h.status()).isZero();
        assertThat(h.err()).isEmpty();
        assertThat(h.out()).contains("### Tabel 3.1", "### Temuan reviu (27 temuan dari 228 angka diperiksa)",
                "122,56", "122,63");
    }

    @Test
    void streamsManyRowsInASmallHeapAndSkipsATenMegabyteLine() throws Exception {
        Path f = dir.resolve("besar.csv");
        int rows = 200_000;
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("\uFEFFindikator;polaritas;target;realisasi\n");
            for (int i = 0; i < rows; i++) {
                w.write(i == 100 ? "x".repeat(10 * 1024 * 1024) + "\n" : "Indikator " + i + ";POSITIF;80,01;87,80\n");
            }
        }
        Hasil h = java("32m", "capaian", f.toString());
        assertThat(h.status()).isEqualTo(Sakip.DITOLAK);
        assertThat(h.err().lines()).containsExactly("baris 102: line longer than 1048576 characters, skipped");
        assertThat(h.out().lines().count()).isEqualTo(rows);
        assertThat(h.out().lines().skip(1).findFirst()).contains(
                "Indikator 0;POSITIF;80,01;87,80;109,74;Tercapai/ Berhasil;ya");
    }

    @Test
    void usageErrorExitsOne() throws Exception {
        Hasil h = java("64m", "capaian");
        assertThat(h.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(h.err()).contains("Usage: sakip capaian");
    }
}
