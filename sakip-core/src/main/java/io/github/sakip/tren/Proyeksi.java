package io.github.sakip.tren;

import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A projection of an indicator to the end year of its period and whether that reaches the end
 * target (sesuai jalur, "on track"). Made by {@link RumusKemajuan#proyeksi(DeretKinerja)}.
 *
 * <p>The projected value and the slope are exact fractions rounded once by
 * {@link #getPembulatan()}; the on-track decision is taken on the exact projection, before rounding,
 * by polarity:
 * <ul>
 *   <li>{@code POSITIF}: projection &gt;= end target;</li>
 *   <li>{@code NEGATIF}: projection &lt;= end target;</li>
 *   <li>{@code STABIL}: the projection is no farther from the end target than the latest realisasi
 *       (the trend heads for the target, or stays on it). The library's choice; no regulation
 *       defines it.</li>
 * </ul>
 *
 * <p>Example, Klojen IPMas (Tabel 3.3): 67,8 / 83,00 / 80,98 (2019-2021) by
 * {@link MetodeProyeksi#LINEAR_KUADRAT_TERKECIL} rises 6,59 a year and projects to 97,03 in 2023,
 * above the end target 90,00: on track, although 2021 fell.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class Proyeksi {

    Proyeksi() {
    }

    /**
     * The method that made this projection.
     *
     * @return the method, never null
     */
    public abstract MetodeProyeksi getMetode();

    /**
     * The realisasi the projection is based on: every year of the series that has one, in order.
     *
     * @return an unmodifiable list of two or more, never null
     */
    public abstract List<Realisasi> getDasar();

    /**
     * The year projected to: the last year of the period.
     *
     * @return the year, never null
     */
    public abstract Tahun getTahun();

    /**
     * The projected realisasi of {@link #getTahun()}, rounded once by {@link #getPembulatan()}, in
     * the indicator's unit.
     *
     * @return the value, never null
     */
    public abstract BigDecimal getNilai();

    /**
     * The change per year of the projection line (its slope), rounded once.
     *
     * @return the change per year, in the indicator's unit, never null
     */
    public abstract BigDecimal getLajuPerTahun();

    /**
     * The end-of-period target the projection is measured against.
     *
     * @return the target, a single value, never null
     */
    public abstract Target getTargetAkhir();

    /**
     * Whether the projection reaches the end target by the indicator's polarity, decided exactly.
     *
     * @return true when the indicator is on track (sesuai jalur)
     */
    public abstract boolean isSesuaiJalur();

    /**
     * The rounding of the projected value and the slope.
     *
     * @return the policy, never null
     */
    public abstract Pembulatan getPembulatan();

    /**
     * The projection as text, for example
     * {@code Proyeksi[LINEAR_KUADRAT_TERKECIL 2023: 97.03, laju 6.59, target 90.00, sesuai jalur]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Proyeksi[" + getMetode() + " " + getTahun() + ": " + getNilai().toPlainString() + ", laju "
                + getLajuPerTahun().toPlainString() + ", target " + getTargetAkhir().getNilai().toPlainString()
                + (isSesuaiJalur() ? ", sesuai jalur" : ", tidak sesuai jalur") + "]";
    }
}
