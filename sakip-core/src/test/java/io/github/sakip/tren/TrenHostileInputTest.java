package io.github.sakip.tren;

import static io.github.sakip.hostile.Hostile.call;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.hostile.Hostile;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RumusTren, RumusKemajuan, DeretKinerja and Arah fed random and adversarial series (see
 * {@link Hostile}): values from zero to 1000 digits, periods of one year to the longest, each call
 * gives a result or a {@code SakipException} naming what was wrong, in time.
 */
class TrenHostileInputTest {
    private static final String FIELDS = "Tren|Kemajuan|Deret|Laju|Proyeksi|Capaian|Target|Realisasi|Persen|Pecahan"
            + "|Pembulatan|Periode|Tahun";

    @Test
    void seriesOfAnyValuesGiveTrendsOrSakipException() {
        qt().withExamples(150)
                .forAll(lists().of(Hostile.decimals()).ofSizeBetween(0, 6), integers().between(2021, 2030),
                        Hostile.decimals())
                .checkAssert(this::checkSeries);
        for (BigDecimal v : Hostile.DECIMALS) {
            checkSeries(List.of(v, BigDecimal.ONE, v), 2025, v);
            checkSeries(List.of(BigDecimal.ONE, v), 2021, BigDecimal.TEN);
        }
    }

    private void checkSeries(List<BigDecimal> values, int akhir, BigDecimal target) {
        Periode periode = Periode.of(Tahun.of(2019), Tahun.of(akhir));
        List<Realisasi> realisasi = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Realisasi r = call("Realisasi", realisasiOf(2019 + i, values.get(i)));
            if (r != null) {
                realisasi.add(r);
            }
        }
        for (Polaritas polaritas : Polaritas.values()) {
            Indikator indikator = Indikator.of("Indikator", Satuan.INDEKS, polaritas);
            DeretKinerja deret = call("DeretKinerja", () -> DeretKinerja.of(indikator, periode, realisasi));
            if (deret == null) {
                continue;
            }
            Target t = call("Target", () -> Target.of(Tahun.of(akhir), target));
            DeretKinerja withTarget = t == null ? deret : call(FIELDS, () -> deret.withTarget(t));
            for (RumusTren rumus : List.of(RumusTren.standar(),
                    RumusTren.standar().withPembulatan(Pembulatan.of(30, RoundingMode.DOWN)))) {
                call(FIELDS, () -> rumus.perubahan(deret));
                call(FIELDS, () -> rumus.lajuMajemuk(deret, Tahun.of(2019), Tahun.of(2019 + values.size())));
                call(FIELDS, () -> rumus.lajuMajemuk(deret, Tahun.of(2019), Tahun.of(2020)));
            }
            if (withTarget != null) {
                for (MetodeProyeksi metode : MetodeProyeksi.values()) {
                    RumusKemajuan rumus = RumusKemajuan.standar().withMetode(metode);
                    call(FIELDS, () -> rumus.hitung(withTarget));
                    call(FIELDS, () -> rumus.proyeksi(withTarget));
                }
            }
        }
    }

    private static org.junit.jupiter.api.function.ThrowingSupplier<Realisasi> realisasiOf(int tahun, BigDecimal v) {
        return () -> Realisasi.of(Tahun.of(tahun), v);
    }

    @Test
    void longPeriodsAndHugeRatiosFinish() {
        Indikator indikator = Indikator.of("Indikator", Satuan.INDEKS, Polaritas.POSITIF);
        Periode panjang = Periode.of(Tahun.of(Tahun.MIN), Tahun.of(Tahun.MAX));
        BigDecimal kecil = new BigDecimal("1E-999");
        BigDecimal besar = new BigDecimal("9E+999");
        DeretKinerja deret = DeretKinerja.of(indikator, panjang, List.of(Realisasi.of(Tahun.of(Tahun.MIN), kecil),
                Realisasi.of(Tahun.of(Tahun.MAX), besar)));
        call(FIELDS, () -> RumusTren.standar().lajuMajemuk(deret, Tahun.of(Tahun.MIN), Tahun.of(Tahun.MAX)));
        // At 30 decimals the exact proof raises 34-digit numbers to the n-th power: over 8054 years
        // some 270 000 digits, about a second on this machine; 1000 years keep it well inside the limit.
        Tahun seribu = Tahun.of(Tahun.MIN + 1000);
        DeretKinerja milenium = DeretKinerja.of(indikator, Periode.of(Tahun.of(Tahun.MIN), seribu),
                List.of(Realisasi.of(Tahun.of(Tahun.MIN), kecil), Realisasi.of(seribu, besar)));
        call(FIELDS, () -> RumusTren.standar().withPembulatan(Pembulatan.of(30, RoundingMode.HALF_EVEN))
                .lajuMajemuk(milenium, Tahun.of(Tahun.MIN), seribu));
        DeretKinerja turun = DeretKinerja.of(indikator, panjang, List.of(Realisasi.of(Tahun.of(Tahun.MIN), besar),
                Realisasi.of(Tahun.of(Tahun.MAX), kecil)));
        call(FIELDS, () -> RumusTren.standar().lajuMajemuk(turun, Tahun.of(Tahun.MIN), Tahun.of(Tahun.MAX)));
        for (BigDecimal v : Hostile.DECIMALS) {
            call("Arah", () -> Arah.of(v));
        }
    }
}
