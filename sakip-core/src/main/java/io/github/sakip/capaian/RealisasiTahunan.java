package io.github.sakip.capaian;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PenggabunganTriwulan;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Triwulan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * Combines an indicator's quarterly realisasi into the year's, by the indicator's
 * {@link Indikator#getPenggabungan() rule} ({@link PenggabunganTriwulan}):
 * <ul>
 *   <li>{@code KUMULATIF} and {@code NILAI_AKHIR}: the value of the latest quarter given;</li>
 *   <li>{@code JUMLAH}: the exact sum of the quarters;</li>
 *   <li>{@code RATA_RATA}: the mean of the quarters given, exact; a mean that has no finite
 *       decimal (three quarters 10, 20, 31 give 61/3) needs the overload with a
 *       {@link Pembulatan}, which rounds it once.</li>
 * </ul>
 * The quarters must be of one year, each at most once. Quarters not given are missing, not zero:
 * they are left out (so the year's realisasi is that of the quarters reported so far).
 *
 * <p>Example (the Javadoc of {@link PenggabunganTriwulan}): quarterly realisasi 10, 25, 40, 60
 * give 60 under {@code KUMULATIF} and {@code NILAI_AKHIR}, 135 under {@code JUMLAH} and 33,75 under
 * {@code RATA_RATA}.
 *
 * <p>The capaian of a quarter is computed by {@link RumusCapaian#hitung(Indikator,
 * io.github.sakip.model.Target, Realisasi)} against a quarterly target of the same quarter.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class RealisasiTahunan {

    private RealisasiTahunan() {
    }

    /**
     * The year's realisasi from the quarters, exactly.
     *
     * @param indikator the indicator, whose rule combines the quarters, not null
     * @param triwulanan the quarterly realisasi, at least one, of one year, no quarter twice, in
     *     any order; not null
     * @return the yearly realisasi, never null
     * @throws SakipException when an argument is null, the list is empty, has a yearly realisasi,
     *     quarters of two years or a quarter twice, or a {@code RATA_RATA} mean has no finite
     *     decimal
     */
    public static Realisasi gabung(Indikator indikator, List<Realisasi> triwulanan) {
        return combine(indikator, triwulanan, null);
    }

    /**
     * The year's realisasi from the quarters; a {@code RATA_RATA} mean is rounded once by the given
     * policy, every other rule is exact.
     *
     * @param indikator the indicator, whose rule combines the quarters, not null
     * @param triwulanan the quarterly realisasi, as {@link #gabung(Indikator, List)}; not null
     * @param pembulatan the rounding of a {@code RATA_RATA} mean, not null
     * @return the yearly realisasi, never null
     * @throws SakipException as {@link #gabung(Indikator, List)}, except for a mean without a
     *     finite decimal
     */
    public static Realisasi gabung(Indikator indikator, List<Realisasi> triwulanan,
            Pembulatan pembulatan) {
        return combine(indikator, triwulanan, Checks.notNull(pembulatan, "RealisasiTahunan pembulatan"));
    }

    private static Realisasi combine(@Nullable Indikator indikator, @Nullable List<Realisasi> triwulanan,
            @Nullable Pembulatan pembulatan) {
        Checks.notNull(indikator, "RealisasiTahunan indikator");
        List<Realisasi> sorted = checked(Checks.noNullElements(triwulanan, "RealisasiTahunan triwulanan"));
        Tahun tahun = sorted.get(0).getTahun();
        PenggabunganTriwulan rule = indikator.getPenggabungan();
        BigDecimal jumlah = BigDecimal.ZERO;
        for (Realisasi r : sorted) {
            jumlah = jumlah.add(r.getNilai());
        }
        switch (rule) {
            case KUMULATIF:
            case NILAI_AKHIR:
                return Realisasi.of(tahun, sorted.get(sorted.size() - 1).getNilai());
            case JUMLAH:
                return Realisasi.of(tahun, jumlah);
            case RATA_RATA:
                return Realisasi.of(tahun, rataRata(jumlah, sorted.size(), pembulatan));
            default:
                throw new IllegalStateException("unknown PenggabunganTriwulan " + rule);
        }
    }

    private static BigDecimal rataRata(BigDecimal jumlah, int n, @Nullable Pembulatan pembulatan) {
        BigDecimal count = BigDecimal.valueOf(n);
        if (pembulatan != null) {
            return pembulatan.bagi(jumlah, count);
        }
        try {
            return jumlah.divide(count);
        } catch (ArithmeticException e) {
            throw new SakipException("RealisasiTahunan: the RATA_RATA mean " + jumlah.toPlainString() + " / " + n
                    + " has no finite decimal; give a Pembulatan to round it once", e);
        }
    }

    private static List<Realisasi> checked(List<Realisasi> triwulanan) {
        Checks.check(!triwulanan.isEmpty(), "RealisasiTahunan triwulanan must not be empty");
        Tahun tahun = null;
        Set<Triwulan> seen = new HashSet<>();
        for (Realisasi r : triwulanan) {
            Checks.check(r.getTriwulan().isPresent(), "RealisasiTahunan triwulanan must be quarterly, was %s", r);
            Triwulan tw = r.getTriwulan().get();
            if (tahun == null) {
                tahun = tw.getTahun();
            }
            Checks.check(tw.getTahun().equals(tahun), "RealisasiTahunan triwulanan must all lie in %s, was %s", tahun,
                    r);
            Checks.check(seen.add(tw), "RealisasiTahunan triwulanan must not repeat %s", tw);
        }
        List<Realisasi> sorted = new ArrayList<>(triwulanan);
        sorted.sort(Comparator.comparing(r -> r.getTriwulan().get()));
        return sorted;
    }
}
