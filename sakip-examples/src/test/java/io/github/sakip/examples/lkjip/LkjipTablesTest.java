package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.anggaran.TingkatPos;
import io.github.sakip.predikat.Skala;
import io.github.sakip.reviu.BarisAnggaranDicetak;
import io.github.sakip.reviu.KebijakanLaporan;
import io.github.sakip.reviu.PerhitunganLkjip;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Klojen LKjIP 2021 tables, recomputed beside the printed figures, cell by cell. Each row's
 * comment names what the report prints and what the data give where they differ.
 */
class LkjipTablesTest {

    private static final LkjipTables TABLES = new LkjipTables(PerhitunganLkjip.of(Klojen.DATA));
    private static final String PEMERATAAN = "Meningkatnya Pemerataan Pembangunan Infrastruktur dan Sarpras Kota secara "
            + "Terpadu";
    private static final String IPMAS = "Indeks Pembangunan Masyarakat (IPMas) Kecamatan";
    private static final String IKLPSP = "Indeks Kepuasan Layanan Prasarana Sarana Publik";

    @Test
    void tabel31TargetRealisasiCapaian() {
        assertThat(TABLES.tabel31().rows()).containsExactly(
                List.of("Meningkatnya kinerja pelayanan perangkat daerah", "Nilai SAKIP OPD", "80,01", "87,80", "109,74",
                        "109,74", "Tercapai/ Berhasil"),
                List.of("Meningkatnya Pemberdayaan Masyarakat dan Komunitas", IPMAS, "86,80", "80,98", "93,29", "93,29",
                        "Tercapai/ Berhasil"),
                // printed 140,57 (truncated), HALF_UP 140,58
                List.of(PEMERATAAN, IKLPSP, "3,13", "4,40", "140,57", "140,58", "Sangat tercapai/ Sangat berhasil"),
                // printed 114,53 = mean of the printed figures; the exact mean is 114,5354...
                List.of("Rata-rata capaian", "", "", "", "114,53", "114,54", ""));
    }

    @Test
    void tabel31RatesOnTheReportsOwnScaleWhenItDeclaresOne() {
        Skala skala = Skala.builder("Skala Contoh", "Rendah").dari(new BigDecimal("100"), "Tinggi").build();
        LkjipTables tables = new LkjipTables(PerhitunganLkjip.of(Klojen.DATA.withKebijakan(
                KebijakanLaporan.standar().withSkala(skala))));
        assertThat(tables.tabel31().rows()).extracting(r -> r.get(6)).containsExactly("Tinggi", "Rendah", "Tinggi", "");
        StringWriter out = new StringWriter();
        tables.print(new PrintWriter(out, true));
        assertThat(out.toString()).contains("Predikat (skala laporan)").doesNotContain("Predikat (Tabel 2.5)");
    }

    @Test
    void budgetRowsKeepTheirBlankCells() {
        LkjipTables tables = new LkjipTables(PerhitunganLkjip.of(Klojen.DATA.withAnggaranDicetak(List.of(
                BarisAnggaranDicetak.of("Tabel 19", "Program", TingkatPos.PROGRAM, null, null, new BigDecimal("88.6")),
                BarisAnggaranDicetak.of("Tabel 19", "Sub kegiatan", TingkatPos.SUB_KEGIATAN, new BigDecimal("749930215"),
                        new BigDecimal("702188300"), new BigDecimal("93.6"))))));
        assertThat(tables.tabelAnggaranRinci().rows()).containsExactly(
                List.of("Tabel 19", "PROGRAM", "Program", "", "", "88,6", ""),
                // 702.188.300 / 749.930.215 = 93,63
                List.of("Tabel 19", "SUB_KEGIATAN", "Sub kegiatan", "749.930.215", "702.188.300", "93,6", "93,63"));
    }

    @Test
    void tabel32AgainstTheYearBefore() {
        assertThat(TABLES.tabel32().rows()).containsExactly(
                List.of("Nilai SAKIP OPD", "2018", "75,74", "", "", ""),
                List.of("Nilai SAKIP OPD", "2019", "76,26", "100,7", "100,69", "0,52"),
                List.of("Nilai SAKIP OPD", "2020", "76,57", "100,4", "100,41", "0,31"),
                // Bab III.A.2: "kenaikan sebesar 11,23"
                List.of("Nilai SAKIP OPD", "2021", "87,80", "114,67", "114,67", "11,23"),
                List.of(IPMAS, "2019", "67,8", "", "", ""),
                List.of(IPMAS, "2020", "83,00", "122,42", "122,42", "15,20"),
                List.of(IPMAS, "2021", "80,98", "97,57", "97,57", "-2,02"),
                List.of(IKLPSP, "2019", "3,78", "", "", ""),
                // printed 106,33; 4,02 / 3,78 x 100 = 106,35
                List.of(IKLPSP, "2020", "4,02", "106,33", "106,35", "0,24"),
                List.of(IKLPSP, "2021", "4,40", "109,45", "109,45", "0,38"));
    }

