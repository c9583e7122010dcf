package io.github.sakip.tren;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.Indikator;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compound rates far from the Klojen figures: ratios up to 1000 digits over up to 8054 years,
 * each checked against exact powers. Under mutation testing a start of Newton's iteration that is
 * no longer close to the root shows as a time-out here.
 */
class AkarTerbulatMutationTest {

    @Test
    void lajuMajemukOfHugeRatiosOverLongPeriodsFinishesAndIsRoundedCorrectly() {
        Indikator indikator = Indikator.of("Indikator", Satuan.INDEKS, Polaritas.POSITIF);
        // {years, akhir / awal, expected rate or "" where only the exact bracket below is checked}
        String[][] cases = {{"1000", "1E+20", "4.71"}, {"8054", "9E+999", "33.09"}, {"100", "1E+200", "9900.00"},
            {"5", "9E+999", ""}, {"8054", "1E-999", "-24.84"}};
        for (String[] c : cases) {
            int n = Integer.parseInt(c[0]);
            Tahun awal = Tahun.of(Tahun.MIN);
            Tahun akhir = Tahun.of(Tahun.MIN + n);
            BigDecimal q = new BigDecimal(c[1]);
            DeretKinerja deret = DeretKinerja.of(indikator, Periode.of(awal, akhir),
                    List.of(Realisasi.of(awal, BigDecimal.ONE), Realisasi.of(akhir, q)));
            LajuMajemuk laju = RumusTren.standar().lajuMajemuk(deret, awal, akhir);
            BigDecimal persen = laju.getPersen().getNilai();
            if (!c[2].isEmpty()) {
                assertThat(persen).isEqualTo(new BigDecimal(c[2]));
            }
            // HALF_UP to 2 decimals: (100 + p - 0.005)^n <= 100^n q < (100 + p + 0.005)^n, exactly.
            BigDecimal half = new BigDecimal("0.005");
            BigDecimal seratusN = BigDecimal.valueOf(100).pow(n).multiply(q);
            assertThat(BigDecimal.valueOf(100).add(persen).subtract(half).pow(n))
                    .isLessThanOrEqualTo(seratusN);
            assertThat(BigDecimal.valueOf(100).add(persen).add(half).pow(n))
                    .isGreaterThan(seratusN);
        }
    }
}
