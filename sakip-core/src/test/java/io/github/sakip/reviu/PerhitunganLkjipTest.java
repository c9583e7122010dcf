package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.LINMAS;
import static io.github.sakip.reviu.KlojenLkjip.d;
import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.KETENTRAMAN;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.PEMBERDAYAAN;
import static io.github.sakip.testing.Klojen2021.PEMERATAAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import io.github.sakip.anggaran.PerubahanPenyerapan;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.testing.Klojen2021;
import io.github.sakip.tren.Arah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerhitunganLkjipTest {

    private static final PerhitunganLkjip KLOJEN = PerhitunganLkjip.of(KlojenLkjip.data(List.of(), List.of()));

    private static String hitung(Besaran b) {
        return hitung(KLOJEN, b);
    }

    private static String hitung(PerhitunganLkjip h, Besaran b) {
        return h.hitung(b).orElseThrow().bulatkan(Pembulatan.STANDAR).toPlainString();
    }

    private static PerhitunganLkjip perhitungan(Renstra renstra, KomitmenSasaran... komitmen) {
        return PerhitunganLkjip.of(KlojenLkjip.data(renstra, PerjanjianKinerja.of(TAHUN, List.of(komitmen)),
                List.of()));
    }

    @Test
    void klojenFiguresBesideThePrintedOnes() {
        // printed: Tabel 3.1 109,74 / 140,57; 114,53; Tabel 3.2 106,33; Tabel 3.4 89,49, 122,56, 10,51; Bab III.B 92,57
        assertThat(hitung(Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN))).isEqualTo("109.74");
        assertThat(hitung(Besaran.indikator(JenisBesaran.CAPAIAN, KEPUASAN_PRASARANA, TAHUN))).isEqualTo("140.58");
        assertThat(hitung(Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN))).isEqualTo("114.54");
        assertThat(hitung(Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, KEPUASAN_PRASARANA, Tahun.of(2020))))
                .isEqualTo("106.35");
        assertThat(hitung(Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, NILAI_SAKIP, TAHUN))).isEqualTo("11.23");
        assertThat(hitung(Besaran.indikator(JenisBesaran.KEMAJUAN_RENSTRA, NILAI_SAKIP, TAHUN))).isEqualTo("109.72");
        assertThat(hitung(Besaran.indikator(JenisBesaran.KEMAJUAN_RENSTRA, IPMAS, Tahun.of(2020)))).isEqualTo("92.22");
        assertThat(hitung(Besaran.sasaran(JenisBesaran.PAGU_SASARAN, PELAYANAN))).isEqualTo("24078234555.00");
        assertThat(hitung(Besaran.sasaran(JenisBesaran.REALISASI_ANGGARAN_SASARAN, PELAYANAN)))
                .isEqualTo("21547462883.00");
        assertThat(hitung(Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN))).isEqualTo("89.49");
        assertThat(hitung(Besaran.sasaran(JenisBesaran.EFISIENSI, PELAYANAN))).isEqualTo("122.63");
        assertThat(hitung(Besaran.sasaran(JenisBesaran.SISA_ANGGARAN_SASARAN, PELAYANAN))).isEqualTo("10.51");
        assertThat(hitung(Besaran.sasaran(JenisBesaran.EFISIENSI, PEMBERDAYAAN))).isEqualTo("98.80");
        assertThat(hitung(Besaran.program(JenisBesaran.PENYERAPAN, KETENTRAMAN))).isEqualTo("94.42");
        assertThat(hitung(Besaran.laporan(JenisBesaran.TOTAL_PAGU))).isEqualTo("40353401000.00");
        assertThat(hitung(Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN))).isEqualTo("37354300278.00");
        assertThat(hitung(Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL))).isEqualTo("92.57");
        // Bab IV.A: "92,57% atau turun sebesar 3,73% dari ... tahun 2020 yang tercatat 96,30%"
        assertThat(hitung(Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL_SEBELUMNYA))).isEqualTo("96.30");
        assertThat(hitung(Besaran.laporan(JenisBesaran.PERUBAHAN_PENYERAPAN_TOTAL))).isEqualTo("-3.73");
        assertThat(hitung(Besaran.indikatorProgram(JenisBesaran.CAPAIAN_PROGRAM, LINMAS))).isEqualTo("133.85");
    }

    @Test
    void klojenCounts() {
        // Ikhtisar Eksekutif says 1 of 3 sasaran berhasil; Bab IV says 2, and 1 not
        assertThat(hitung(Besaran.laporan(JenisBesaran.JUMLAH_SASARAN))).isEqualTo("3.00");
        assertThat(hitung(Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI))).isEqualTo("2.00");
        assertThat(hitung(Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI))).isEqualTo("1.00");
        assertThat(hitung(Besaran.laporan(JenisBesaran.JUMLAH_INDIKATOR_PROGRAM))).isEqualTo("1.00");
        assertThat(hitung(Besaran.laporan(JenisBesaran.JUMLAH_INDIKATOR_PROGRAM_TERCAPAI))).isEqualTo("1.00");
    }

    @Test
    void changeOfPenyerapanIsInPercentagePointsFromThisYearsRoundedPenyerapan() {
        // Bab IV.A: 37.354.300.278 / 40.353.401.000 = 92,5679...% printed 92,57; 92,57 - 96,30 = -3,73, "turun"
        PerubahanPenyerapan c = KLOJEN.perubahanPenyerapan().orElseThrow();
        assertThat(c.getSekarang().getNilai()).isEqualByComparingTo("92.57");
        assertThat(c.getSebelumnya().getNilai()).isEqualByComparingTo("96.30");
        assertThat(c.getSelisih()).isEqualByComparingTo("-3.73");
        assertThat(c.getArah()).isEqualTo(Arah.TURUN);
        assertThat(KLOJEN.hitung(Besaran.laporan(JenisBesaran.PERUBAHAN_PENYERAPAN_TOTAL)).orElseThrow().getKeterangan())
                .isEqualTo("92,57 - 96,30 (penyerapan 2021 dibulatkan 2 desimal HALF_UP, dikurangi penyerapan tahun sebelumnya)");
    }

    @Test
    void withoutTheYearBeforesPenyerapanThereIsNoChange() {
        PerhitunganLkjip tanpa = PerhitunganLkjip.of(KlojenLkjip.tanpaPenyerapanSebelumnya(List.of(), List.of()));
        assertThat(tanpa.perubahanPenyerapan()).isEmpty();
        assertThat(tanpa.hitung(Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL_SEBELUMNYA))).isEmpty();
        assertThat(tanpa.hitung(Besaran.laporan(JenisBesaran.PERUBAHAN_PENYERAPAN_TOTAL))).isEmpty();
    }

    @Test
    void truncationIsAvailableForEveryDerivedFigure() {
        Pembulatan down = Pembulatan.of(2, RoundingMode.DOWN);
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.CAPAIAN, KEPUASAN_PRASARANA, TAHUN)).get().bulatkan(down))
                .isEqualByComparingTo("140.57");
        assertThat(KLOJEN.hitung(Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN)).get().bulatkan(down))
                .isEqualByComparingTo("114.53");
    }

    @Test
    void linmasCapaianFromTheCountsIsExact() {
        // 588 / 679 = 0,8659... against 0,65: 133,23 (the printed ratio 0,87 gives 133,85)
        assertThat(KLOJEN.capaianRincian(LINMAS).orElseThrow().getPersen().getNilai()).isEqualByComparingTo("133.23");
        assertThat(KLOJEN.capaianRincian(LINMAS).orElseThrow().getKeterangan()).isEqualTo("588 / 441.35 x 100");
    }

    @Test
    void aRangeTargetIsNoSingleFigureAndItsUpperBoundCountsAboveTheRange() {
        // a target of 0,60-0,70 Linmas per RT: 588 / 679 = 0,866 is above it, so 588 / (679 x 0,70) x 100 = 123,71
        Renstra renstra = Klojen2021.renstra().withTarget(NILAI_SAKIP, Target.rentang(Tahun.of(2018), d("80.00"),
                d("82.00")));
        IndikatorProgram rentang = IndikatorProgram.of(KETENTRAMAN, LINMAS.getIndikator(),
                Target.rentang(TAHUN, d("0.60"), d("0.70")), Realisasi.of(TAHUN, d("0.87")),
                Rincian.of(d("588"), d("679"), BigDecimal.ONE));
        PerhitunganLkjip h = PerhitunganLkjip.of(KlojenLkjip.data(renstra, Klojen2021.perjanjianKinerja(),
                List.of(rentang)));
        assertThat(h.hitung(Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, Tahun.of(2018)))).isEmpty();
        assertThat(hitung(h, Besaran.indikator(JenisBesaran.TARGET, NILAI_SAKIP, Tahun.of(2019)))).isEqualTo("80.00");
        assertThat(h.hitung(Besaran.indikatorProgram(JenisBesaran.TARGET_PROGRAM, rentang))).isEmpty();
        assertThat(hitung(h, Besaran.indikatorProgram(JenisBesaran.TARGET_PROGRAM, LINMAS))).isEqualTo("0.65");
        assertThat(h.capaianRincian(rentang).orElseThrow().getPersen().getNilai()).isEqualByComparingTo("123.71");
    }

    @Test
    void theAgreementsTargetOverridesTheRenstrasForTheReportsYearOnly() {
        // an agreement that revised Nilai SAKIP 2021 to 80,50 (the Renstra says 80,01): 87,80 / 80,50 x 100 = 109,07
        PerhitunganLkjip h = perhitungan(Klojen2021.renstra(),
                KlojenLkjip.komitmen(PELAYANAN, NILAI_SAKIP, "80.50", Klojen2021.PENUNJANG));
        assertThat(h.target(NILAI_SAKIP, TAHUN)).contains(Target.of(TAHUN, d("80.50")));
        assertThat(hitung(h, Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN))).isEqualTo("109.07");
        assertThat(h.target(NILAI_SAKIP, Tahun.of(2022))).contains(Target.of(Tahun.of(2022), d("80.01")));
        // IPMas is not in this agreement: the Renstra's target of 2021
        assertThat(h.target(IPMAS, TAHUN)).contains(Target.of(TAHUN, d("86.80")));
    }

    @Test
    void beforeTheYearIsMeasuredThereIsNoAverageNorEfficiencyAndNoSasaranIsCountedAsMissed() {
        PerhitunganLkjip h = PerhitunganLkjip.of(KlojenLkjip.data(KlojenLkjip.renstraSampai2020(),
                Klojen2021.perjanjianKinerja(), List.of()));
        assertThat(h.hitung(Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN))).isEmpty();
        assertThat(hitung(h, Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI))).isEqualTo("0.00");
        assertThat(hitung(h, Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI))).isEqualTo("0.00");
        assertThat(hitung(h, Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN))).isEqualTo("89.49");
        assertThat(h.efisiensi(PELAYANAN)).isEmpty();
    }

    @Test
    void budgetFiguresNeedTheRealisasiOfEveryProgramConcerned() {
        Program baru = Program.of("Program Baru", Pagu.of(TAHUN, Rupiah.of(1_000_000L)));
        PerhitunganLkjip h = perhitungan(Klojen2021.renstra(),
                KlojenLkjip.komitmen(PELAYANAN, NILAI_SAKIP, "80.01", Klojen2021.PENUNJANG, baru),
                KlojenLkjip.komitmen(PEMBERDAYAAN, IPMAS, "86.80"),
                KlojenLkjip.komitmen(PEMERATAAN, KEPUASAN_PRASARANA, "3.13", Klojen2021.PEMBERDAYAAN_KELURAHAN));
        // a program without realisasi: its sasaran and the agency have no realisasi, penyerapan nor efficiency
        assertThat(h.hitung(Besaran.sasaran(JenisBesaran.REALISASI_ANGGARAN_SASARAN, PELAYANAN))).isEmpty();
        assertThat(h.hitung(Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN))).isEmpty();
        assertThat(h.efisiensi(PELAYANAN)).isEmpty();
        assertThat(h.hitung(Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN))).isEmpty();
        assertThat(h.hitung(Besaran.laporan(JenisBesaran.PENYERAPAN_TOTAL))).isEmpty();
        assertThat(hitung(h, Besaran.laporan(JenisBesaran.TOTAL_PAGU))).isEqualTo("34930356295.00");
        // a sasaran without programs has a pagu of 0 and no realisasi
        assertThat(hitung(h, Besaran.sasaran(JenisBesaran.PAGU_SASARAN, PEMBERDAYAAN))).isEqualTo("0.00");
        assertThat(h.hitung(Besaran.sasaran(JenisBesaran.REALISASI_ANGGARAN_SASARAN, PEMBERDAYAAN))).isEmpty();
        assertThat(h.efisiensi(PEMBERDAYAAN)).isEmpty();
        // the others are computed as before
        assertThat(hitung(h, Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PEMERATAAN))).isEqualTo("97.19");
    }

    @Test
    void aSasaranThatSpentNothingHasNoEfficiency() {
        // efficiency divides capaian by penyerapan: 93,29 / 0 has no value
        PerhitunganLkjip h = perhitungan(Klojen2021.renstra(),
                KlojenLkjip.komitmen(PEMBERDAYAAN, IPMAS, "86.80",
                        KETENTRAMAN.withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.NOL))));
        assertThat(hitung(h, Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PEMBERDAYAAN))).isEqualTo("0.00");
        assertThat(h.efisiensi(PEMBERDAYAAN)).isEmpty();
        assertThat(h.hitung(Besaran.sasaran(JenisBesaran.EFISIENSI, PEMBERDAYAAN))).isEmpty();
    }

    @Test
    void yearOnYearFiguresShowTheirWorking() {
        // Bab III.A.2: "kenaikan sebesar 11,23"; Tabel 3.2: 76,26 / 75,74 = 100,7
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, NILAI_SAKIP, TAHUN)).orElseThrow()
                .getKeterangan()).isEqualTo("87,80 - 76,57");
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, NILAI_SAKIP, Tahun.of(2019)))
                .orElseThrow().getKeterangan()).isEqualTo("76,26 / 75,74 x 100");
    }

    @Test
    void capaianFromCountsEqualsTheExactQuotientForEveryPolarity() {
        // oracle: capaian(a / b x k, T) with BigDecimal at 40 decimals, then the policy's rounding
        qt().withExamples(150).forAll(integers().between(1, 5000), integers().between(1, 5000),
                integers().between(1, 9999), integers().between(0, 2)).checkAssert((a, b, t, p) -> {
                    Polaritas polaritas = Polaritas.values()[p];
                    Indikator ind = Indikator.of("x", Satuan.PERSEN, polaritas);
                    BigDecimal target = BigDecimal.valueOf(t, 2);
                    IndikatorProgram ip = IndikatorProgram.of(KETENTRAMAN, ind, Target.of(TAHUN, target),
                            Realisasi.of(TAHUN, BigDecimal.ONE), Rincian.of(BigDecimal.valueOf(a),
                                    BigDecimal.valueOf(b), BigDecimal.valueOf(100)));
                    PerhitunganLkjip h = PerhitunganLkjip.of(KlojenLkjip.data(List.of(), List.of()));
                    BigDecimal r = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(b), 40, RoundingMode.HALF_EVEN);
                    BigDecimal ratio = r.divide(target, 40, RoundingMode.HALF_EVEN);
                    BigDecimal oracle = switch (polaritas) {
                        case POSITIF -> ratio;
                        case NEGATIF -> BigDecimal.valueOf(2).subtract(ratio);
                        case STABIL -> BigDecimal.ONE.subtract(ratio.subtract(BigDecimal.ONE).abs());
                    };
                    BigDecimal expected = oracle.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
                    assertThat(h.capaianRincian(ip).orElseThrow().getPersen().getNilai())
                            .isEqualByComparingTo(expected);
                });
    }

    @Test
    void missingDataGiveNoFigure() {
        // IPMas and IKLPSP have no 2018 realisasi ("NA"), so no ratio for 2019
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, IPMAS, Tahun.of(2019)))).isEmpty();
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.REALISASI, IPMAS, Tahun.of(2018)))).isEmpty();
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, Tahun.of(2022)))).isEmpty();
        assertThat(KLOJEN.hitung(Besaran.indikator(JenisBesaran.KEMAJUAN_RENSTRA, IPMAS, Tahun.of(2018)))).isEmpty();
        assertThat(KLOJEN.capaianRincian(IndikatorProgram.of(KETENTRAMAN, NILAI_SAKIP, Target.of(TAHUN, BigDecimal.TEN),
                null, null))).isEmpty();
    }

    @Test
    void targetOfTheReportsYearIsThePerjanjianKinerjas() {
        assertThat(KLOJEN.target(NILAI_SAKIP, TAHUN)).contains(Target.of(TAHUN, new BigDecimal("80.01")));
        assertThat(KLOJEN.target(NILAI_SAKIP, Tahun.of(2023)))
                .contains(Target.of(Tahun.of(2023), new BigDecimal("80.02")));
        assertThat(KLOJEN.rekap(PELAYANAN).isTercapai()).isTrue();
        assertThat(KLOJEN.rekap(PEMBERDAYAAN).isTercapai()).isFalse();
    }

    @Test
    void capaianPolicyIsTheCallers() {
        Indikator negatif = Indikator.of("Persentase keluhan", Satuan.PERSEN, Polaritas.NEGATIF);
        IndikatorProgram ip = IndikatorProgram.of(KETENTRAMAN, negatif, Target.of(TAHUN, BigDecimal.TEN),
                Realisasi.of(TAHUN, BigDecimal.valueOf(8)), null);
        PerhitunganLkjip rasio = PerhitunganLkjip.of(KlojenLkjip.data(List.of(), List.of()))
                .withRumusCapaian(RumusCapaian.standar().withVarianNegatif(VarianNegatif.RASIO));
        assertThat(KLOJEN.capaian(ip).get().getPersen().getNilai()).isEqualByComparingTo("120");
        assertThat(rasio.capaian(ip).get().getPersen().getNilai()).isEqualByComparingTo("125");
        assertThat(rasio.toString()).contains("RASIO");
    }

    @Test
    void aSasaranOutsideTheAgreementIsRefused() {
        Sasaran other = Sasaran.of("Lain", List.of(NILAI_SAKIP));
        assertThatThrownBy(() -> KLOJEN.rekap(other)).isInstanceOf(SakipException.class)
                .hasMessageContaining("\"Lain\" is not in the Perjanjian Kinerja");
        assertThatThrownBy(() -> PerhitunganLkjip.of(null)).isInstanceOf(SakipException.class);
        assertThat(KLOJEN.pos(PELAYANAN)).map(p -> p.getPagu().getNilai()).contains(new BigDecimal("24078234555.00"));
        assertThat(KLOJEN.efisiensi(PELAYANAN)).map(e -> e.getNilai().getNilai()).contains(new BigDecimal("122.63"));
        assertThat(KLOJEN.getPembulatanMasukan()).isEqualTo(Pembulatan.STANDAR);
        assertThat(Optional.of(KLOJEN.getData().getTahun())).contains(TAHUN);
    }
}
