package io.github.sakip.tren;

import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PERIODE_RENSTRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.capaian.RumusCapaian;
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
import org.junit.jupiter.api.Test;

class RumusKemajuanTest {

    private static final RumusKemajuan RUMUS = RumusKemajuan.standar();
    private static final Periode RPJMD = Periode.parse("2019-2023");

    private static DeretKinerja deret(Polaritas polaritas, String targetAkhir, String... nilai) {
        DeretKinerja d = DeretKinerja.of(Indikator.of("x", Satuan.PERSEN, polaritas), RPJMD)
                .withTarget(Target.of(RPJMD.getAkhir(), new BigDecimal(targetAkhir)));
        for (int i = 0; i < nilai.length; i++) {
            d = d.withRealisasi(Realisasi.of(Tahun.of(2019 + i), new BigDecimal(nilai[i])));
        }
        return d;
    }

    @Test
    void klojenNilaiSakipAgainstTheEndTarget() {
        // Tabel 3.3: end target 2023 80,02, realisasi 2021 87,80 -> 87,80 / 80,02 = 109,72 %
        KemajuanRenstra k = RUMUS.hitung(KlojenDeret.deret(NILAI_SAKIP));
        assertThat(k.getCapaian()).isEqualTo(Persen.of(new BigDecimal("109.72")));
        assertThat(k.isTercapai()).isTrue();
        assertThat(k.getRealisasiTerakhir().getTahun()).isEqualTo(Tahun.of(2021));
        assertThat(k.getTargetAkhir().getNilai()).isEqualByComparingTo("80.02");
        assertThat(k.getSisaTahun()).isEqualTo(2);
        assertThat(k.getPerubahanDiperlukanPerTahun()).contains(new BigDecimal("-3.89"));
        Proyeksi p = k.getProyeksi().get();
        assertThat(p.getMetode()).isEqualTo(MetodeProyeksi.LINEAR_KUADRAT_TERKECIL);
        assertThat(p.getDasar()).hasSize(4);
        assertThat(p.getNilai()).isEqualTo(new BigDecimal("91.86"));
        assertThat(p.getLajuPerTahun()).isEqualTo(new BigDecimal("3.65"));
        assertThat(p.isSesuaiJalur()).isTrue();
        assertThat(k.toString()).contains("Nilai SAKIP OPD", "109.72%", "tercapai");
    }

    @Test
    void klojenIpmasIsBelowTheEndTargetButOnTrack() {
        // Tabel 3.3: 80,98 / 90,00 = 89,98 %; (90,00 - 80,98) / 2 = 4,51 a year still needed
        KemajuanRenstra k = RUMUS.hitung(KlojenDeret.deret(IPMAS));
        assertThat(k.getCapaian()).isEqualTo(Persen.of(new BigDecimal("89.98")));
        assertThat(k.isTercapai()).isFalse();
        assertThat(k.getPerubahanDiperlukanPerTahun()).contains(new BigDecimal("4.51"));
        Proyeksi p = k.getProyeksi().get();
        assertThat(p.getNilai()).isEqualTo(new BigDecimal("97.03"));
        assertThat(p.getLajuPerTahun()).isEqualTo(new BigDecimal("6.59"));
        assertThat(p.isSesuaiJalur()).isTrue();
        assertThat(p.toString()).contains("LINEAR_KUADRAT_TERKECIL 2023: 97.03", "sesuai jalur");
    }

    @Test
    void klojenIklpspFarAboveItsEndTarget() {
        // Tabel 3.3: 4,40 / 3,13 = 140,575... -> 140,58 (HALF_UP), 140,57 (DOWN, as Tabel 3.1 truncates)
        DeretKinerja prasarana = KlojenDeret.deret(KEPUASAN_PRASARANA);
        assertThat(RUMUS.hitung(prasarana).getCapaian()).isEqualTo(Persen.of(new BigDecimal("140.58")));
        assertThat(RUMUS.withPembulatan(Pembulatan.of(2, RoundingMode.DOWN)).hitung(prasarana).getCapaian())
                .isEqualTo(Persen.of(new BigDecimal("140.57")));
    }

    @Test
    void averageRateMethodExtendsFromTheLastYear() {
        // Nilai SAKIP 75,74 (2018) -> 87,80 (2021): 4,02 a year, 87,80 + 2 x 4,02 = 95,84 in 2023
        Proyeksi p = RUMUS.withMetode(MetodeProyeksi.LAJU_RATA_RATA).proyeksi(KlojenDeret.deret(NILAI_SAKIP));
        assertThat(p.getMetode()).isEqualTo(MetodeProyeksi.LAJU_RATA_RATA);
        assertThat(p.getLajuPerTahun()).isEqualTo(new BigDecimal("4.02"));
        assertThat(p.getNilai()).isEqualTo(new BigDecimal("95.84"));
    }

