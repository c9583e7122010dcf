package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.examples.lkjip.LaporanReviu;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reader never throws, whatever it is given: broken copies of a real report (lines lost,
 * repeated, moved; cells emptied, split, replaced by odd numbers and words), random tables under
 * real headers, random bytes, huge files, documents that are no report, as text and as Word
 * files. Each ends in a coverage list and a data file that the loader takes without rejecting a
 * row the reader wrote, and a reviu (possibly empty) that runs.
 */
class PembacaLaporanPropertiesTest {

    private static final String KLOJEN = new String(Laporan.resource(Laporan.KLOJEN_2021), StandardCharsets.UTF_8);
    private static final List<String> BARIS = KLOJEN.lines().toList();

    /** Cells that break a reader: odd numbers, notations, words, markup, huge and tiny values. */
    private static final String[] SEL = {"", " ", "-", "NA", "0", "0,00", "100", "-5", "1E+1000000000", "93.6",
        "1,004,422,800", "80,01%", "Rp 1.000", "Rp. 40.353.401.000,00", "(>100%)", "1/0", "99999999999999999999999",
        "0,0000000000000000000001", "<b>12</b>", "&amp;", "Target 2021", "Realisasi", "Capaian (%)", "Pagu (Rp)",
        "Sasaran", "Indikator Kinerja", "Program", "%", "Rata-rata", "Total", "Kegiatan", "2021", "2019", "\u00a0",
        "٣٤", "x".repeat(5000), "Tabel 3.1", "# judul", "\"", ";", "[dicetak]", "delapan puluh"};
    private static final String[] KEPALA = {"Sasaran Strategis", "Indikator Kinerja", "Target 2021", "Realisasi 2021",
        "Capaian 2021", "Data Awal", "Realisasi Kinerja", "Capaian Kinerja", "Pagu (Rp)", "Realisasi (Rp)", "%",
        "Efisiensi", "Program", "Uraian", "Anggaran", "Kinerja", "No.", "Keterangan", "Sub Kegiatan"};
    private static final String[] KALIMAT = {"dengan target 86,80 dan pada tahun 2021 terealisasi 80,98.",
        "capaian kinerjanya sebesar 140,59%.", "terjadi penurunan sebesar 2,02 dari tahun 2020;",
        "dari 3 (tiga) sasaran strategisnya hanya 1 (satu) yang berhasil.", "Rp. 1.000 dari total belanja Rp. 0,00",
        "yang hanya bernilai 76,57 (tujuh puluh enam koma dua puluh enam)", "realisasi belanja sebesar 0%",
        "Indeks Kepuasan Layanan Prasarana Sarana Publik naik sebesar 1E+5", "Nilai SAKIP OPD 80,01 (delapan)"};

