package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PemeriksaTest {

    private static final Lokasi TABEL_3_1 = Lokasi.of("Tabel 3.1", "Indeks Kepuasan Layanan Prasarana Sarana Publik",
            "Capaian 2021");
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    @Test
    void klojenCapaianPrintedAsHalfUpGivesNoFinding() {
        // Tabel 3.1: Nilai SAKIP OPD 87,80 / 80,01 x 100, printed 109,74
        assertThat(Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("109.74"),
                new BigDecimal("87.80").multiply(SERATUS), new BigDecimal("80.01"), "")).isEmpty();
    }

    @Test
    void klojenTruncatedCapaianIsRoundingOnly() {
        // Tabel 3.1: 4,40 / 3,13 x 100 = 140,575..., printed 140,57 (DOWN), HALF_UP gives 140,58
        Temuan t = Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("140.57"),
                new BigDecimal("4.40").multiply(SERATUS), new BigDecimal("3.13"), "4,40 / 3,13 x 100").get();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("140.58");
        assertThat(t.getPembulatanDicetak()).contains(RoundingMode.DOWN);
        assertThat(t.getSelisih()).isEqualByComparingTo("-0.01");
    }

    @Test
    void klojenEfficiencyMisprintIsAnError() {
        // Tabel 3.4: 109,74 / 89,49 x 100 = 122,628..., printed 122,56
        Lokasi lokasi = Lokasi.of("Tabel 3.4", "Meningkatnya kinerja pelayanan perangkat daerah", "9");
        Temuan t = Pemeriksa.standar().periksa(lokasi, new BigDecimal("122.56"),
                new BigDecimal("109.74").multiply(SERATUS), new BigDecimal("89.49"), "").get();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("122.63");
        assertThat(t.getSelisih()).isEqualByComparingTo("-0.07");
        assertThat(t.getPembulatanDicetak()).isEmpty();
        assertThat(t.toString()).contains("KESALAHAN", "Tabel 3.4", "122.56", "122.63", "-0.07");
    }

    @Test
    void fewerPrintedDecimalsAreCheckedAtThePrintedScale() {
        // Tabel 3.2: 76,26 / 75,74 x 100 = 100,686..., printed 100,7
        Lokasi lokasi = Lokasi.of("Tabel 3.2", "Nilai SAKIP OPD", "Capaian 2019");
        assertThat(Pemeriksa.standar().periksa(lokasi, new BigDecimal("100.7"),
                new BigDecimal("76.26").multiply(SERATUS), new BigDecimal("75.74"), "")).isEmpty();
    }

    @Test
    void toleranceSwallowsSmallDifferences() {
        Pemeriksa lenient = Pemeriksa.standar().withToleransi(new BigDecimal("0.1"));
        assertThat(lenient.periksa(TABEL_3_1, new BigDecimal("122.56"), new BigDecimal("122.63"), "")).isEmpty();
        assertThat(lenient.periksa(TABEL_3_1, new BigDecimal("122.50"), new BigDecimal("122.63"), "")).isPresent();
    }

    @Test
    void expectedModeDownMakesHalfUpTheRoundingOnlyVariant() {
        Temuan t = Pemeriksa.standar().withRoundingMode(RoundingMode.DOWN).periksa(TABEL_3_1,
                new BigDecimal("140.58"), new BigDecimal("440"), new BigDecimal("3.13"), "").get();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN);
        assertThat(t.getPembulatanDicetak()).isPresent().get().isNotEqualTo(RoundingMode.DOWN);
    }

    @Test
    void sameAmountPrintedDifferentlyIsInconsistent() {
        Lokasi a = Lokasi.of("Tabel 3.4", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", "7");
        Lokasi b = Lokasi.of("Tabel 3.4 (Realisasi Anggaran)", "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
                "Realisasi");
        Temuan t = Pemeriksa.standar().bandingkan(a, new BigDecimal("15411491203"), b,
                new BigDecimal("15411591203"), "the total confirms 15.411.591.203").get();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.TIDAK_KONSISTEN);
        assertThat(t.getSelisih()).isEqualByComparingTo("-100000");
        assertThat(t.getKeterangan()).contains("Realisasi Anggaran", "confirms");
        assertThat(Pemeriksa.standar().bandingkan(a, new BigDecimal("1.0"), b, new BigDecimal("1"), "")).isEmpty();
    }

    @Test
    void statedCountIsCheckedAgainstTheData() {
        Lokasi lokasi = Lokasi.of("Ikhtisar Eksekutif", "sasaran berhasil", "paragraf 2");
        Temuan t = Pemeriksa.standar().periksaPernyataan(lokasi, 1, 2,
                "hanya 1 (satu) yang berhasil mencapai kinerja melebihi target").get();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PERNYATAAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("2");
        assertThat(Pemeriksa.standar().periksaPernyataan(lokasi, 2, 2, "")).isEmpty();
    }

    @Test
    void badPolicyAndDivisionByZeroAreRejected() {
        assertThatThrownBy(() -> Pemeriksa.standar().withRoundingMode(RoundingMode.UNNECESSARY))
                .isInstanceOf(SakipException.class).hasMessageContaining("UNNECESSARY");
        assertThatThrownBy(() -> Pemeriksa.standar().withToleransi(new BigDecimal("-1")))
                .isInstanceOf(SakipException.class).hasMessageContaining("Pemeriksa.toleransi must be >= 0, was -1");
        assertThatThrownBy(() -> Pemeriksa.standar().periksa(TABEL_3_1, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, "")).isInstanceOf(SakipException.class).hasMessageContaining("penyebut must not be 0");
        assertThatThrownBy(() -> Pemeriksa.standar().withRoundingMode(null))
                .isInstanceOf(SakipException.class).hasMessageContaining("Pemeriksa.roundingMode");
    }

    @Test
    void figurePrintedAsTheDataRoundsIsNeverAFinding() {
        qt().withExamples(300).forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000L),
                integers().between(0, 4)).checkAssert((num, den, scale) -> {
                    BigDecimal printed = new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
                    assertThat(Pemeriksa.standar().periksa(TABEL_3_1, printed, new BigDecimal(num),
                            new BigDecimal(den), "")).isEmpty();
                });
    }

    @Test
    void truncatedFigureIsEitherRightOrRoundingOnly() {
        qt().withExamples(300).forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000L),
                integers().between(0, 4)).checkAssert((num, den, scale) -> {
                    BigDecimal printed = new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.DOWN);
                    Pemeriksa.standar().periksa(TABEL_3_1, printed, new BigDecimal(num), new BigDecimal(den), "")
                            .ifPresent(t -> assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN));
                });
    }

    @Test
    void figureOffByTwoUnitsInTheLastPlaceIsAnError() {
        qt().withExamples(300).forAll(longs().between(0, 1_000_000_000L), longs().between(1, 1_000_000L),
                integers().between(0, 4)).checkAssert((num, den, scale) -> {
                    BigDecimal printed = new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP)
                            .add(BigDecimal.valueOf(2, scale));
                    Temuan t = Pemeriksa.standar().periksa(TABEL_3_1, printed, new BigDecimal(num),
                            new BigDecimal(den), "").get();
                    assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
                    // the computed figure is shown with at least two decimals
                    int shown = Math.max(2, scale);
                    assertThat(t.getDihitung()).isEqualTo(new BigDecimal(num).divide(new BigDecimal(den), shown,
                            RoundingMode.HALF_UP));
                    if (scale >= 2) {
                        assertThat(t.getSelisih()).isEqualByComparingTo(BigDecimal.valueOf(2, scale));
                    }
                });
    }

    @Test
    void exactFractionIsCheckedAtThePrintedScale() {
        // an IKM unit of 10/3 (weight 1/9 kept exact): 3,33 HALF_UP; 3,34 only by rounding up
        Pecahan nilai = Pecahan.of(10, 3);
        assertThat(Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("3.33"), nilai, "")).isEmpty();
        Temuan t = Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("3.34"), nilai, "").get();
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.PEMBULATAN);
        assertThat(t.getPembulatanDicetak()).isPresent();
    }

    @Test
    void calculatorIsAskedForThePrintedScaleUnderEachMode() {
        // Tabel 3.1 IKLPSP as a calculator that rounds once: 140,57 is DOWN, 140,60 is an error
        Function<Pembulatan, BigDecimal> capaian = p -> p.bagi(new BigDecimal("440"), new BigDecimal("3.13"));
        assertThat(Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("140.57"), capaian, "").get()
                .getPembulatanDicetak()).contains(RoundingMode.DOWN);
        assertThat(Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("140.6"), capaian, "")).isEmpty();
        assertThat(Pemeriksa.standar().periksa(TABEL_3_1, new BigDecimal("140.60"), capaian, "").get().getJenis())
                .isEqualTo(JenisTemuan.KESALAHAN);
        assertThatThrownBy(() -> Pemeriksa.standar().periksa(TABEL_3_1, BigDecimal.ONE, p -> null, ""))
                .isInstanceOf(SakipException.class).hasMessage("Pemeriksa hitung result must not be null");
        assertThatThrownBy(() -> Pemeriksa.standar().periksa(TABEL_3_1, BigDecimal.ONE,
                (Function<Pembulatan, BigDecimal>) null, "")).hasMessage("Pemeriksa hitung must not be null");
    }
}
