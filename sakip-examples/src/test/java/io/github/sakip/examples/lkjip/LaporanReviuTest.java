package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.format.AngkaFormat;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.Temuan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The findings of the reviu of the Klojen LKjIP 2021, one by one: kind, where, printed and
 * computed (at the printed scale).
 */
class LaporanReviuTest {

    private static final String PEMERATAAN = "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara "
            + "Terpadu";
    private static final String IKLPSP = "Indeks Kepuasan Layanan Prasarana Sarana Publik";
    private static final String SARPRAS = "Prosentase pelaksanaan peningkatan sarana dan prasarana kewilayahan";
    private static final String USULAN = "Prosentase usulan masyarakat untuk sarana prasarana di wilayah yang diakomodir";
    private static final String FORKOPIMCAM = "Cakupan penyelenggaraan urusan pemerintahan umum yang dikoordinasikan "
            + "melalui Forkopimcam";

    private static final StringWriter OUT = new StringWriter();
    private static final HasilReviu HASIL = LaporanReviu.print(Klojen.DATA, new PrintWriter(OUT, true));

    private static String row(Temuan t) {
        return String.join(" | ", t.getJenis() + t.getPembulatanDicetak().map(m -> " " + m).orElse(""),
                t.getLokasi().getTabel(), t.getLokasi().getBaris(), t.getLokasi().getKolom(),
                AngkaFormat.INDONESIA.format(t.getDicetak()), AngkaFormat.INDONESIA.format(t.getDihitung()));
    }

    @Test
    void everyFindingOfTheKlojenReport() {
        assertThat(HASIL.getTemuan()).extracting(LaporanReviuTest::row).containsExactly(
                "PEMBULATAN DOWN | Tabel 3.1 | " + IKLPSP + " | Capaian 2021 | 140,57 | 140,58",
                "PEMBULATAN DOWN | Tabel 3.1 | Rata-rata capaian | Capaian 2021 | 114,53 | 114,54",
                "PEMBULATAN DOWN | Bab III.A.1 | Rata-rata capaian | teks | 114,53 | 114,54",
                "KESALAHAN | Tabel 3.2 | " + IKLPSP + " | Capaian Kinerja 2020 | 106,33 | 106,35",
                "PEMBULATAN DOWN | Tabel 3.4 (efisiensi) | " + PEMERATAAN + " | 5 Capaian (%) | 140,57 | 140,58",
                "TIDAK_KONSISTEN | Tabel 3.4 (efisiensi) | " + PEMERATAAN + " | 7 Realisasi (Rp) | 15.411.491.203 | "
                        + "15.411.591.203,00",
                "KESALAHAN | Tabel 3.4 (efisiensi) | Meningkatnya kinerja pelayanan perangkat daerah | 9 % | 122,56 | "
                        + "122,63",
                "PEMBULATAN DOWN | Bab III.A.5 | Meningkatnya pemerataan infrastruktur dan sarpras kota secara terpadu"
                        + " | teks | 140,57 | 140,58",
                "PEMBULATAN DOWN | Tabel 3.4 (keberhasilan) | " + PEMERATAAN + " | 3 Capaian (%) | 140,57 | 140,58",
                "KESALAHAN | Tabel 3.4 (keberhasilan) | Rasio Linmas per RT | 8 Capaian (%) | 133,7 | 133,85",
                "KESALAHAN | Tabel 3.4 (keberhasilan) | " + SARPRAS + " | 8 Capaian (%) | 138,96 | 138,98",
                "PEMBULATAN DOWN | Tabel 3.4 (keberhasilan) | " + USULAN + " | 8 Capaian (%) | 173,69 | 173,70",
                "PEMBULATAN DOWN | Tabel 3.4 (keberhasilan) | " + FORKOPIMCAM + " | 8 Capaian (%) | 108,69 | 108,70",
                "KESALAHAN | Bab III.A.6 | Rasio Linmas per RT | teks | 133,7 | 133,85",
                "TIDAK_KONSISTEN | Bab III.A.6 | " + IKLPSP + " | teks | 62,59 | 3,13",
                "TIDAK_KONSISTEN | Bab III.A.6 | " + IKLPSP + " | teks | 88 | 4,40",
                "KESALAHAN | Bab III.A.6 | " + IKLPSP + " | teks | 140,59 | 140,58",
                "KESALAHAN | Bab III.A.6 | " + SARPRAS + " | teks | 138,96 | 138,98",
                "PEMBULATAN DOWN | Bab III.A.6 | " + USULAN + " | teks | 173,69 | 173,70",
                "TIDAK_KONSISTEN | Bab IV.A | " + IKLPSP + " | teks | 62,57 | 3,13",
                "TIDAK_KONSISTEN | Bab IV.A | " + IKLPSP + " | teks | 80,40 | 4,40",
                "KESALAHAN | Bab IV.A | " + IKLPSP + " | teks | 128,50 | 140,58",
                "PERNYATAAN | Ikhtisar Eksekutif | Capaian kinerja sasaran | teks | 1 | 2",
                "TIDAK_KONSISTEN | Bab III.A.4 | Nilai SAKIP OPD | teks | 76,57 | 76,26",
                // 9 figures only DOWN gives (140,57, 114,53, ...), 14 only HALF_UP gives (109,74, 94,42, ...)
                "VARIAN_CAMPURAN | Laporan | seluruh laporan | pembulatan | 9 | 14");
        assertThat(HASIL.getCatatan()).isEmpty();
        assertThat(HASIL.getJumlahDiperiksa()).isEqualTo(228);
    }

