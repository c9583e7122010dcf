package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.KELURAHAN;
import static io.github.sakip.reviu.KlojenLkjip.LINMAS;
import static io.github.sakip.reviu.KlojenLkjip.PELAYANAN;
import static io.github.sakip.reviu.KlojenLkjip.PEMBERDAYAAN;
import static io.github.sakip.reviu.KlojenLkjip.PEMERATAAN;
import static io.github.sakip.reviu.KlojenLkjip.SAKIP;
import static io.github.sakip.reviu.KlojenLkjip.TAHUN;
import static io.github.sakip.reviu.KlojenLkjip.data;
import static io.github.sakip.reviu.KlojenLkjip.dicetak;
import static io.github.sakip.reviu.KlojenLkjip.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report-level reviu on the Klojen data, each finding compared whole (kind, place, figures and
 * the explanation a reviewer reads), where the example tests check only parts of the text.
 */
class ReviuLkjipMutationTest {

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
                                + " (difference -0.01); printed 0.87 at Tabel 3.5 / Linmas / Realisasi",
                        "PEMBULATAN Tabel 3.5 / Linmas / Realisasi2: printed 0.86, data gives 0.87 (difference -0.01),"
                                + " printed with DOWN; from the counts 588 / 679 x 1");
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
                        + " 418601325.00 (difference 1.00); printed 418601325.00 at data / PAGU Program Koordinasi"
                        + " Ketentraman / nilai; the same amount as the sasaran's only program, Program Koordinasi"
                        + " Ketentraman");
    }

    @Test
    void aPrintedTotalSaysWhichOfTwoAmountsIsRight() {
        assertThat(temuan(list(
                dicetak("Tabel 2.4", "Program B", "Pagu", Besaran.program(JenisBesaran.PAGU, KELURAHAN), "15856565121"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_PAGU), "40353401000"),
                dicetak("Tabel 2.4", "Program B", "Realisasi",
                        Besaran.program(JenisBesaran.REALISASI_ANGGARAN, KELURAHAN), "15411591200")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel 2.4 / Program B / Pagu: printed 15856565121, data gives"
                                + " 15856565120.00 (difference 1.00); printed 15856565120.00 at data / PAGU Program"
                                + " Pemberdayaan Masyarakat Desa Dan Kelurahan / nilai; the total printed at Bab III.B /"
                                + " Belanja / teks, 40353401000, agrees with 15856565120.00 (with 15856565121 it would"
                                + " be 40353401001.00)",
                        "TIDAK_KONSISTEN Tabel 2.4 / Program B / Realisasi: printed 15411591200, data gives"
                                + " 15411591203.00 (difference -3.00); printed 15411591203.00 at data /"
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
                                + " -0.01); 100 - 89.49 (from the data, rounded by Pembulatan[2, HALF_UP])",
                        "KESALAHAN Tabel 3.4 / Pemerataan / 10: printed 2.80, data gives 2.81 (difference -0.01);"
                                + " 100 - 97.19 (from the data, rounded by Pembulatan[2, HALF_UP])",
                        "KESALAHAN Tabel 3.4 / Pemerataan / 9: printed 144.00, data gives 144.64 (difference -0.64);"
                                + " 140.58 / 97.19 x 100 (from the data, rounded by Pembulatan[2, HALF_UP])");
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
        Besaran target = Besaran.indikator(JenisBesaran.TARGET, SAKIP, TAHUN);
        Besaran realisasi = Besaran.indikator(JenisBesaran.REALISASI, SAKIP, TAHUN);
        Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, SAKIP, TAHUN);
        String salah = "KESALAHAN Tabel 3.1 / SAKIP / Capaian: printed 109.75, data gives 109.74 (difference 0.01);"
                + " 87.80 / 80.01 x 100 = 109.74";
        assertThat(temuan(list(dicetak("Tabel 3.1", "SAKIP", "Target", target, "80.01"),
                dicetak("Tabel 3.1", "SAKIP", "Realisasi", realisasi, "87.80"),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", capaian, "109.75")), List.of())).containsExactly(salah);
        assertThat(temuan(list(dicetak("Tabel 3.1", "SAKIP", "Target", target, "0"),
                dicetak("Tabel 3.1", "SAKIP", "Realisasi", realisasi, "87.80"),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", capaian, "109.75")), List.of()))
                .containsExactly("TIDAK_KONSISTEN Tabel 3.1 / SAKIP / Target: printed 0, data gives 80.01 (difference"
                        + " -80.01); printed 80.01 at data / TARGET Nilai SAKIP OPD 2021 / nilai", salah);
    }

    @Test
    void anAverageWithoutPrintedCapaianGivesOnlyTheExactMean() {
        assertThat(temuan(list(dicetak("Tabel 3.1", "Rata-rata", "Capaian",
                Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), "114.50")), List.of()))
                .containsExactly("KESALAHAN Tabel 3.1 / Rata-rata / Capaian: printed 114.50, data gives 114.54"
                        + " (difference -0.04); mean of 3 exact capaian = 114.54");
    }
}
