package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.baca.Dokumen.TabelDokumen;
import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabelTerbacaTest {

    private static final Tahun TAHUN = Tahun.of(2021);

    @Test
    void aTwoRowHeaderWhoseUpperCellsSpanTheYears() {
        // Klojen Tabel 3.2, cut to two years
        TabelDokumen t = new TabelDokumen("Tabel 3.2", "", List.of(
                List.of("Sasaran Strategis", "Indikator Kinerja", "Data Awal", "Realisasi Kinerja", "", "Capaian Kinerja", ""),
                List.of("", "", "2018", "2019", "2020", "2019", "2020"),
                List.of("Meningkatnya kinerja pelayanan", "Nilai SAKIP OPD", "75,74", "76,26", "76,57", "100,7%", "-")));
        Cakupan cakupan = new Cakupan();
        List<AngkaTerbaca> angka = TabelTerbaca.baca(t, "Tabel 3.2", TAHUN, cakupan);
        assertThat(angka).extracting(a -> a.jenis() + " " + a.tahun() + " " + a.dicetak() + " " + a.lokasi().getKolom())
                .containsExactly("REALISASI 2018 75,74 Data Awal 2018", "REALISASI 2019 76,26 Realisasi Kinerja 2019",
                        "REALISASI 2020 76,57 Realisasi Kinerja 2020", "CAPAIAN 2019 100,7% Capaian Kinerja 2019");
        assertThat(angka).allMatch(a -> a.subjek().indikator().equals("Nilai SAKIP OPD")
                && a.subjek().sasaran().equals("Meningkatnya kinerja pelayanan"));
        assertThat(cakupan.getTerbaca()).singleElement().asString().startsWith("Tabel 3.2: 1 baris, 4 angka");
    }

    @Test
    void blankNameCellsTakeTheNameAboveAndColumnsAfterTheProgramAreTheProgramsOwn() {
        // Klojen Tabel 3.4 (Keberhasilan/Kegagalan), its column-number row and a merged sasaran
        TabelDokumen t = new TabelDokumen("Tabel 3.4", "", List.of(
                List.of("Sasaran Strategis", "Indikator Kinerja", "Capaian (%)", "Program", "Indikator Kinerja", "Target",
                        "Realisasi", "Capaian (%)", "Rencana tindak lanjut"),
                List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"),
                List.of("Meningkatnya Pemberdayaan", "IPMas", "93,29", "Program Koordinasi", "Rasio Linmas per RT",
                        "0,65", "0,87", "133,7", "Akan dilakukan sosialisasi"),
                List.of("", "", "", "", "Persentase gangguan", "94", "100", "106,38", "Senantiasa")));
        List<AngkaTerbaca> angka = TabelTerbaca.baca(t, "Tabel 3.4", TAHUN, new Cakupan());
        assertThat(angka).extracting(a -> a.jenis().name() + " " + a.dicetak() + " " + a.subjek().program() + " / "
                + a.subjek().indikatorProgram() + a.subjek().indikator()).containsExactly(
                "CAPAIAN 93,29  / IPMas",
                "TARGET_PROGRAM 0,65 Program Koordinasi / Rasio Linmas per RT",
                "REALISASI_PROGRAM 0,87 Program Koordinasi / Rasio Linmas per RT",
                "CAPAIAN_PROGRAM 133,7 Program Koordinasi / Rasio Linmas per RT",
                "TARGET_PROGRAM 94 Program Koordinasi / Persentase gangguan",
                "REALISASI_PROGRAM 100 Program Koordinasi / Persentase gangguan",
                "CAPAIAN_PROGRAM 106,38 Program Koordinasi / Persentase gangguan");
        assertThat(angka).allMatch(a -> a.subjek().sasaran().equals("Meningkatnya Pemberdayaan"));
    }

    @Test
    void aBareePercentIsTheEfficiencyBesideACapaianAndAPenyerapanAndTheMeanRowIsRead() {
        TabelDokumen t = new TabelDokumen("Tabel 3.4", "", List.of(
                List.of("Sasaran", "Indikator Kinerja", "Kinerja", "", "", "Anggaran", "", "", "%"),
                List.of("", "", "Target", "Realisasi", "Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)", ""),
                List.of("S", "I", "80,01", "87,80", "109,74", "24.078.234.555", "21.547.462.883", "89,49", "122,56"),
                List.of("Rata-rata capaian", "", "", "", "109,74", "", "", "", "")));
        List<AngkaTerbaca> angka = TabelTerbaca.baca(t, "Tabel 3.4", TAHUN, new Cakupan());
        assertThat(angka).extracting(AngkaTerbaca::jenis).containsExactly(JenisBesaran.TARGET, JenisBesaran.REALISASI,
                JenisBesaran.CAPAIAN, JenisBesaran.PAGU_SASARAN, JenisBesaran.REALISASI_ANGGARAN_SASARAN,
                JenisBesaran.PENYERAPAN_SASARAN, JenisBesaran.EFISIENSI, JenisBesaran.RATA_RATA_CAPAIAN);
        // every figure of a budget-per-sasaran row stands in the sasaran's row, as the reviu compares them
        assertThat(angka.subList(0, 7)).allMatch(a -> a.lokasi().getBaris().equals("S"));
    }

    @Test
    void aTableWithoutNameColumnsIsSkippedWithItsHeader() {
        TabelDokumen t = new TabelDokumen("Tabel 2.5", "Standar Penilaian Kinerja", List.of(
                List.of("Nilai %", "Pencapaian"), List.of("110 Keatas", "Sangat berhasil")));
        Cakupan cakupan = new Cakupan();
        assertThat(TabelTerbaca.baca(t, "Tabel 2.5", TAHUN, cakupan)).isEmpty();
        assertThat(cakupan.getDilewati()).singleElement().asString().startsWith("Tabel 2.5 (Standar Penilaian "
                + "Kinerja): bukan tabel kinerja atau anggaran").endsWith("(kepala: Nilai % | Pencapaian)");
    }
}
