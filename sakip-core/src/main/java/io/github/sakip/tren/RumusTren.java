package io.github.sakip.tren;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The year-to-year trend of an indicator (analysis item 2 of Bab III of an LKjIP, PermenPANRB
 * 53/2014: realisasi this year against earlier years): the change of each year from the year before
 * ({@link PerubahanTahunan}) and the compound annual growth rate ({@link LajuMajemuk}).
 *
 * <p>Policy: one {@link Pembulatan} for every percentage, default {@link Pembulatan#STANDAR} (two
 * decimals, {@code HALF_UP}), applied once to the exact quotient. Absolute changes are exact and
 * never rounded.
 *
 * <p>Example, Tabel 3.2 of the Klojen LKjIP 2021, Nilai SAKIP OPD 75,74 / 76,26 / 76,57 / 87,80
 * (2018-2021):
 * <pre>{@code
 * RumusTren rumus = RumusTren.standar();
 * List<PerubahanTahunan> p = rumus.perubahan(nilaiSakip);
 * // rasio 2019-2021: 100.69, 100.41, 114.67 (the report prints 100,7 / 100,4 / 114,67)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RumusTren {

    private static final RumusTren STANDAR = new RumusTren(Pembulatan.STANDAR);

    private final Pembulatan pembulatan;

    private RumusTren(Pembulatan pembulatan) {
        this.pembulatan = pembulatan;
    }

    /**
     * The default calculator: {@link Pembulatan#STANDAR}.
     *
     * @return the calculator, never null
     */
    public static RumusTren standar() {
        return STANDAR;
    }

    /**
     * A copy that rounds percentages with the given policy, for example
     * {@code Pembulatan.of(2, RoundingMode.DOWN)} to reproduce a report that truncates.
     *
     * @param pembulatan the policy, not null
     * @return the copy, never null
     * @throws SakipException when the policy is null
     */
    public RumusTren withPembulatan(Pembulatan pembulatan) {
        return new RumusTren(Checks.notNull(pembulatan, "RumusTren.pembulatan"));
    }

    /**
     * The rounding policy.
     *
     * @return the policy, never null
     */
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * The change from the year before of every year that has a realisasi, except the period's first
     * year (which has no year before in the period), in year order.
     *
     * @param deret the series, not null
     * @return an unmodifiable list, possibly empty, never null
     * @throws SakipException when the series is null
     */
    public List<PerubahanTahunan> perubahan(DeretKinerja deret) {
        Checks.notNull(deret, "RumusTren deret");
        List<PerubahanTahunan> all = new ArrayList<>();
        for (Realisasi r : deret.getRealisasi()) {
            if (r.getTahun().isAfter(deret.getPeriode().getAwal())) {
                all.add(hitung(deret, r));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The change of one year from the year before.
     *
     * @param deret the series, not null
     * @param tahun the year t, not null
     * @return the change, or empty when year t has no realisasi or is the period's first year
     * @throws SakipException when an argument is null
     */
    public Optional<PerubahanTahunan> perubahan(DeretKinerja deret, Tahun tahun) {
        Checks.notNull(deret, "RumusTren deret");
        Checks.notNull(tahun, "RumusTren tahun");
        if (!tahun.isAfter(deret.getPeriode().getAwal())) {
            return Optional.empty();
        }
        return deret.getRealisasi(tahun).map(r -> hitung(deret, r));
    }

    private PerubahanTahunan hitung(DeretKinerja deret, Realisasi r) {
        Optional<BigDecimal> lalu = deret.getRealisasi(r.getTahun().minus(1)).map(Realisasi::getNilai);
        return PerubahanTahunan.hitung(r.getTahun(), r.getNilai(), lalu, deret.getIndikator().getPolaritas(),
                deret.getTarget(r.getTahun()), pembulatan);
    }

    /**
     * The compound annual growth rate between two years of the series,
     * {@code ((R(akhir) / R(awal))^(1/n) - 1) x 100}, rounded correctly and once (see
     * {@link LajuMajemuk}).
     *
     * @param deret the series, not null
     * @param awal the first year, with a realisasi greater than zero, not null
     * @param akhir the last year, after {@code awal}, with a realisasi of zero or more, not null
     * @return the rate, never null
     * @throws SakipException when an argument is null, a year has no realisasi, {@code akhir} is
     *     not after {@code awal}, the first value is not positive or the last is negative (the
     *     rate is then undefined)
     */
    public LajuMajemuk lajuMajemuk(DeretKinerja deret, Tahun awal, Tahun akhir) {
        Checks.notNull(deret, "RumusTren deret");
        Checks.notNull(awal, "RumusTren awal");
        Checks.notNull(akhir, "RumusTren akhir");
        String perihal = "RumusTren.lajuMajemuk of \"" + deret.getIndikator().getNama() + "\"";
        LajuMajemuk.checkUrutan(awal, akhir, perihal);
        Realisasi dari = deret.getRealisasi(awal).orElseThrow(() -> new SakipException(String.format(
                "%s: no realisasi for awal %s (missing, NA)", perihal, awal)));
        Realisasi sampai = deret.getRealisasi(akhir).orElseThrow(() -> new SakipException(String.format(
                "%s: no realisasi for akhir %s (missing, NA)", perihal, akhir)));
        return LajuMajemuk.hitung(dari, sampai, pembulatan, perihal);
    }

    /**
     * The calculator as text, for example {@code RumusTren[Pembulatan[2, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusTren[" + pembulatan + "]";
    }
}