    @Test
    void brokenCopiesOfARealReportAsText() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> berakhirDenganReviu("rusak.txt",
                rusak(new Random(seed)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void brokenCopiesOfARealReportAsWordFiles() {
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> berakhirDenganReviu("rusak.docx",
                DocxLaporan.tulis(dokumen(rusak(new Random(seed))))));
    }

    @Test
    void randomTablesUnderReportHeaders() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 12)).checkAssert((seed, lebar) -> {
            Random r = new Random(seed);
            StringBuilder teks = new StringBuilder("Laporan Kinerja Tahun 2021\n\n");
            for (int t = 0; t < 1 + r.nextInt(3); t++) {
                teks.append("Tabel 3.").append(t).append("\nJudul tabel\n\n");
                teks.append(baris(r, lebar, KEPALA)).append('\n');
                if (r.nextBoolean()) {
                    teks.append(baris(r, lebar, new String[] {"", "2019", "2020", "2021", "Target", "Realisasi"}))
                            .append('\n');
                }
                for (int b = 0; b < r.nextInt(8); b++) {
                    teks.append(baris(r, lebar, SEL)).append('\n');
                }
                teks.append('\n').append(KALIMAT[r.nextInt(KALIMAT.length)]).append('\n');
            }
            berakhirDenganReviu("acak.md", teks.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void randomBytesAsTextAndAsWordFile() {
        qt().withExamples(30).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            byte[] acak = new byte[r.nextInt(4000)];
            r.nextBytes(acak);
            berakhirDenganReviu("acak.txt", acak);
            berakhirDenganReviu("acak.docx", acak);
        });
    }

    @Test
    void documentsThatAreNoReport() {
        berakhirDenganReviu("kosong.txt", new byte[0]);
        berakhirDenganReviu("kosong.docx", DocxLaporan.tulis(new Dokumen(List.of())));
        berakhirDenganReviu("surat.md", ("# Undangan\n\nDengan hormat, kami mengundang Bapak/Ibu pada tahun 2022 "
                + "hari Senin 3 Januari pukul 09.00.\n\nNo\tNama\tJabatan\n1\tBudi\tCamat\n").getBytes(
                        StandardCharsets.UTF_8));
        berakhirDenganReviu("tabel.txt", "\t\t\t\n\t\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hugeFilesAreReadInBoundedTime() {
        String besar = KLOJEN.repeat(10) + ("Tabel 9.9\nJudul\n" + "Sasaran\tIndikator\tTarget 2021\n"
                + "a\tb\t1,5\n".repeat(20_000)) + "satu baris panjang ".repeat(300_000);
        assertThat(besar.length()).isGreaterThan(5_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> berakhirDenganReviu("besar.txt",
                besar.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads, loads and reviews; asserts the coverage, that no written row is rejected, and no exception. */
    private static void berakhirDenganReviu(String nama, byte[] isi) {
        HasilBaca hasil = Laporan.baca(nama, isi);
        assertThat(hasil.getTerbaca().size() + hasil.getDilewati().size()).isPositive();
        if (hasil.getLkjip().isEmpty()) {
            assertThat(hasil.getDilewati()).isNotEmpty();
            return;
        }
        StringWriter err = new StringWriter();
        Optional<DataLkjip> data = DataLkjipLoader.load(new ByteArrayInputStream(hasil.getLkjip().getBytes(
                StandardCharsets.UTF_8)), new Rejections(new PrintWriter(err, true)));
        // the only rejection allowed: what was read does not make a report (no Perjanjian Kinerja)
        assertThat(err.toString().lines().filter(l -> !l.contains("the data do not make a report")))
                .as(nama).isEmpty();
        data.ifPresent(d -> {
            HasilReviu reviu = LaporanReviu.print(d, new PrintWriter(new StringWriter()));
            assertThat(reviu.getJumlahDiperiksa()).isNotNegative();
        });
    }

    /** A copy of the Klojen text with lines lost, repeated and moved, and cells broken. */
    private static String rusak(Random r) {
        List<String> baris = new ArrayList<>(BARIS);
        for (int i = 0; i < 1 + r.nextInt(30); i++) {
            int p = r.nextInt(baris.size());
            switch (r.nextInt(5)) {
                case 0 -> baris.remove(p);
                case 1 -> baris.add(r.nextInt(baris.size()), baris.get(p));
                case 2 -> baris.set(p, pecah(r, baris.get(p)));
                case 3 -> baris.set(p, baris.get(p).replaceAll("\\d", String.valueOf(r.nextInt(10))));
                default -> baris.add(p, KALIMAT[r.nextInt(KALIMAT.length)]);
            }
        }
        return String.join("\n", baris);
    }

    /** A line whose cells are emptied, replaced or split. */
    private static String pecah(Random r, String baris) {
        List<String> sel = new ArrayList<>(Arrays.asList(baris.split("\t", -1)));
        int i = r.nextInt(sel.size());
        switch (r.nextInt(3)) {
            case 0 -> sel.set(i, "");
            case 1 -> sel.set(i, SEL[r.nextInt(SEL.length)]);
            default -> sel.add(i, SEL[r.nextInt(SEL.length)]);
        }
        return String.join("\t", sel);
    }

    private static String baris(Random r, int lebar, String[] pilihan) {
        return java.util.stream.IntStream.range(0, 1 + r.nextInt(lebar))
                .mapToObj(i -> pilihan[r.nextInt(pilihan.length)]).collect(Collectors.joining("\t"));
    }

    private static Dokumen dokumen(String teks) {
        try {
            return new SumberTeks().baca(new ByteArrayInputStream(teks.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
