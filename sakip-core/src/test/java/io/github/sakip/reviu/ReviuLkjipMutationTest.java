package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.LINMAS;
import static io.github.sakip.reviu.KlojenLkjip.data;
import static io.github.sakip.reviu.KlojenLkjip.dicetak;
import static io.github.sakip.reviu.KlojenLkjip.list;
import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.PEMBERDAYAAN;
import static io.github.sakip.testing.Klojen2021.PEMBERDAYAAN_KELURAHAN;
import static io.github.sakip.testing.Klojen2021.PEMERATAAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report-level reviu on the Klojen data, each finding compared whole (kind, place, figures and
 * the explanation a reviewer reads), where the example tests check only parts of the text.
 */
class ReviuLkjipMutationTest {

    private static final Besaran TARGET_IKLPSP = Besaran.indikator(JenisBesaran.TARGET, KEPUASAN_PRASARANA, TAHUN);
    private static final Besaran REALISASI_IKLPSP = Besaran.indikator(JenisBesaran.REALISASI, KEPUASAN_PRASARANA,
            TAHUN);
    private static final Besaran CAPAIAN_IKLPSP = Besaran.indikator(JenisBesaran.CAPAIAN, KEPUASAN_PRASARANA, TAHUN);

    private static List<String> temuan(List<AngkaDicetak> dicetak, List<TerbilangDicetak> terbilang) {
        HasilReviu hasil = ReviuLkjip.standar().periksa(data(dicetak, terbilang));
        assertThat(hasil.getCatatan()).isEmpty();
        return hasil.getTemuan().stream().map(Temuan::toString).toList();
    }