    @Test
    void negatifUsesTwiceTargetMinusRealisasi() {
        // poverty rate 9,80 / 9,31 / 8,90 %, end target 8,50: (2 x 8,50 - 8,90) / 8,50 = 95,29 %
        KemajuanRenstra k = RUMUS.hitung(deret(Polaritas.NEGATIF, "8.50", "9.80", "9.31", "8.90"));
        assertThat(k.getCapaian()).isEqualTo(Persen.of(new BigDecimal("95.29")));
        assertThat(k.isTercapai()).isFalse();
        assertThat(k.getPerubahanDiperlukanPerTahun()).contains(new BigDecimal("-0.20"));
        // least squares: -0,45 a year, 7,99 in 2023 (exact 7,98666...) <= 8,50: on track
        Proyeksi p = k.getProyeksi().get();
        assertThat(p.getLajuPerTahun()).isEqualTo(new BigDecimal("-0.45"));
        assertThat(p.getNilai()).isEqualTo(new BigDecimal("7.99"));
        assertThat(p.isSesuaiJalur()).isTrue();
        // the same series is off track for a higher-is-better indicator
        assertThat(RUMUS.proyeksi(deret(Polaritas.POSITIF, "8.50", "9.80", "9.31", "8.90")).isSesuaiJalur()).isFalse();
    }

    @Test
    void stabilIsOnTrackWhenHeadingForTheTarget() {
        // target 3: 4,5 / 4,0 / 3,5 heads for it (2023 projection 2,5 is 0,5 away, no farther than 3,5)
        KemajuanRenstra k = RUMUS.hitung(deret(Polaritas.STABIL, "3", "4.5", "4.0", "3.5"));
        assertThat(k.getCapaian()).isEqualTo(Persen.of(new BigDecimal("83.33")));
        assertThat(k.getProyeksi().get().getNilai()).isEqualTo(new BigDecimal("2.50"));
        assertThat(k.getProyeksi().get().isSesuaiJalur()).isTrue();
        // 3,0 / 3,2 / 3,4 leaves it
        assertThat(RUMUS.proyeksi(deret(Polaritas.STABIL, "3", "3.0", "3.2", "3.4")).isSesuaiJalur()).isFalse();
        assertThat(RUMUS.hitung(deret(Polaritas.STABIL, "3", "3.00")).isTercapai()).isTrue();
    }

    @Test
    void noProjectionFromOneYearAndNoYearlyNeedInTheLastYear() {
        KemajuanRenstra one = RUMUS.hitung(deret(Polaritas.POSITIF, "90", "80"));
        assertThat(one.getProyeksi()).isEmpty();
        assertThat(one.getSisaTahun()).isEqualTo(4);
        assertThat(one.getPerubahanDiperlukanPerTahun()).contains(new BigDecimal("2.50"));
        assertThatThrownBy(() -> RUMUS.proyeksi(deret(Polaritas.POSITIF, "90", "80")))
                .isInstanceOf(SakipException.class).hasMessageContaining("needs realisasi of at least 2 years, had 1");
        KemajuanRenstra last = RUMUS.hitung(deret(Polaritas.POSITIF, "90", "80", "82", "84", "86", "91"));
        assertThat(last.getSisaTahun()).isZero();
        assertThat(last.getPerubahanDiperlukanPerTahun()).isEmpty();
        assertThat(last.isTercapai()).isTrue();
    }

