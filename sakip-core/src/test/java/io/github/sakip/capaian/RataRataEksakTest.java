package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RataRataEksakTest {

    private static final Tahun Y2021 = Tahun.of(2021);
    private static final RataRataCapaian EKSAK = RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK);

    /** The mean as the exact fraction gives it: the reference, affordable for a few values. */
    private static BigDecimal reference(List<Pecahan> values, BigDecimal pembagi, Pembulatan p) {
        Pecahan sum = Pecahan.NOL;
        for (Pecahan v : values) {
            sum = sum.plus(v);
        }
        return new BigDecimal(sum.getPembilang()).divide(new BigDecimal(sum.getPenyebut()).multiply(pembagi),
                p.getScale(), p.getRoundingMode());
    }

    @Test
    void equalsTheExactFractionForAnyValuesAndRounding() {
        qt().withExamples(500).forAll(lists().of(integers().between(-50_000, 50_000)).ofSizeBetween(1, 12),
                integers().between(1, 400), integers().between(0, 4), integers().between(0, 3))
                .checkAssert((numerators, denominatorSeed, scale, mode) -> {
                    List<Pecahan> values = new ArrayList<>();
                    for (int i = 0; i < numerators.size(); i++) {
                        values.add(Pecahan.of(numerators.get(i), denominatorSeed + 3L * i));
                    }
                    Pembulatan p = Pembulatan.of(scale, new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.DOWN,
                        RoundingMode.HALF_EVEN, RoundingMode.CEILING}[mode]);
                    BigDecimal n = BigDecimal.valueOf(values.size());
                    assertThat(RataRataEksak.bagi(values, n, p)).isEqualTo(reference(values, n, p));
                    BigDecimal batas = BigDecimal.valueOf(numerators.get(0));
                    assertThat(RataRataEksak.paling(values, batas))
                            .isEqualTo(RataRataEksak.jumlah(values).compareTo(Pecahan.of(batas)) >= 0);
                });
    }

    @Test
    void aMeanExactlyOnARoundingBoundaryIsFoundExactly() {
        // 100/3 + 200/3 = 100: the cuts lie below 100, the exact mean is on it
        List<Pecahan> values = List.of(Pecahan.of(100, 3), Pecahan.of(200, 3));
        assertThat(RataRataEksak.bagi(values, BigDecimal.ONE, Pembulatan.of(2, RoundingMode.DOWN)))
                .isEqualTo(new BigDecimal("100.00"));
        assertThat(RataRataEksak.paling(values, new BigDecimal("100"))).isTrue();
        assertThat(RataRataEksak.paling(values, new BigDecimal("100.0000000000000000001"))).isFalse();
    }

    @Test
    void aThousandAndSixteenThousandIndicatorsWithTwoAndFourDecimalsAverageInLinearTime() {
        Random random = new Random(14);
        for (int scale : new int[] {2, 4}) {
            List<Capaian> capaian = new ArrayList<>();
            Indikator i = Indikator.of("Indikator", Satuan.INDEKS, Polaritas.POSITIF);
            for (int k = 0; k < 16_000; k++) {
                capaian.add(RumusCapaian.standar().hitung(i,
                        Target.of(Y2021, BigDecimal.valueOf(1 + random.nextInt(9_999_999), scale)),
                        Realisasi.of(Y2021, BigDecimal.valueOf(random.nextInt(9_999_999), scale))));
            }
            // CPU time of this thread, not wall time: other processes on the machine do not count
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            RekapCapaian rekap = EKSAK.rekap("Nasional", capaian);
            assertThat(rekap.getRataRata()).isPresent();
            assertThat(rekap.getRataRataTertimbang()).isEqualTo(rekap.getRataRata());
            rekap.isTercapai();
            assertThat(threads.getCurrentThreadCpuTime() - start).as("16.000 values, scale " + scale)
                    .isLessThan(2_000_000_000L);
            RekapCapaian seribu = EKSAK.rekap("Seribu", capaian.subList(0, 1000));
            assertThat(seribu.getRataRata().orElseThrow().getNilai())
                    .isEqualTo(reference(capaian.subList(0, 1000).stream().map(Capaian::pecahan).toList(),
                            BigDecimal.valueOf(1000), Pembulatan.STANDAR));
        }
    }
}
