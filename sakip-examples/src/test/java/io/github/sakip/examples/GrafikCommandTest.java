package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.grafik.Grafik;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrafikCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEachChartAsPngAndSvgNamedAfterItsTable() throws IOException {
        Path laporan = dir.resolve("klojen.lkjip");
        try (InputStream in = DataLkjipLoader.class.getResourceAsStream(DataLkjipLoader.KLOJEN_2021)) {
            Files.copy(in, laporan);
        }
        Path keluar = dir.resolve("grafik");
        Jalankan r = Jalankan.sakip("grafik", laporan.toString(), "--keluar", keluar.toString());
        assertThat(r.status()).isZero();
        try (Stream<Path> files = Files.list(keluar)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "tabel-3.1-capaian-kinerja.png", "tabel-3.1-capaian-kinerja.svg",
                    "tabel-3.2-realisasi-indeks-kepuasan-layanan-prasarana-sarana.png",
                    "tabel-3.2-realisasi-indeks-kepuasan-layanan-prasarana-sarana.svg",
                    "tabel-3.2-realisasi-indeks-pembangunan-masyarakat-ipmas-keca.png",
                    "tabel-3.2-realisasi-indeks-pembangunan-masyarakat-ipmas-keca.svg",
                    "tabel-3.2-realisasi-nilai-sakip-opd.png", "tabel-3.2-realisasi-nilai-sakip-opd.svg",
                    "tabel-3.4-penyerapan-capaian.png", "tabel-3.4-penyerapan-capaian.svg");
        }
        BufferedImage png = ImageIO.read(keluar.resolve("tabel-3.1-capaian-kinerja.png").toFile());
        assertThat(png.getWidth()).isEqualTo(Grafik.LEBAR * Grafik.SKALA_PNG);
        assertThat(png.getHeight()).isEqualTo(Grafik.TINGGI * Grafik.SKALA_PNG);
        String svg = Files.readString(keluar.resolve("tabel-3.2-realisasi-nilai-sakip-opd.svg"));
        assertThat(svg).contains("<svg", "Target Renstra 2023: 80,02", "75,74", "76,26")
                .doesNotContain("http://www.w3.org/1999/xlink\" xlink:href=\"http");
        assertThat(Files.readString(keluar.resolve("tabel-3.1-capaian-kinerja.svg")))
                .contains("140,58", "100 %", "Sangat tercapai/ Sangat berhasil");
    }

    @Test
    void anOutputDirectoryThatCannotBeMadeEndsWithStatus3() throws IOException {
        Path laporan = dir.resolve("klojen.lkjip");
        try (InputStream in = DataLkjipLoader.class.getResourceAsStream(DataLkjipLoader.KLOJEN_2021)) {
            Files.copy(in, laporan);
        }
        Jalankan r = Jalankan.sakip("grafik", laporan.toString(), "--keluar", laporan.resolve("grafik").toString());
        assertThat(r.status()).isEqualTo(Sakip.TIDAK_TERTULIS);
        assertThat(r.err()).contains("cannot write the output");
    }

    @Test
    void aMissingReportIsAUsageError() {
        Jalankan r = Jalankan.sakip("grafik", dir.resolve("tidak-ada.lkjip").toString(), "--keluar", dir.toString());
        assertThat(r.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(r.err()).contains("Berkas tidak ada");
    }
}
