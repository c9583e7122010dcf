package io.github.sakip.tren;

import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The change of an indicator's realisasi from the year before (perubahan dari tahun sebelumnya):
 * one column of Tabel 3.2 of an LKjIP and the sentence under it. Made by
 * {@link RumusTren#perubahan(DeretKinerja)}.
 *
 * <p>Figures, with R(t) this year's realisasi and R(t-1) the year before's:
 * <ul>
 *   <li>{@link #getSelisih()}: R(t) - R(t-1), exact, in the indicator's unit ("kenaikan sebesar
 *       11,23");</li>
 *   <li>{@link #getPersenPerubahan()}: (R(t) - R(t-1)) / |R(t-1)| x 100, rounded once;</li>
 *   <li>{@link #getRasio()}: R(t) / R(t-1) x 100, rounded once: what Tabel 3.2 of the Klojen report
 *       prints as "Capaian Kinerja" per year (practice);</li>
 *   <li>{@link #getArah()} and {@link #getArahKinerja()}: up or down, and whether that is better.</li>
 * </ul>
 *
 * <p>Absent figures, never a division by zero: when R(t-1) is missing ("NA"; a gap is never
 * bridged to an earlier year) every figure but {@link #getRealisasi()} is empty, as Tabel 3.2
 * prints "-"; when R(t-1) is zero the percent change and the ratio are empty; when R(t-1) is
 * negative the ratio is empty (a ratio of values of different sign means nothing) but the percent
 * change, on |R(t-1)|, is given.
 *
 * <p>Example, Klojen Nilai SAKIP OPD 2021 (Tabel 3.2): R(2020) 76,57, R(2021) 87,80: selisih 11,23,
 * persen perubahan 14,67, rasio 114,67 (printed 114,67 %), {@link Arah#NAIK},
 * {@link ArahKinerja#MEMBAIK}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class PerubahanTahunan {

    PerubahanTahunan() {
    }

    /**
     * The year t.
     *
     * @return the year, never null
     */
    public abstract Tahun getTahun();

    /**
     * The realisasi of year t, as given.
     *
     * @return the value, never null
     */
    public abstract BigDecimal getRealisasi();

    /**
     * The realisasi of year t-1, as given.
     *
     * @return the value, or empty when that year is missing ("NA")
     */
    public abstract Optional<BigDecimal> getSebelumnya();

    /**
     * The absolute change R(t) - R(t-1), exact, in the indicator's unit.
     *
     * @return the change, or empty when R(t-1) is missing
     */
    public abstract Optional<BigDecimal> getSelisih();

    /**
     * The change in percent, (R(t) - R(t-1)) / |R(t-1)| x 100, rounded by {@link #getPembulatan()}.
     *
     * @return the percentage, or empty when R(t-1) is missing or zero
     */
    public abstract Optional<Persen> getPersenPerubahan();

    /**
     * The ratio R(t) / R(t-1) x 100, rounded by {@link #getPembulatan()}: the "Capaian Kinerja" of
     * Tabel 3.2 of the Klojen report (76,26 / 75,74 gives 100,69; printed 100,7).
     *
     * @return the ratio, or empty when R(t-1) is missing, zero or negative
     */
    public abstract Optional<Persen> getRasio();

    /**
     * The direction of the change.
     *
     * @return the direction, or empty when R(t-1) is missing
     */
    public abstract Optional<Arah> getArah();

    /**
     * Whether the change is an improvement given the polarity (see {@link ArahKinerja}).
     *
     * @return the judgement, or empty when R(t-1) is missing, or the polarity is {@code STABIL} and
     *     year t has no target
     */
    public abstract Optional<ArahKinerja> getArahKinerja();

    /**
     * The rounding of the percent change and the ratio.
     *
     * @return the policy, never null
     */
    public abstract Pembulatan getPembulatan();

    /**
     * The change as text, for example
     * {@code PerubahanTahunan[2021: 76.57 -> 87.80, selisih 11.23, rasio 114.67%, NAIK, MEMBAIK]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PerubahanTahunan[" + getTahun() + ": " + getSebelumnya().map(BigDecimal::toPlainString).orElse("NA")
                + " -> " + getRealisasi().toPlainString()
                + getSelisih().map(s -> ", selisih " + s.toPlainString()).orElse("")
                + getRasio().map(r -> ", rasio " + r).orElse("")
                + getArah().map(a -> ", " + a).orElse("") + getArahKinerja().map(a -> ", " + a).orElse("") + "]";
    }
}
