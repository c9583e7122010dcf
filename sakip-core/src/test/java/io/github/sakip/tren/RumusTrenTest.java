package io.github.sakip.tren;

import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PERIODE_RENSTRA;
import static io.github.sakip.tren.KlojenDeret.deret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RumusTrenTest {

    private static final RumusTren RUMUS = RumusTren.standar();
    private static final Indikator KEMISKINAN = Indikator.of("Persentase penduduk miskin", Satuan.PERSEN,
            Polaritas.NEGATIF);
    private static final Indikator INFLASI = Indikator.of("Tingkat inflasi", Satuan.PERSEN, Polaritas.STABIL);

    private static List<BigDecimal> rasio(DeretKinerja d) {
        return RUMUS.perubahan(d).stream().map(p -> p.getRasio().map(Persen::getNilai).orElse(null)).toList();
    }

    @Test
    void klojenNilaiSakipRatioOfEachYearToTheYearBefore() {
        // Tabel 3.2 "Capaian Kinerja" 2019-2021: printed 100,7 / 100,4 / 114,67
        assertThat(rasio(deret(NILAI_SAKIP))).containsExactly(new BigDecimal("100.69"), new BigDecimal("100.41"),
                new BigDecimal("114.67"));
    }

    @Test
    void klojenIpmasHasNoRatioAfterTheMissingYear() {
        // Tabel 3.2: 2018 "NA", so 2019 is printed "-"; then 122,42 and 97,57 as printed
        assertThat(rasio(deret(IPMAS))).containsExactly(null, new BigDecimal("122.42"), new BigDecimal("97.57"));
        PerubahanTahunan first = RUMUS.perubahan(deret(IPMAS), Tahun.of(2019)).get();
        assertThat(first.getSebelumnya()).isEmpty();
        assertThat(first.getSelisih()).isEmpty();
        assertThat(first.getPersenPerubahan()).isEmpty();
        assertThat(first.getArah()).isEmpty();
        assertThat(first.getArahKinerja()).isEmpty();
        assertThat(first.toString()).contains("NA -> 67.8");
    }

    @Test
    void klojenIklpspRatios() {
        // Tabel 3.2: "-", 106,35 (the report prints 106,33: a reviu finding), 109,45 as printed
        assertThat(rasio(deret(KEPUASAN_PRASARANA))).containsExactly(null, new BigDecimal("106.35"),
                new BigDecimal("109.45"));
    }

    @Test
    void klojenAbsoluteChangesAreInTheIndicatorsUnit() {
        // Text under Tabel 3.2: "kenaikan sebesar 11,23", "penurunan sebesar 2,02", "kenaikan sebesar 0,38"
        PerubahanTahunan sakip = RUMUS.perubahan(deret(NILAI_SAKIP), Tahun.of(2021)).get();
        assertThat(sakip.getSelisih()).contains(new BigDecimal("11.23"));
        assertThat(sakip.getArah()).contains(Arah.NAIK);
        assertThat(sakip.getArahKinerja()).contains(ArahKinerja.MEMBAIK);
        assertThat(sakip.getPersenPerubahan()).contains(Persen.of(new BigDecimal("14.67")));
        PerubahanTahunan ipmas = RUMUS.perubahan(deret(IPMAS), Tahun.of(2021)).get();
        assertThat(ipmas.getSelisih()).contains(new BigDecimal("-2.02"));
        assertThat(ipmas.getArah()).contains(Arah.TURUN);
        assertThat(ipmas.getArahKinerja()).contains(ArahKinerja.MEMBURUK);
        assertThat(RUMUS.perubahan(deret(KEPUASAN_PRASARANA), Tahun.of(2021)).get().getSelisih())
                .contains(new BigDecimal("0.38"));
    }

    @Test
    void periodsFirstYearAndMissingYearsHaveNoChange() {
        assertThat(RUMUS.perubahan(deret(NILAI_SAKIP), Tahun.of(2018))).isEmpty();
        assertThat(RUMUS.perubahan(deret(NILAI_SAKIP), Tahun.of(2022))).isEmpty();
        assertThat(RUMUS.perubahan(deret(NILAI_SAKIP))).extracting(p -> p.getTahun().getValue())
                .containsExactly(2019, 2020, 2021);
    }

    @Test
    void fallingPovertyRateIsAnImprovement() {
        // lower is better: 9,80 -> 9,31 -> 8,90 % falls (turun) and improves (membaik)
        DeretKinerja d = DeretKinerja.of(KEMISKINAN, Periode.parse("2019-2023"), List.of(
                Realisasi.of(Tahun.of(2019), new BigDecimal("9.80")),
                Realisasi.of(Tahun.of(2020), new BigDecimal("9.31")),
                Realisasi.of(Tahun.of(2021), new BigDecimal("8.90"))));
        List<PerubahanTahunan> p = RUMUS.perubahan(d);
        assertThat(p).extracting(x -> x.getArah().get()).containsExactly(Arah.TURUN, Arah.TURUN);
        assertThat(p).extracting(x -> x.getArahKinerja().get()).containsExactly(ArahKinerja.MEMBAIK,
                ArahKinerja.MEMBAIK);
        assertThat(p).extracting(x -> x.getSelisih().get()).containsExactly(new BigDecimal("-0.49"),
                new BigDecimal("-0.41"));
        assertThat(p).extracting(x -> x.getRasio().get().getNilai()).containsExactly(new BigDecimal("95.00"),
                new BigDecimal("95.60"));
        assertThat(p).extracting(x -> x.getPersenPerubahan().get().getNilai())
                .containsExactly(new BigDecimal("-5.00"), new BigDecimal("-4.40"));
    }

    @Test
    void stabilJudgesByDistanceToTheLaterYearsTarget() {
        DeretKinerja d = DeretKinerja.of(INFLASI, Periode.parse("2019-2023"), List.of(
                Realisasi.of(Tahun.of(2019), new BigDecimal("4.5")),
                Realisasi.of(Tahun.of(2020), new BigDecimal("2.5")),
                Realisasi.of(Tahun.of(2021), new BigDecimal("3.6"))))
                .withTarget(Target.of(Tahun.of(2020), new BigDecimal("3")))
                .withTarget(Target.rentang(Tahun.of(2021), new BigDecimal("2"), new BigDecimal("4")));
        // 2020: 4,5 -> 2,5 against 3: distance 1,5 -> 0,5, better although it fell
        assertThat(RUMUS.perubahan(d, Tahun.of(2020)).get().getArahKinerja()).contains(ArahKinerja.MEMBAIK);
        // 2021: 2,5 -> 3,6 against the range 2-4: both inside, equally good
        assertThat(RUMUS.perubahan(d, Tahun.of(2021)).get().getArahKinerja()).contains(ArahKinerja.TETAP);
    }

    @Test
    void stabilWithoutTargetCannotBeJudged() {
        DeretKinerja d = DeretKinerja.of(INFLASI, Periode.parse("2019-2023"), List.of(
                Realisasi.of(Tahun.of(2019), new BigDecimal("4.5")),
                Realisasi.of(Tahun.of(2020), new BigDecimal("2.5"))));
        PerubahanTahunan p = RUMUS.perubahan(d, Tahun.of(2020)).get();
        assertThat(p.getArah()).contains(Arah.TURUN);
        assertThat(p.getArahKinerja()).isEmpty();
    }

    @Test
    void zeroPreviousYearGivesChangeButNoRatio() {
        DeretKinerja d = DeretKinerja.of(IPMAS, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2019), BigDecimal.ZERO), Realisasi.of(Tahun.of(2020), new BigDecimal("5"))));
        PerubahanTahunan p = RUMUS.perubahan(d, Tahun.of(2020)).get();
        assertThat(p.getSelisih()).contains(new BigDecimal("5"));
        assertThat(p.getArah()).contains(Arah.NAIK);
        assertThat(p.getRasio()).isEmpty();
        assertThat(p.getPersenPerubahan()).isEmpty();
    }

    @Test
    void negativePreviousYearGivesPercentChangeOnItsMagnitudeButNoRatio() {
        Indikator pertumbuhan = Indikator.of("Pertumbuhan ekonomi", Satuan.PERSEN, Polaritas.POSITIF);
        DeretKinerja d = DeretKinerja.of(pertumbuhan, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2020), new BigDecimal("-2.00")),
                Realisasi.of(Tahun.of(2021), new BigDecimal("3.00"))));
        PerubahanTahunan p = RUMUS.perubahan(d, Tahun.of(2021)).get();
        assertThat(p.getRasio()).isEmpty();
        assertThat(p.getPersenPerubahan()).contains(Persen.of(new BigDecimal("250.00")));
        assertThat(p.getArahKinerja()).contains(ArahKinerja.MEMBAIK);
    }

    @Test
    void truncatingPolicyIsApplied() {
        // 76,26 / 75,74 x 100 = 100,6865...: DOWN at one decimal gives 100,6; the report prints 100,7 (HALF_UP)
        RumusTren down = RUMUS.withPembulatan(Pembulatan.of(1, RoundingMode.DOWN));
        assertThat(down.perubahan(deret(NILAI_SAKIP)).get(0).getRasio()).contains(Persen.of(new BigDecimal("100.6")));
        assertThat(RUMUS.withPembulatan(Pembulatan.of(1, RoundingMode.HALF_UP)).perubahan(deret(NILAI_SAKIP))
                .get(0).getRasio()).contains(Persen.of(new BigDecimal("100.7")));
        assertThat(down.getPembulatan()).isEqualTo(Pembulatan.of(1, RoundingMode.DOWN));
        assertThat(down.toString()).contains("DOWN");
    }

    @Test
    void ratioOfAConstantSeriesIs100Everywhere() {
        qt().withExamples(100).forAll(longs().between(1, 1_000_000_000_000L), integers().between(0, 6),
                integers().between(2, 8)).checkAssert((unscaled, scale, years) -> {
                    BigDecimal v = BigDecimal.valueOf(unscaled, scale);
                    DeretKinerja d = DeretKinerja.of(NILAI_SAKIP, Periode.of(Tahun.of(2000),
                            Tahun.of(2000 + years - 1)));
                    for (int y = 0; y < years; y++) {
                        d = d.withRealisasi(Realisasi.of(Tahun.of(2000 + y), v));
                    }
                    List<PerubahanTahunan> p = RUMUS.perubahan(d);
                    assertThat(p).hasSize(years - 1);
                    assertThat(p).allSatisfy(x -> {
                        assertThat(x.getRasio()).contains(Persen.of(new BigDecimal("100.00")));
                        assertThat(x.getArah()).contains(Arah.TETAP);
                        assertThat(x.getArahKinerja()).contains(ArahKinerja.TETAP);
                        assertThat(x.getSelisih().get()).isEqualByComparingTo("0");
                    });
                });
    }

    @Test
    void improvementFlipsWithPolarity() {
        Gen<BigDecimal> nilai = longs().between(-1_000_000, 1_000_000).map(v -> BigDecimal.valueOf(v, 2));
        qt().withExamples(200).forAll(nilai, nilai).checkAssert((a, b) -> {
            Optional<ArahKinerja> positif = arahKinerja(Polaritas.POSITIF, a, b);
            Optional<ArahKinerja> negatif = arahKinerja(Polaritas.NEGATIF, a, b);
            assertThat(positif).isPresent();
            assertThat(negatif).isPresent();
            if (a.compareTo(b) == 0) {
                assertThat(positif).contains(ArahKinerja.TETAP);
                assertThat(negatif).contains(ArahKinerja.TETAP);
            } else {
                assertThat(positif.get()).isNotEqualTo(ArahKinerja.TETAP);
                assertThat(negatif.get()).isNotEqualTo(positif.get()).isNotEqualTo(ArahKinerja.TETAP);
                assertThat(positif).contains(b.compareTo(a) > 0 ? ArahKinerja.MEMBAIK : ArahKinerja.MEMBURUK);
            }
        });
    }

    private static Optional<ArahKinerja> arahKinerja(Polaritas polaritas, BigDecimal tahunLalu, BigDecimal tahunIni) {
        Indikator i = Indikator.of("x", Satuan.NILAI, polaritas);
        DeretKinerja d = DeretKinerja.of(i, PERIODE_RENSTRA, List.of(Realisasi.of(Tahun.of(2020), tahunLalu),
                Realisasi.of(Tahun.of(2021), tahunIni)));
        return RUMUS.perubahan(d, Tahun.of(2021)).get().getArahKinerja();
    }

    @Test
    void klojenNilaiSakipCompoundGrowth() {
        // 75,74 (2018) -> 87,80 (2021): (87,80 / 75,74)^(1/3) = 1,050484..., 5,05 % a year
        LajuMajemuk laju = RUMUS.lajuMajemuk(deret(NILAI_SAKIP), Tahun.of(2018), Tahun.of(2021));
        assertThat(laju.getPersen()).isEqualTo(Persen.of(new BigDecimal("5.05")));
        assertThat(laju.getJumlahTahun()).isEqualTo(3);
        assertThat(laju.getPembulatan()).isEqualTo(Pembulatan.STANDAR);
        assertThat(laju.toString()).isEqualTo("LajuMajemuk[2018-2021: 5.05% per tahun]");
        assertThat(RUMUS.withPembulatan(Pembulatan.of(8, RoundingMode.HALF_UP))
                .lajuMajemuk(deret(NILAI_SAKIP), Tahun.of(2018), Tahun.of(2021)).getPersen())
                .isEqualTo(Persen.of(new BigDecimal("5.04847168")));
    }

    @Test
    void compoundGrowthOfAPerfectSquareIsExact() {
        // 100 -> 121 in two years is exactly 10 % a year
        DeretKinerja d = DeretKinerja.of(IPMAS, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2019), new BigDecimal("100")), Realisasi.of(Tahun.of(2021), new BigDecimal("121"))));
        assertThat(RUMUS.lajuMajemuk(d, Tahun.of(2019), Tahun.of(2021)).getPersen())
                .isEqualTo(Persen.of(new BigDecimal("10.00")));
        assertThat(RUMUS.withPembulatan(Pembulatan.of(0, RoundingMode.UNNECESSARY)).lajuMajemuk(d, Tahun.of(2019),
                Tahun.of(2021)).getPersen()).isEqualTo(Persen.of(new BigDecimal("10")));
    }

    @Test
    void compoundGrowthExactlyOnATieRoundsByTheMode() {
        // 1,10005^2 = 1,2101100025: the rate is exactly 10,005 %, a tie at two decimals
        DeretKinerja d = DeretKinerja.of(IPMAS, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2019), BigDecimal.ONE),
                Realisasi.of(Tahun.of(2021), new BigDecimal("1.2101100025"))));
        assertThat(laju(d, RoundingMode.HALF_UP)).isEqualTo("10.01");
        assertThat(laju(d, RoundingMode.HALF_DOWN)).isEqualTo("10.00");
        assertThat(laju(d, RoundingMode.HALF_EVEN)).isEqualTo("10.00");
        assertThat(laju(d, RoundingMode.DOWN)).isEqualTo("10.00");
        assertThat(laju(d, RoundingMode.UP)).isEqualTo("10.01");
    }

    private static String laju(DeretKinerja d, RoundingMode mode) {
        return RUMUS.withPembulatan(Pembulatan.of(2, mode)).lajuMajemuk(d, Tahun.of(2019), Tahun.of(2021))
                .getPersen().getNilai().toPlainString();
    }

    @Test
    void compoundGrowthToZeroIsMinus100AndFallsAreNegative() {
        DeretKinerja d = DeretKinerja.of(IPMAS, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2019), new BigDecimal("9.80")), Realisasi.of(Tahun.of(2020), BigDecimal.ZERO),
                Realisasi.of(Tahun.of(2021), new BigDecimal("8.90"))));
        assertThat(RUMUS.lajuMajemuk(d, Tahun.of(2019), Tahun.of(2020)).getPersen())
                .isEqualTo(Persen.of(new BigDecimal("-100.00")));
        // (8,90 / 9,80)^(1/2) = 0,952976..., -4,70 % a year
        assertThat(RUMUS.lajuMajemuk(d, Tahun.of(2019), Tahun.of(2021)).getPersen())
                .isEqualTo(Persen.of(new BigDecimal("-4.70")));
    }

    @Test
    void compoundGrowthNeedsTwoMeasuredYearsInOrderAndPositiveStart() {
        DeretKinerja ipmas = deret(IPMAS);
        assertThatThrownBy(() -> RUMUS.lajuMajemuk(ipmas, Tahun.of(2018), Tahun.of(2021)))
                .isInstanceOf(SakipException.class).hasMessageContaining("no realisasi for awal 2018");
        assertThatThrownBy(() -> RUMUS.lajuMajemuk(ipmas, Tahun.of(2021), Tahun.of(2019)))
                .isInstanceOf(SakipException.class).hasMessageContaining("akhir must be after awal 2021, was 2019");
        assertThatThrownBy(() -> RUMUS.lajuMajemuk(ipmas, Tahun.of(2019), Tahun.of(2022)))
                .isInstanceOf(SakipException.class).hasMessageContaining("no realisasi for akhir 2022");
        DeretKinerja zero = DeretKinerja.of(IPMAS, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2019), BigDecimal.ZERO), Realisasi.of(Tahun.of(2020), BigDecimal.ONE)));
        assertThatThrownBy(() -> RUMUS.lajuMajemuk(zero, Tahun.of(2019), Tahun.of(2020)))
                .isInstanceOf(SakipException.class).hasMessageContaining("awal 2019 must be > 0");
        DeretKinerja negative = DeretKinerja.of(IPMAS, PERIODE_RENSTRA, List.of(
                Realisasi.of(Tahun.of(2019), BigDecimal.ONE), Realisasi.of(Tahun.of(2020), BigDecimal.ONE.negate())));
        assertThatThrownBy(() -> RUMUS.lajuMajemuk(negative, Tahun.of(2019), Tahun.of(2020)))
                .isInstanceOf(SakipException.class).hasMessageContaining("akhir 2020 must be >= 0");
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> RUMUS.perubahan(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RUMUS.perubahan(deret(IPMAS), null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RUMUS.withPembulatan(null)).isInstanceOf(SakipException.class)
                .hasMessage("RumusTren.pembulatan must not be null");
        assertThatThrownBy(() -> RUMUS.lajuMajemuk(deret(IPMAS), null, Tahun.of(2020)))
                .isInstanceOf(SakipException.class);
    }
}