    @Test
    void requirementsAreErrorsNamingTheIndicator() {
        DeretKinerja noTarget = DeretKinerja.of(IPMAS, PERIODE_RENSTRA,
                List.of(Realisasi.of(Tahun.of(2021), BigDecimal.ONE)));
        assertThatThrownBy(() -> RUMUS.hitung(noTarget)).isInstanceOf(SakipException.class)
                .hasMessageContaining("IPMas").hasMessageContaining("no target for the end year 2023");
        DeretKinerja noRealisasi = DeretKinerja.of(IPMAS, PERIODE_RENSTRA)
                .withTarget(Target.of(Tahun.of(2023), BigDecimal.TEN));
        assertThatThrownBy(() -> RUMUS.hitung(noRealisasi)).isInstanceOf(SakipException.class)
                .hasMessageContaining("has no realisasi");
        DeretKinerja range = DeretKinerja.of(IPMAS, PERIODE_RENSTRA)
                .withTarget(Target.rentang(Tahun.of(2023), BigDecimal.ONE, BigDecimal.TEN));
        assertThatThrownBy(() -> RUMUS.hitung(range)).isInstanceOf(SakipException.class)
                .hasMessageContaining("range (rentang)");
        assertThatThrownBy(() -> RUMUS.hitung(deret(Polaritas.NEGATIF, "0", "1")))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be > 0 to compute capaian, was 0");
        assertThatThrownBy(() -> RUMUS.hitung(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RUMUS.withMetode(null)).isInstanceOf(SakipException.class)
                .hasMessage("RumusKemajuan.metode must not be null");
    }

    @Test
    void projectionOfAnExactlyLinearSeriesIsTheLine() {
        qt().withExamples(150).forAll(longs().between(-1_000_000, 1_000_000), longs().between(-10_000, 10_000),
                integers().between(2, 5), integers().between(0, 2)).checkAssert((a, b, years, skip) -> {
                    BigDecimal awal = BigDecimal.valueOf(a, 2);
                    BigDecimal laju = BigDecimal.valueOf(b, 3);
                    Periode periode = Periode.of(Tahun.of(2018), Tahun.of(2018 + years + skip));
                    DeretKinerja d = DeretKinerja.of(NILAI_SAKIP, periode)
                            .withTarget(Target.of(periode.getAkhir(), BigDecimal.ONE));
                    for (int i = 0; i < years; i++) {
                        d = d.withRealisasi(Realisasi.of(Tahun.of(2018 + i),
                                awal.add(laju.multiply(BigDecimal.valueOf(i)))));
                    }
                    BigDecimal garis = awal.add(laju.multiply(BigDecimal.valueOf(years + skip)));
                    Pembulatan exact = Pembulatan.of(3, RoundingMode.UNNECESSARY);
                    for (MetodeProyeksi m : MetodeProyeksi.values()) {
                        Proyeksi p = RUMUS.withPembulatan(exact).withMetode(m).proyeksi(d);
                        assertThat(p.getNilai()).isEqualByComparingTo(garis);
                        assertThat(p.getLajuPerTahun()).isEqualByComparingTo(laju);
                    }
                });
    }

    @Test
    void onTrackFlipsWithPolarity() {
        qt().withExamples(100).forAll(longs().between(1, 100_000), longs().between(1, 100_000),
                longs().between(1, 100_000)).checkAssert((x, y, t) -> {
                    String a = BigDecimal.valueOf(x, 2).toPlainString();
                    String b = BigDecimal.valueOf(y, 2).toPlainString();
                    String target = BigDecimal.valueOf(t, 2).toPlainString();
                    Proyeksi positif = RUMUS.proyeksi(deret(Polaritas.POSITIF, target, a, b));
                    Proyeksi negatif = RUMUS.proyeksi(deret(Polaritas.NEGATIF, target, a, b));
                    // the exact projection is b + 3(b - a); exactly on target is on track for both
                    BigDecimal proyeksi = BigDecimal.valueOf(y, 2).multiply(BigDecimal.valueOf(4))
                            .subtract(BigDecimal.valueOf(x, 2).multiply(BigDecimal.valueOf(3)));
                    int c = proyeksi.compareTo(BigDecimal.valueOf(t, 2));
                    assertThat(positif.isSesuaiJalur()).isEqualTo(c >= 0);
                    assertThat(negatif.isSesuaiJalur()).isEqualTo(c <= 0);
                });
    }

    @Test
    void policyIsCarriedAndPrinted() {
        RumusKemajuan r = RUMUS.withPembulatan(Pembulatan.of(1, RoundingMode.DOWN))
                .withMetode(MetodeProyeksi.LAJU_RATA_RATA);
        assertThat(r.getPembulatan()).isEqualTo(Pembulatan.of(1, RoundingMode.DOWN));
        assertThat(r.getMetode()).isEqualTo(MetodeProyeksi.LAJU_RATA_RATA);
        assertThat(r.hitung(KlojenDeret.deret(NILAI_SAKIP)).getPembulatan()).isEqualTo(r.getPembulatan());
        assertThat(r.getRumusCapaian().getPembulatan()).isEqualTo(r.getPembulatan());
        assertThat(r.toString()).isEqualTo("RumusKemajuan[Pembulatan[1, DOWN], LAJU_RATA_RATA,"
                + " RumusCapaian[Pembulatan[1, DOWN], PERMENPANRB, batasBawah TANPA]]");
    }

    @Test
    void capaianAgainstTheEndTargetFollowsTheChosenCapaianFormula() {
        // Tabel 3.3, Klojen LKjIP 2021: IKLPSP 4,40 against the 2023 target 3,13 = 140,575...
        DeretKinerja prasarana = KlojenDeret.deret(KEPUASAN_PRASARANA);
        assertThat(RUMUS.hitung(prasarana).getCapaian().getNilai()).isEqualByComparingTo("140.58");
        assertThat(RUMUS.withRumusCapaian(RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN))
                .hitung(prasarana).getCapaian().getNilai()).isEqualByComparingTo("140.57");
    }
}
