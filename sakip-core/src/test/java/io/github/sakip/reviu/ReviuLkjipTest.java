package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.LINMAS;
import static io.github.sakip.reviu.KlojenLkjip.dicetak;
import static io.github.sakip.reviu.KlojenLkjip.list;
import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.PEMBERDAYAAN_KELURAHAN;
import static io.github.sakip.testing.Klojen2021.PEMERATAAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ReviuLkjipTest {

    private static final Besaran CAPAIAN_SAKIP = Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN);
    private static final Besaran CAPAIAN_IKLPSP = Besaran.indikator(JenisBesaran.CAPAIAN, KEPUASAN_PRASARANA, TAHUN);
    private static final Besaran PENYERAPAN_2020 = Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL_SEBELUMNYA);
    private static final Besaran PERUBAHAN_PENYERAPAN = Besaran.laporan(JenisBesaran.PERUBAHAN_PENYERAPAN_TOTAL);

    private static HasilReviu reviu(AngkaDicetak... dicetak) {
        return ReviuLkjip.standar().periksa(KlojenLkjip.data(list(dicetak), List.of()));
    }

    private static Temuan only(HasilReviu hasil) {
        assertThat(hasil.getTemuan()).hasSize(1);
        return hasil.getTemuan().get(0);
    }

    @Test
    void correctFiguresGiveNoFinding() {
        // Tabel 3.1, 3.2, 3.3 (progress), 3.4 and Bab III.B as printed, all right at their scale
        HasilReviu hasil = reviu(
                dicetak("Tabel 3.1", "Nilai SAKIP OPD", "Capaian", CAPAIAN_SAKIP, "109.74"),
                dicetak("Tabel 3.1", "IPMas", "Capaian", Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN), "93.29"),
                dicetak("Tabel 3.2", "Nilai SAKIP OPD", "2019",
                        Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, NILAI_SAKIP, Tahun.of(2019)), "100.7"),
                dicetak("Bab III.A.2", "Nilai SAKIP OPD", "teks",
                        Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, NILAI_SAKIP, TAHUN), "11.23"),
                dicetak("Bab III.A.2", "IPMas", "teks",
                        Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, IPMAS, TAHUN), "-2.02"),
                dicetak("Tabel 3.3", "IPMas", "kemajuan",
                        Besaran.indikator(JenisBesaran.KEMAJUAN_RENSTRA, IPMAS, TAHUN), "89.98"),
                dicetak("Tabel 3.4", "Pelayanan", "6", Besaran.sasaran(JenisBesaran.PAGU_SASARAN, PELAYANAN),
                        "24078234555"),
                dicetak("Tabel 3.4", "Pelayanan", "8", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN),
                        "89.49"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL), "92.57"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_PAGU), "40353401000"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN),
                        "37354300278.00"),
                dicetak("Bab IV.A", "Kesimpulan", "teks", Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI), "2"),
                dicetak("Bab IV.A", "Kesimpulan", "teks", Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI),
                        "1"),
                dicetak("Bab IV.A", "Realisasi belanja", "teks", PENYERAPAN_2020, "96.30"),
                dicetak("Bab IV.A", "Realisasi belanja", "teks", PERUBAHAN_PENYERAPAN, "-3.73"));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getCatatan()).isEmpty();
        assertThat(hasil.getJumlahDiperiksa()).isEqualTo(15);
    }

    @Test
    void efficiencyMisprintIsAnErrorComputedFromTheRowsPrintedCapaianAndPenyerapan() {
        // Tabel 3.4: 109,74 / 89,49 x 100 = 122,63, printed 122,56
        Temuan t = only(reviu(
                dicetak("Tabel 3.4", "Pelayanan", "5", CAPAIAN_SAKIP, "109.74"),
                dicetak("Tabel 3.4", "Pelayanan", "8", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN),
                        "89.49"),
                dicetak("Tabel 3.4", "Pelayanan", "9", Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN), "122.56")));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("122.63");
        assertThat(t.getSelisih()).isEqualByComparingTo("-0.07");
        assertThat(t.getKeterangan()).contains("109,74 / 89,49 x 100", "baris yang sama");
    }

    @Test
    void efficiencyWithoutItsInputsInTheRowUsesTheDataRounded() {
        Temuan t = only(reviu(dicetak("Bab III.A.5", "Pelayanan", "teks",
                Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN), "122.56")));
        assertThat(t.getDihitung()).isEqualByComparingTo("122.63");
        assertThat(t.getKeterangan()).contains("dari data");
    }

    @Test
    void unspentShareIsHundredMinusThePrintedPenyerapan() {
        // Bab III.A.5: "membutuhkan anggaran 89,49%, yang artinya terjadi efisiensi sebesar 10,51"
        assertThat(reviu(
                dicetak("Bab III.A.5", "Pelayanan", "teks", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN),
                        "89.49"),
                dicetak("Bab III.A.5", "Pelayanan", "teks",
                        Besaran.sasaran(JenisBesaran.SISA_ANGGARAN_SASARAN, PELAYANAN), "10.51")).getTemuan()).isEmpty();
    }

    @Test
    void aFallOfPenyerapanPrintedAsARiseIsAnError() {
        // Bab IV.A: "turun sebesar 3,73%" is -3,73; a "naik sebesar 3,73" would print +3,73
        Temuan t = only(reviu(dicetak("Bab IV.A", "Realisasi belanja", "teks", PERUBAHAN_PENYERAPAN, "3.73")));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("-3.73");
        assertThat(t.getKeterangan()).startsWith("92,57 - 96,30 (penyerapan 2021").endsWith("= -3,73");
    }

    @Test
    void theYearBeforesPenyerapanIsADatumPrintedTheSameEverywhere() {
        Temuan t = only(reviu(dicetak("Bab IV.A", "Realisasi belanja", "teks", PENYERAPAN_2020, "96.30"),
                dicetak("Bab III.B", "Realisasi belanja", "teks", PENYERAPAN_2020, "96.03")));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.TIDAK_KONSISTEN);
        assertThat(t.getLokasi().getTabel()).isEqualTo("Bab III.B");
        assertThat(t.getKeterangan()).isEqualTo("dicetak 96,30 di Bab IV.A / Realisasi belanja / teks");
    }

    @Test
    void withoutTheYearBeforesPenyerapanItsFiguresAreNoted() {
        HasilReviu hasil = ReviuLkjip.standar().periksa(KlojenLkjip.tanpaPenyerapanSebelumnya(list(
                dicetak("Bab IV.A", "Realisasi belanja", "teks", PENYERAPAN_2020, "96.30"),
                dicetak("Bab IV.A", "Realisasi belanja", "teks", PERUBAHAN_PENYERAPAN, "-3.73")), List.of()));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getCatatan()).containsExactly(
                "Bab IV.A / Realisasi belanja / teks: tidak diperiksa: data tidak memuat PENYERAPAN_TOTAL_SEBELUMNYA",
                "Bab IV.A / Realisasi belanja / teks: tidak diperiksa: data tidak memberi PERUBAHAN_PENYERAPAN_TOTAL");
    }

    @Test
    void yearOnYearRatioMisprintIsAnError() {
        // Tabel 3.2: IKLPSP 2020, 4,02 / 3,78 x 100 = 106,35, printed 106,33
        Temuan t = only(reviu(dicetak("Tabel 3.2", "IKLPSP", "2020",
                Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, KEPUASAN_PRASARANA, Tahun.of(2020)), "106.33")));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("106.35");
    }

    @Test
    void truncatedCapaianIsRoundingOnly() {
        // Tabel 3.1: 4,40 / 3,13 x 100 = 140,575..., printed 140,57 (DOWN), HALF_UP 140,58; 109,74 is
        // HALF_UP (87,80 / 80,01 x 100 = 109,736...; DOWN would print 109,73), so the report mixes them
        HasilReviu hasil = reviu(dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "140.57"),
                dicetak("Tabel 3.1", "Nilai SAKIP OPD", "Capaian", CAPAIAN_SAKIP, "109.74"));
        assertThat(hasil.getTemuan()).hasSize(2);
        Temuan t = hasil.getTemuan().get(0);
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN);
        assertThat(t.getPembulatanDicetak()).contains(RoundingMode.DOWN);
        assertThat(t.getDihitung()).isEqualByComparingTo("140.58");
        Temuan campuran = hasil.getTemuan().get(1);
        assertThat(campuran.getJenis()).isEqualTo(JenisTemuan.VARIAN_CAMPURAN);
        assertThat(campuran.getLokasi()).hasToString("Laporan / seluruh laporan / pembulatan");
        assertThat(campuran.getKeterangan()).isEqualTo("laporan mencampur pembulatan: DOWN: 1 angka (mis. Tabel 3.1"
                + " / IKLPSP / Capaian); HALF_UP: 1 angka (mis. Tabel 3.1 / Nilai SAKIP OPD / Capaian)");
        assertThat(hasil.getKebijakanDikenali()).isEmpty();
    }

    @Test
    void aReportThatTruncatesEveryFigureGetsOneLine() {
        // 140,57 and 173,69 are DOWN only; 93,29 is both (93,2949...): the report truncates
        HasilReviu hasil = reviu(dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "140.57"),
                dicetak("Tabel 3.1", "IPMas", "Capaian", Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN), "93.29"));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).containsExactly("pembulatan: DOWN, untuk seluruh laporan (1 angka)");
    }

    @Test
    void aDeclaredRoundingIsExpected() {
        DataLkjip data = KlojenLkjip.data(list(dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "140.57"),
                dicetak("Tabel 3.1", "Nilai SAKIP OPD", "Capaian", CAPAIAN_SAKIP, "109.74")), List.of())
                .withKebijakan(KebijakanLaporan.standar().withPembulatan(Pembulatan.of(2, RoundingMode.DOWN)));
        Temuan t = only(ReviuLkjip.standar().periksa(data));
        // declared DOWN: 109,74 is the finding now, printed HALF_UP
        assertThat(t.getLokasi().getBaris()).isEqualTo("Nilai SAKIP OPD");
        assertThat(t.getPembulatanDicetak()).contains(RoundingMode.HALF_UP);
    }

    @Test
    void expectingTruncationMakesTheTruncatedCapaianRight() {
        ReviuLkjip down = ReviuLkjip.standar().withPemeriksa(Pemeriksa.standar().withRoundingMode(RoundingMode.DOWN));
        assertThat(down.periksa(KlojenLkjip.data(list(dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP,
                "140.57")), List.of())).getTemuan()).isEmpty();
    }

    @Test
    void averageIsTheExactMeanAndTheNoteGivesTheMeanOfThePrintedCapaian() {
        // Tabel 3.1: exact mean 114,5354... (114,54), printed 114,53 = (109,74 + 93,29 + 140,57) / 3
        HasilReviu hasil = reviu(
                dicetak("Tabel 3.1", "SAKIP", "Capaian", CAPAIAN_SAKIP, "109.74"),
                dicetak("Tabel 3.1", "IPMas", "Capaian", Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN), "93.29"),
                dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "140.57"),
                dicetak("Tabel 3.1", "Rata-rata capaian", "Capaian", Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN),
                        "114.53"));
        Temuan t = hasil.getTemuan().get(1);
        assertThat(t.getLokasi().getBaris()).isEqualTo("Rata-rata capaian");
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("114.54");
        assertThat(t.getKeterangan()).contains("(109,74 + 93,29 + 140,57) / 3 = 114,53");
    }

    /** The findings on a Linmas capaian printed in Tabel 3.4, as kind, computed figure and working. */
    private static List<Tuple> linmas(String dicetak) {
        return reviu(dicetak("Tabel 3.4", "Rasio Linmas per RT", "8",
                Besaran.indikatorProgram(JenisBesaran.CAPAIAN_PROGRAM, LINMAS), dicetak)).getTemuan().stream()
                .map(t -> tuple(t.getJenis(), t.getDihitung().toPlainString(), t.getKeterangan())).toList();
    }

    @Test
    void linmasCapaianIsCheckedAgainstThePrintedRatioAndAgainstTheCounts() {
        // Tabel 3.4: 0,87 / 0,65 x 100 = 133,85; 588 / 679 / 0,65 x 100 = 133,23; printed 133,7
        // one printed figure, one error: a single finding names both computations
        assertThat(linmas("133.7")).containsExactly(tuple(JenisTemuan.KESALAHAN, "133.85",
                "0,87 / 0,65 x 100 = 133,85; dari rincian 588 / 679 x 1: 588 / 441,35 x 100 = 133,23"));
        // printed 133,85: right for the printed ratio, wrong for the counts: the counts' finding alone
        assertThat(linmas("133.85")).containsExactly(tuple(JenisTemuan.KESALAHAN, "133.23",
                "dari rincian 588 / 679 x 1: 588 / 441,35 x 100 = 133,23"));
        // printed 133,23: right for the counts, wrong for the printed ratio: the ratio's finding alone
        assertThat(linmas("133.23")).containsExactly(tuple(JenisTemuan.KESALAHAN, "133.85",
                "0,87 / 0,65 x 100 = 133,85"));
    }

    @Test
    void printedRealisasiIsCheckedAgainstItsCounts() {
        // 588 / 679 = 0,8659..., printed 0,87: right; 0,86 would not be
        Besaran realisasi = Besaran.indikatorProgram(JenisBesaran.REALISASI_PROGRAM, LINMAS);
        assertThat(reviu(dicetak("Tabel 3.4", "Linmas", "7", realisasi, "0.87")).getTemuan()).isEmpty();
        List<Temuan> t = reviu(dicetak("Bab III", "Linmas", "teks", realisasi, "0.86")).getTemuan();
        assertThat(t).extracting(Temuan::getJenis).containsExactly(JenisTemuan.TIDAK_KONSISTEN,
                JenisTemuan.PEMBULATAN);
    }

    @Test
    void amountOfASasaransOnlyProgramPrintedDifferentlyIsInconsistentAndTheTotalSaysWhichIsRight() {
        // Tabel 3.4 prints 15.411.491.203, the budget table 15.411.591.203; the total 37.354.300.278
        Temuan t = only(reviu(
                dicetak("Tabel 3.4 (realisasi anggaran)", "Program B", "Realisasi",
                        Besaran.program(JenisBesaran.REALISASI_ANGGARAN, PEMBERDAYAAN_KELURAHAN), "15411591203"),
                dicetak("Tabel 3.4 (efisiensi)", "Pemerataan", "7",
                        Besaran.sasaran(JenisBesaran.REALISASI_ANGGARAN_SASARAN, PEMERATAAN), "15411491203"),
                dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN),
                        "37354300278")));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.TIDAK_KONSISTEN);
        assertThat(t.getLokasi().getTabel()).isEqualTo("Tabel 3.4 (efisiensi)");
        assertThat(t.getDihitung()).isEqualByComparingTo("15411591203");
        assertThat(t.getSelisih()).isEqualByComparingTo("-100000");
        assertThat(t.getKeterangan()).contains("Tabel 3.4 (realisasi anggaran)", "satu-satunya program",
                "Bab III.B", "sesuai dengan 15.411.591.203", "37.354.200.278");
    }

    @Test
    void datumPrintedDifferentlyNamesThePlaceThatPrintsTheData() {
        // Bab IV: IKLPSP "ditargetkan sebesar 62,57"; Tabel 2.4 prints 3,13
        Besaran target = Besaran.indikator(JenisBesaran.TARGET, KEPUASAN_PRASARANA, TAHUN);
        Temuan t = only(reviu(dicetak("Tabel 2.4", "IKLPSP", "Target", target, "3.13"),
                dicetak("Bab IV.A", "IKLPSP", "teks", target, "62.57")));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.TIDAK_KONSISTEN);
        assertThat(t.getDihitung()).isEqualByComparingTo("3.13");
        assertThat(t.getKeterangan()).contains("Tabel 2.4");
    }

    @Test
    void capaianBesideWrongInputsIsRecomputedFromThoseInputsInTheNote() {
        // Bab IV: target 62,57, realisasi 80,40, capaian 128,50 = 80,40 / 62,57; the data give 140,58
        String q = "ditargetkan sebesar 62,57 dan realisasinya sebesar 80,40 atau capaian kinerjanya sebesar 128,50%";
        HasilReviu hasil = ReviuLkjip.standar().periksa(KlojenLkjip.data(list(
                AngkaDicetak.of(Lokasi.of("Bab IV.A", "IKLPSP", "teks"), Besaran.indikator(JenisBesaran.TARGET,
                        KEPUASAN_PRASARANA, TAHUN), new BigDecimal("62.57"), q),
                AngkaDicetak.of(Lokasi.of("Bab IV.A", "IKLPSP", "teks"), Besaran.indikator(JenisBesaran.REALISASI,
                        KEPUASAN_PRASARANA, TAHUN), new BigDecimal("80.40"), q),
                AngkaDicetak.of(Lokasi.of("Bab IV.A", "IKLPSP", "teks"), CAPAIAN_IKLPSP, new BigDecimal("128.50"), q)),
                List.of()));
        assertThat(hasil.getTemuan()).extracting(Temuan::getJenis).containsExactly(JenisTemuan.TIDAK_KONSISTEN,
                JenisTemuan.TIDAK_KONSISTEN, JenisTemuan.KESALAHAN);
        Temuan capaian = hasil.getTemuan().get(2);
        assertThat(capaian.getDihitung()).isEqualByComparingTo("140.58");
        assertThat(capaian.getKeterangan()).contains("80,40 / 62,57 x 100 = 128,50", q);
    }

    @Test
    void countStatedInWordsIsRecounted() {
        // Ikhtisar Eksekutif: "hanya 1 (satu) yang berhasil"; SAKIP 109,74 and IKLPSP 140,58 are tercapai
        Temuan t = only(ReviuLkjip.standar().periksa(KlojenLkjip.data(list(AngkaDicetak.of(
                Lokasi.of("Ikhtisar Eksekutif", "Capaian kinerja sasaran", "teks"),
                Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI), BigDecimal.ONE, "hanya 1 (satu) yang berhasil")),
                List.of())));
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PERNYATAAN);
        assertThat(t.getDicetak()).isEqualByComparingTo("1");
        assertThat(t.getDihitung()).isEqualByComparingTo("2");
        assertThat(t.getKeterangan()).contains("hanya 1 (satu)", "2 sasaran tercapai");
    }

    @Test
    void wordsThatSayAnotherNumberAreInconsistent() {
        // Bab III.A.4: "76,57 (tujuh puluh enam koma dua puluh enam)"; "80,01 (delapan puluh koma nol satu)" is right
        Lokasi lokasi = Lokasi.of("Bab III.A.4", "Nilai SAKIP OPD", "teks");
        HasilReviu hasil = ReviuLkjip.standar().periksa(KlojenLkjip.data(List.of(), List.of(
                TerbilangDicetak.of(lokasi, new BigDecimal("76.57"), "tujuh puluh enam koma dua puluh enam"),
                TerbilangDicetak.of(lokasi, new BigDecimal("80.01"), "Delapan puluh koma nol satu"),
                TerbilangDicetak.of(lokasi, new BigDecimal("3"), "tiga"),
                TerbilangDicetak.of(lokasi, new BigDecimal("2"), "dua ekor"))));
        assertThat(hasil.getTemuan()).hasSize(2);
        Temuan t = hasil.getTemuan().get(0);
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.TIDAK_KONSISTEN);
        assertThat(t.getDihitung()).isEqualByComparingTo("76.26");
        assertThat(t.getKeterangan()).contains("berarti 76,26", "tujuh puluh enam koma lima puluh tujuh");
        assertThat(hasil.getTemuan().get(1).getKeterangan()).contains("bukan kata bilangan");
    }

    @Test
    void figuresWithoutDataAreNotedNotDropped() {
        // IPMas 2018 is "NA": no ratio for 2019 (Tabel 3.2 prints "-")
        HasilReviu hasil = reviu(dicetak("Tabel 3.2", "IPMas", "2019",
                Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, IPMAS, Tahun.of(2019)), "100"),
                dicetak("Tabel 3.3", "IPMas", "2018", Besaran.indikator(JenisBesaran.REALISASI, IPMAS,
                        Tahun.of(2018)), "60"));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getCatatan()).hasSize(2);
        assertThat(hasil.getCatatan().get(0)).contains("Tabel 3.2", "tidak diperiksa");
    }

    @Test
    void efficiencyWithoutACapaianOrAPenyerapanIsNotedNotGuessed() {
        // before 2021 is measured Nilai SAKIP has no capaian; a program without realisasi leaves no penyerapan
        Besaran efisiensi = Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN);
        HasilReviu belumDiukur = ReviuLkjip.standar().periksa(KlojenLkjip.data(KlojenLkjip.renstraSampai2020(),
                Klojen2021.perjanjianKinerja(), List.of(), dicetak("Tabel 3.4", "Pelayanan", "8",
                        Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN), "89.49"),
                dicetak("Tabel 3.4", "Pelayanan", "9", efisiensi, "122.56")));
        Program baru = Program.of("Program Baru", Pagu.of(TAHUN, Rupiah.of(1_000_000L)));
        HasilReviu tanpaRealisasi = ReviuLkjip.standar().periksa(KlojenLkjip.data(Klojen2021.renstra(),
                PerjanjianKinerja.of(TAHUN, List.of(KlojenLkjip.komitmen(PELAYANAN, NILAI_SAKIP, "80.01", baru))),
                        List.of(),
                dicetak("Tabel 3.4", "Pelayanan", "5", CAPAIAN_SAKIP, "109.74"),
                dicetak("Tabel 3.4", "Pelayanan", "9", efisiensi, "122.56")));
        String catatan = "Tabel 3.4 / Pelayanan / 9: tidak diperiksa: data tidak memberi capaian atau penyerapan sasaran "
                + PELAYANAN.getNama();
        assertThat(belumDiukur.getTemuan()).isEmpty();
        assertThat(belumDiukur.getCatatan()).containsExactly(catatan);
        assertThat(tanpaRealisasi.getTemuan()).isEmpty();
        assertThat(tanpaRealisasi.getCatatan()).containsExactly(catatan);
    }

    @Test
    void aSasaranNotYetMeasuredIsNeitherTercapaiNorBelumTercapai() {
        // IKLPSP without its 2021 realisasi: SAKIP tercapai, IPMas not, IKLPSP tidak terukur
        Renstra renstra = KlojenLkjip.renstraSampai2020().withRealisasi(NILAI_SAKIP, Realisasi.of(TAHUN,
                new BigDecimal("87.80"))).withRealisasi(IPMAS, Realisasi.of(TAHUN, new BigDecimal("80.98")));
        HasilReviu hasil = ReviuLkjip.standar().periksa(KlojenLkjip.data(renstra, Klojen2021.perjanjianKinerja(),
                List.of(), dicetak("Bab IV.A", "Kesimpulan", "teks", Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI),
                        "1"),
                dicetak("Bab IV.A", "Kesimpulan", "teks", Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI),
                        "1")));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getCatatan()).isEmpty();
    }

    @Test
    void aToleranceAcceptsSmallDifferencesAndTheReviuKeepsItsPolicies() {
        // with a tolerance of 0,01 the capaian 109,75 (109,74) is accepted, 109,76 is not
        Pemeriksa pemeriksa = Pemeriksa.standar().withToleransi(new BigDecimal("0.01"));
        RumusCapaian rumus = RumusCapaian.standar().withVarianNegatif(VarianNegatif.RASIO);
        ReviuLkjip toleran = ReviuLkjip.standar().withPemeriksa(pemeriksa).withRumusCapaian(rumus);
        assertThat(toleran.getPemeriksa()).isSameAs(pemeriksa);
        assertThat(toleran.getRumusCapaian()).isSameAs(rumus);
        assertThat(toleran.periksa(KlojenLkjip.data(list(dicetak("Tabel 3.1", "SAKIP", "Capaian", CAPAIAN_SAKIP,
                "109.75")), List.of())).getTemuan()).isEmpty();
        assertThat(toleran.periksa(KlojenLkjip.data(list(dicetak("Tabel 3.1", "SAKIP", "Capaian", CAPAIAN_SAKIP,
                "109.76")), List.of())).getTemuan()).extracting(Temuan::getJenis).containsExactly(JenisTemuan.KESALAHAN);
    }

    @Test
    void policiesAreRequired() {
        assertThatThrownBy(() -> ReviuLkjip.standar().withPemeriksa(null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("ReviuLkjip.pemeriksa");
        assertThatThrownBy(() -> ReviuLkjip.standar().withRumusCapaian(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> ReviuLkjip.standar().periksa(null)).isInstanceOf(SakipException.class);
        assertThat(ReviuLkjip.standar().toString()).contains("HALF_UP");
    }
}