    @Test
    void tabel33AgainstTheRenstrasEndTarget() {
        assertThat(TABLES.tabel33().rows()).containsExactly(
                List.of("Indek Kepuasan Masyarakat (IKM) Perangkat Daerah", "80,40", "", "", "", "", ""),
                List.of("Nilai SAKIP OPD", "80,02", "75,74", "76,26", "76,57", "87,80", "109,72"),
                List.of(IPMAS, "90,00", "", "67,8", "83,00", "80,98", "89,98"),
                List.of(IKLPSP, "3,13", "", "3,78", "4,02", "4,40", "140,58"));
    }

    @Test
    void tabel34Efficiency() {
        assertThat(TABLES.tabel34Efisiensi().rows()).containsExactly(
                // printed 122,56; 109,74 / 89,49 x 100 = 122,63
                List.of("Meningkatnya kinerja pelayanan perangkat daerah", "109,74", "109,74", "24.078.234.555",
                        "21.547.462.883", "21.547.462.883", "89,49", "89,49", "122,56", "122,63"),
                List.of("Meningkatnya Pemberdayaan Masyarakat dan Komunitas", "93,29", "93,29", "418.601.325",
                        "395.246.192", "395.246.192", "94,42", "94,42", "98,80", "98,80"),
                // printed 15.411.491.203, the budget table and the total 15.411.591.203; 140,57 / 97,19 = 144,63
                // from the printed capaian, 140,58 / 97,19 = 144,64 from the data
                List.of(PEMERATAAN, "140,57", "140,58", "15.856.565.120", "15.411.491.203", "15.411.591.203", "97,19",
                        "97,19", "144,63", "144,64"));
    }

    @Test
    void tabel34ProgramsWithTheirCounts() {
        assertThat(TABLES.tabel34Program().rows()).containsExactly(
                // printed 133,7; 0,87 / 0,65 = 133,85; 588 / 679 / 0,65 = 133,23
                List.of("Program Koordinasi Ketentraman Dan Ketertiban Umum", "Rasio Linmas per RT (--> mendukung "
                        + "indeks rasa aman--> data kota 0,5---> target kota 2023 --> rasio 1)", "0,65", "0,87", "133,7",
                        "133,85", "588 / 679 x 1", "133,23"),
                List.of("Program Koordinasi Ketentraman Dan Ketertiban Umum", "Persentase gangguan ketentraman dan "
                        + "ketertiban umum yang dapat diselesaikan", "94", "100", "106,38", "106,38", "", ""),
                List.of("Program Pemberdayaan Masyarakat Desa Dan Kelurahan", "Prosentase pelaksanaan peningkatan "
                        + "sarana dan prasarana kewilayahan", "28", "38,91", "138,96", "138,96", "86 / 221 x 100",
                        "138,98"),
                List.of("Program Pemberdayaan Masyarakat Desa Dan Kelurahan", "Prosentase usulan masyarakat untuk "
                        + "sarana prasarana di wilayah yang diakomodir", "33", "57,32", "173,69", "173,70",
                        "188 / 328 x 100", "173,69"),
                List.of("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "IKM Perangkat Daerah", "80,20",
                        "85,48", "106,58", "106,58", "", ""),
                List.of("Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik", "IKM Perangkat Daerah", "80,20",
                        "85,48", "106,58", "106,58", "", ""),
                List.of("Program Penyelenggaraan Urusan Pemerintahan Umum", "Cakupan penyelenggaraan urusan "
                        + "pemerintahan umum yang dikoordinasikan melalui Forkopimcam", "92", "100", "108,69", "108,70",
                        "", ""));
    }

    @Test
    void realisasiAnggaranWithItsTotals() {
        assertThat(TABLES.tabelAnggaran().rows()).containsExactly(
                List.of("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "19.072.791.175",
                        "16.822.811.324", "88,20", "88,20"),
                List.of("Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik", "4.942.280.380", "4.679.836.059",
                        "94,69", "94,69"),
                List.of("Program Penyelenggaraan Urusan Pemerintahan Umum", "63.163.000", "44.815.500", "70,95",
                        "70,95"),
                List.of("Program Koordinasi Ketentraman Dan Ketertiban Umum", "418.601.325", "395.246.192", "94,42",
                        "94,42"),
                List.of("Program Pemberdayaan Masyarakat Desa Dan Kelurahan", "15.856.565.120", "15.411.591.203",
                        "97,19", "97,19"),
                // Bab III.B: Rp 37.354.300.278 of Rp 40.353.401.000, 92,57 %
                List.of("Total", "40.353.401.000", "37.354.300.278", "92,57", "92,57"));
    }

    @Test
    void penyerapanAgainstTheYearBefore() {
        // Bab IV.A: "tercatat 96,30%" in 2020, 92,57 % in 2021, "turun sebesar 3,73%"
        assertThat(TABLES.perubahanPenyerapan()).contains("Penyerapan 2020: 96,30 %, 2021: 92,57 %; perubahan (dicetak)"
                + " -3,73, (dihitung) -3,73 poin persen, turun.");
    }

    @Test
    void printsEveryTableUnderItsHeading() {
        StringWriter out = new StringWriter();
        TABLES.print(new PrintWriter(out, true));
        assertThat(out.toString()).contains("### Tabel 3.1 Target dan Realisasi Tahun 2021",
                "### Tabel 3.2", "### Tabel 3.3", "### Tabel 3.4 Analisa efisiensi",
                "### Tabel 3.4 Keberhasilan/Kegagalan", "### Realisasi Anggaran Tahun 2021",
                "| Rata-rata capaian");
    }
}