    @Test
    void notesShowTheWorkingAndTheDecidingFigures() {
        List<Temuan> t = HASIL.getTemuan();
        // Linmas: one finding for the printed 133,7, naming 133,85 from the printed ratio and 133,23 from
        // 588 Linmas / 679 RT
        assertThat(t.get(9).getKeterangan()).isEqualTo("0,87 / 0,65 x 100 = 133,85; "
                + "dari rincian 588 / 679 x 1: 588 / 441,35 x 100 = 133,23");
        // the total 37.354.300.278 decides for 15.411.591.203
        assertThat(t.get(5).getKeterangan()).contains("Tabel 3.4 (realisasi anggaran)",
                "sesuai dengan 15.411.591.203,00 (dengan 15.411.491.203 total menjadi 37.354.200.278,00)");
        // 114,53 is the mean of the printed capaian
        assertThat(t.get(1).getKeterangan()).endsWith("(109,74 + 93,29 + 140,57) / 3 = 114,53");
        // Bab IV's 128,50 is right for its own wrong inputs
        assertThat(t.get(21).getKeterangan()).contains("80,40 / 62,57 x 100 = 128,50");
        assertThat(t.get(23).getKeterangan()).contains("berarti 76,26");
    }

    @Test
    void countsPerKind() {
        assertThat(HASIL.getTemuan(JenisTemuan.PEMBULATAN)).hasSize(9);
        assertThat(HASIL.getTemuan(JenisTemuan.KESALAHAN)).hasSize(8);
        assertThat(HASIL.getTemuan(JenisTemuan.TIDAK_KONSISTEN)).hasSize(6);
        assertThat(HASIL.getTemuan(JenisTemuan.PERNYATAAN)).hasSize(1);
        assertThat(HASIL.getTemuan(JenisTemuan.VARIAN_CAMPURAN)).hasSize(1);
        assertThat(HASIL.getKebijakanDikenali()).isEmpty();
    }

    @Test
    void printsTablesThenFindings() {
        String text = OUT.toString();
        assertThat(text).startsWith("## LKjIP Kecamatan Klojen Kota Malang 2021");
        assertThat(text.indexOf("### Realisasi Anggaran")).isLessThan(text.indexOf("### Temuan reviu"));
        assertThat(text).contains("### Temuan reviu (25 temuan dari 228 angka diperiksa)",
                "| 7   | KESALAHAN         | Tabel 3.4 (efisiensi)", "- PERNYATAAN: 1");
    }
}