    @Test
    void onlyTheRealisasiOfAProgramIndicatorIsCheckedAgainstItsCounts() {
        // Linmas: target 0,65, realisasi 588 / 679 = 0,8660 (0,87 HALF_UP, 0,86 truncated)
        assertThat(temuan(list(
                dicetak("Tabel 3.5", "Linmas", "Target", Besaran.indikatorProgram(JenisBesaran.TARGET_PROGRAM, LINMAS),
                        "0.65"),
                dicetak("Tabel 3.5", "Linmas", "Realisasi",
                        Besaran.indikatorProgram(JenisBesaran.REALISASI_PROGRAM, LINMAS), "0.87"),
                dicetak("Tabel 3.5", "Linmas", "Realisasi2",
                        Besaran.indikatorProgram(JenisBesaran.REALISASI_PROGRAM, LINMAS), "0.86")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel 3.5 / Linmas / Realisasi2: printed 0.86, data gives 0.87"
                                + " (difference -0.01); dicetak 0,87 di Tabel 3.5 / Linmas / Realisasi",
                        "PEMBULATAN Tabel 3.5 / Linmas / Realisasi2: printed 0.86, data gives 0.87 (difference -0.01),"
                                + " printed with DOWN; dari rincian 588 / 679 x 1");
    }

    @Test
    void theAmountsOfASasaranWithOneProgramAreThatProgramsAmounts() {
        assertThat(temuan(list(
                dicetak("Tabel 3.4", "Pemerataan", "6", Besaran.sasaran(JenisBesaran.PAGU_SASARAN, PEMERATAAN),
                        "15856565120"),
                dicetak("Tabel 3.4", "Pemerataan", "7",
                        Besaran.sasaran(JenisBesaran.REALISASI_ANGGARAN_SASARAN, PEMERATAAN), "15411591203"),
                dicetak("Tabel 3.4", "Pemberdayaan", "6", Besaran.sasaran(JenisBesaran.PAGU_SASARAN, PEMBERDAYAAN),
                        "418601326")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel 3.4 / Pemberdayaan / 6: printed 418601326, data gives"
                        + " 418601325.00 (difference 1.00); dicetak 418.601.325,00 di data / PAGU Program Koordinasi"
                        + " Ketentraman Dan Ketertiban Umum / nilai; jumlah yang sama dengan satu-satunya program sasaran ini,"
                        + " Program Koordinasi Ketentraman Dan Ketertiban Umum");
    }

    @Test
    void aPrintedTotalSaysWhichOfTwoAmountsIsRight() {
        assertThat(temuan(list(
                dicetak("Tabel 2.4", "Program B", "Pagu", Besaran.program(JenisBesaran.PAGU, PEMBERDAYAAN_KELURAHAN),
                        "15856565121"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_PAGU), "40353401000"),
                dicetak("Tabel 2.4", "Program B", "Realisasi",
                        Besaran.program(JenisBesaran.REALISASI_ANGGARAN, PEMBERDAYAAN_KELURAHAN),
                        "15411591200")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel 2.4 / Program B / Pagu: printed 15856565121, data gives"
                                + " 15856565120.00 (difference 1.00); dicetak 15.856.565.120,00 di data / PAGU Program"
                                + " Pemberdayaan Masyarakat Desa Dan Kelurahan / nilai; total yang dicetak di Bab III.B /"
                                + " Belanja / teks, 40.353.401.000, sesuai dengan 15.856.565.120,00 (dengan 15.856.565.121 total"
                                + " menjadi 40.353.401.001,00)",
                        "TIDAK_KONSISTEN Tabel 2.4 / Program B / Realisasi: printed 15411591200, data gives"
                                + " 15411591203.00 (difference -3.00); dicetak 15.411.591.203,00 di data /"
                                + " REALISASI_ANGGARAN Program Pemberdayaan Masyarakat Desa Dan Kelurahan / nilai");
    }

    @Test
    void unspentShareAndEfficiencyFromTheDataSaySo() {
        // Tabel 3.4: 100 - 89,49 = 10,51; 100 - 97,19 = 2,81; 140,58 / 97,19 x 100 = 144,64
        assertThat(temuan(list(
                dicetak("Tabel 3.4", "Pelayanan", "8", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN),
                        "89.49"),
                dicetak("Tabel 3.4", "Pelayanan", "10", Besaran.sasaran(JenisBesaran.SISA_ANGGARAN_SASARAN, PELAYANAN),
                        "10.50"),
                dicetak("Tabel 3.4", "Pemerataan", "10",
                        Besaran.sasaran(JenisBesaran.SISA_ANGGARAN_SASARAN, PEMERATAAN), "2.80"),
                dicetak("Tabel 3.4", "Pemerataan", "9", Besaran.sasaran(JenisBesaran.EFISIENSI, PEMERATAAN),
                        "144.00")), List.of()))
                .containsExactly("KESALAHAN Tabel 3.4 / Pelayanan / 10: printed 10.50, data gives 10.51 (difference"
                                + " -0.01); 100 - 89,49 (dari data, dibulatkan 2 desimal HALF_UP)",
                        "KESALAHAN Tabel 3.4 / Pemerataan / 10: printed 2.80, data gives 2.81 (difference -0.01);"
                                + " 100 - 97,19 (dari data, dibulatkan 2 desimal HALF_UP)",
                        "KESALAHAN Tabel 3.4 / Pemerataan / 9: printed 144.00, data gives 144.64 (difference -0.64);"
                                + " 140,58 / 97,19 x 100 (dari data, dibulatkan 2 desimal HALF_UP)");
    }

    @Test
    void wordsReadDigitByDigitAreRightToo() {
        Lokasi lokasi = Lokasi.of("Bab III.A.4", "Nilai SAKIP OPD", "teks");
        assertThat(temuan(List.of(), List.of(
                TerbilangDicetak.of(lokasi, new BigDecimal("76.26"), "tujuh puluh enam koma dua enam"),
                TerbilangDicetak.of(lokasi, new BigDecimal("76.26"), "tujuh puluh enam koma dua puluh enam"))))
                .isEmpty();
    }

    @Test
    void aCapaianBesideTheDatasOwnInputsOrAZeroTargetIsNotRecomputedFromThem() {
        Besaran target = Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, TAHUN);
        Besaran realisasi = Besaran.indikator(JenisBesaran.REALISASI, NILAI_SAKIP, TAHUN);
        Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN);
        String salah = "KESALAHAN Tabel 3.1 / SAKIP / Capaian: printed 109.75, data gives 109.74 (difference 0.01);"
                + " 87,80 / 80,01 x 100 = 109,74";
        assertThat(temuan(list(dicetak("Tabel 3.1", "SAKIP", "Target", target, "80.01"),
                dicetak("Tabel 3.1", "SAKIP", "Realisasi", realisasi, "87.80"),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", capaian, "109.75")), List.of())).containsExactly(salah);
        assertThat(temuan(list(dicetak("Tabel 3.1", "SAKIP", "Target", target, "0"),
                dicetak("Tabel 3.1", "SAKIP", "Realisasi", realisasi, "87.80"),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", capaian, "109.75")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel 3.1 / SAKIP / Target: printed 0, data gives 80.01 (difference"
                        + " -80.01); dicetak 80,01 di data / TARGET Nilai SAKIP OPD 2021 / nilai", salah);
    }

    @Test
    void anAverageWithoutPrintedCapaianGivesOnlyTheExactMean() {
        assertThat(temuan(list(dicetak("Tabel 3.1", "Rata-rata", "Capaian",
                Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), "114.50")), List.of()))
                .containsExactly("KESALAHAN Tabel 3.1 / Rata-rata / Capaian: printed 114.50, data gives 114.54"
                        + " (difference -0.04); rata-rata 3 capaian eksak = 114,54");
    }

    @Test
    void aDatumsSourceIsTheFirstPlacePrintingTheSameQuantityWithTheDatasValue() {
        // Tabel 2.1 prints 80,01 for 2022 (another quantity), Bab IV.A 80,10 for 2021 (another value)
        String q = "sudah melebihi target dari yang ditetapkan yaitu 80,10";
        assertThat(temuan(list(
                dicetak("Tabel 2.1", "SAKIP", "2022",
                        Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, Tahun.of(2022)), "80.01"),
                AngkaDicetak.of(Lokasi.of("Bab IV.A", "SAKIP", "teks"),
                        Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, TAHUN), new BigDecimal("80.10"), q),
                dicetak("Tabel 3.1", "SAKIP", "Target", Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, TAHUN),
                        "80.01"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN),
                        "37354300278")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Bab IV.A / SAKIP / teks: printed 80.10, data gives 80.01 (difference"
                        + " 0.09); dicetak 80,01 di Tabel 3.1 / SAKIP / Target; \"" + q + "\"");
    }

    @Test
    void aPrintedTotalDecidesOnlyWhenItIsTheRightTotal() {
        // total pagu printed with the value of the total realisasi, total realisasi printed wrong: neither decides
        assertThat(temuan(list(
                dicetak("Bab III.B", "Belanja", "pagu", Besaran.laporan(JenisBesaran.TOTAL_PAGU), "37354300278"),
                dicetak("Bab III.B", "Belanja", "realisasi", Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN),
                        "37354300000"),
                dicetak("Tabel 2.4", "Program B", "Realisasi",
                        Besaran.program(JenisBesaran.REALISASI_ANGGARAN, PEMBERDAYAAN_KELURAHAN),
                        "15411591200")), List.of()))
                .containsExactly("KESALAHAN Bab III.B / Belanja / pagu: printed 37354300278, data gives 40353401000.00"
                                + " (difference -2999100722.00); jumlah pagu semua program = 40.353.401.000,00",
                        "KESALAHAN Bab III.B / Belanja / realisasi: printed 37354300000, data gives 37354300278.00"
                                + " (difference -278.00); jumlah realisasi semua program = 37.354.300.278,00",
                        "TIDAK_KONSISTEN Tabel 2.4 / Program B / Realisasi: printed 15411591200, data gives"
                                + " 15411591203.00 (difference -3.00); dicetak 15.411.591.203,00 di data /"
                                + " REALISASI_ANGGARAN Program Pemberdayaan Masyarakat Desa Dan Kelurahan / nilai");
    }

    @Test
    void efficiencyTakesTheCapaianAndPenyerapanOfItsOwnRowOnly() {
        // another row of Tabel 3.4 and the same row name in Tabel 3.5 print other figures first
        assertThat(temuan(list(
                dicetak("Tabel 3.4", "Lain", "8", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN), "89.50"),
                dicetak("Tabel 3.5", "Pelayanan", "5", Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN),
                        "109.75"),
                dicetak("Tabel 3.4", "Pelayanan", "3", Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, TAHUN),
                        "80.01"),
                dicetak("Tabel 3.4", "Pelayanan", "5", Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN),
                        "109.74"),
                dicetak("Tabel 3.4", "Pelayanan", "8", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN),
                        "89.49"),
                dicetak("Tabel 3.4", "Pelayanan", "9", Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN), "122.56")),
                List.of()))
                .containsExactly("KESALAHAN Tabel 3.4 / Lain / 8: printed 89.50, data gives 89.49 (difference 0.01);"
                                + " 21.547.462.883,00 / 24.078.234.555,00 x 100 = 89,49",
                        "KESALAHAN Tabel 3.5 / Pelayanan / 5: printed 109.75, data gives 109.74 (difference 0.01);"
                                + " 87,80 / 80,01 x 100 = 109,74",
                        "KESALAHAN Tabel 3.4 / Pelayanan / 9: printed 122.56, data gives 122.63 (difference -0.07);"
                                + " 109,74 / 89,49 x 100 (seperti dicetak di baris yang sama)");
    }

    @Test
    void aRowPrintingOnlyOneInputOfTheEfficiencyTakesBothFromTheData() {
        // Pelayanan prints its capaian only, Pemberdayaan its penyerapan only: 93,29 / 94,42 x 100 = 98,80
        assertThat(temuan(list(
                dicetak("Tabel 3.4", "Pelayanan", "5", Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN),
                        "109.74"),
                dicetak("Tabel 3.4", "Pelayanan", "9", Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN), "122.56"),
                dicetak("Tabel 3.4", "Pemberdayaan", "8",
                        Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PEMBERDAYAAN), "94.42"),
                dicetak("Tabel 3.4", "Pemberdayaan", "9", Besaran.sasaran(JenisBesaran.EFISIENSI, PEMBERDAYAAN),
                        "98.90")), List.of()))
                .containsExactly("KESALAHAN Tabel 3.4 / Pelayanan / 9: printed 122.56, data gives 122.63 (difference"
                                + " -0.07); 109,74 / 89,49 x 100 (dari data, dibulatkan 2 desimal HALF_UP)",
                        "KESALAHAN Tabel 3.4 / Pemberdayaan / 9: printed 98.90, data gives 98.80 (difference 0.10);"
                                + " 93,29 / 94,42 x 100 (dari data, dibulatkan 2 desimal HALF_UP)");
    }

    @Test
    void aCapaianBesideOneWrongInputIsRecomputedFromThePrintedInputs() {
        // 4,50 / 3,13 x 100 = 143,77 (realisasi wrong); 4,40 / 3,00 x 100 = 146,67 (target wrong)
        assertThat(temuan(list(dicetak("Tabel A", "IKLPSP", "T", TARGET_IKLPSP, "3.13"),
                dicetak("Tabel A", "IKLPSP", "R", REALISASI_IKLPSP, "4.50"),
                dicetak("Tabel A", "IKLPSP", "C", CAPAIAN_IKLPSP, "143.77"),
                dicetak("Tabel B", "IKLPSP", "T", TARGET_IKLPSP, "3.00"),
                dicetak("Tabel B", "IKLPSP", "R", REALISASI_IKLPSP, "4.40"),
                dicetak("Tabel B", "IKLPSP", "C", CAPAIAN_IKLPSP, "146.67")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel A / IKLPSP / R: printed 4.50, data gives 4.40 (difference"
                                + " 0.10); dicetak 4,40 di Tabel B / IKLPSP / R",
                        "KESALAHAN Tabel A / IKLPSP / C: printed 143.77, data gives 140.58 (difference 3.19); 4,40 /"
                                + " 3,13 x 100 = 140,58; dari target dan realisasi yang dicetak di sampingnya, 4,50 / 3,13 x"
                                + " 100 = 143,77",
                        "TIDAK_KONSISTEN Tabel B / IKLPSP / T: printed 3.00, data gives 3.13 (difference -0.13);"
                                + " dicetak 3,13 di Tabel A / IKLPSP / T",
                        "KESALAHAN Tabel B / IKLPSP / C: printed 146.67, data gives 140.58 (difference 6.09); 4,40 /"
                                + " 3,13 x 100 = 140,58; dari target dan realisasi yang dicetak di sampingnya, 4,40 / 3,00 x"
                                + " 100 = 146,67");
    }

    @Test
    void aCapaianIsRecomputedOnlyFromATargetAndARealisasiOfItsOwnSentence() {
        // only a target beside it; only a realisasi beside it; both, but quoted from another sentence
        Lokasi teks = Lokasi.of("Bab IV.A", "IKLPSP", "teks");
        String ditargetkan = "ditargetkan sebesar 62,57 dan realisasinya sebesar 80,40";
        String capaianKinerja = "atau capaian kinerjanya sebesar 128,50%";
        String salah = "KESALAHAN %s / IKLPSP / %s: printed 128.50, data gives 140.58 (difference -12.08); 4,40 / 3,13"
                + " x 100 = 140,58";
        assertThat(temuan(list(dicetak("Tabel A", "IKLPSP", "T", TARGET_IKLPSP, "3.13"),
                dicetak("Tabel A", "IKLPSP", "C", CAPAIAN_IKLPSP, "128.50"),
                dicetak("Tabel B", "IKLPSP", "R", REALISASI_IKLPSP, "4.40"),
                dicetak("Tabel B", "IKLPSP", "C", CAPAIAN_IKLPSP, "128.50"),
                AngkaDicetak.of(teks, TARGET_IKLPSP, new BigDecimal("62.57"), ditargetkan),
                AngkaDicetak.of(teks, REALISASI_IKLPSP, new BigDecimal("80.40"), ditargetkan),
                AngkaDicetak.of(teks, CAPAIAN_IKLPSP, new BigDecimal("128.50"), capaianKinerja)), List.of()))
                .containsExactly(String.format(salah, "Tabel A", "C"), String.format(salah, "Tabel B", "C"),
                        "TIDAK_KONSISTEN Bab IV.A / IKLPSP / teks: printed 62.57, data gives 3.13 (difference 59.44);"
                                + " dicetak 3,13 di Tabel A / IKLPSP / T; \"" + ditargetkan + "\"",
                        "TIDAK_KONSISTEN Bab IV.A / IKLPSP / teks: printed 80.40, data gives 4.40 (difference 76.00);"
                                + " dicetak 4,40 di Tabel B / IKLPSP / R; \"" + ditargetkan + "\"",
                        String.format(salah, "Bab IV.A", "teks") + "; \"" + capaianKinerja + "\"");
    }

    @Test
    void theMeanOfThePrintedCapaianTakesTheCapaianOfTheAveragesTableOnly() {
        // Tabel 3.1 prints a target first and the capaian of SAKIP; IPMas's capaian stands in Tabel 3.4
        assertThat(temuan(list(
                dicetak("Tabel 3.1", "SAKIP", "Target", Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, TAHUN),
                        "80.01"),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN),
                        "109.74"),
                dicetak("Tabel 3.4", "IPMas", "5", Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN), "93.29"),
                dicetak("Tabel 3.1", "Rata-rata", "Capaian", Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN),
                        "114.50")), List.of()))
                .containsExactly("KESALAHAN Tabel 3.1 / Rata-rata / Capaian: printed 114.50, data gives 114.54"
                        + " (difference -0.04); rata-rata 3 capaian eksak = 114,54; rata-rata capaian yang dicetak di tabel"
                        + " yang sama, (109,74) / 1 = 109,74");
    }

    @Test
    void efficiencyOfASasaranWithTwoIndicatorsTakesTheMeanCapaianFromTheData() {
        // (87,80 / 80,01 + 80,98 / 86,80) / 2 x 100 = 101,52; penyerapan of Program Penunjang 88,20
        Sasaran gabungan = Sasaran.of("Gabungan", List.of(NILAI_SAKIP, IPMAS));
        PerjanjianKinerja pk = PerjanjianKinerja.of(TAHUN, List.of(KomitmenSasaran.of(gabungan, Map.of(NILAI_SAKIP,
                Target.of(TAHUN, new BigDecimal("80.01")), IPMAS, Target.of(TAHUN, new BigDecimal("86.80"))),
                List.of(Klojen2021.PENUNJANG))));
        HasilReviu hasil = ReviuLkjip.standar().periksa(data(Klojen2021.renstra(), pk, List.of(),
                dicetak("Tabel 3.4", "Gabungan", "5", Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN),
                        "109.74"),
                dicetak("Tabel 3.4", "Gabungan", "9", Besaran.sasaran(JenisBesaran.EFISIENSI, gabungan), "115.00")));
        assertThat(hasil.getTemuan()).map(Temuan::toString).containsExactly("KESALAHAN Tabel 3.4 / Gabungan / 9:"
                + " printed 115.00, data gives 115.10 (difference -0.10); 101,52 / 88,20 x 100 (dari data, dibulatkan"
                + " 2 desimal HALF_UP)");
    }
}
