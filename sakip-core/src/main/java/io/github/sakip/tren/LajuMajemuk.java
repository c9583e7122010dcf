package io.github.sakip.tren;

import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import org.immutables.value.Value;

/**
 * The compound annual growth rate (laju pertumbuhan majemuk, CAGR) between two years:
 * {@code ((R(akhir) / R(awal))^(1/n) - 1) x 100}, n the number of years between them. Made by
 * {@link RumusTren#lajuMajemuk(DeretKinerja, io.github.sakip.model.Tahun, io.github.sakip.model.Tahun)}.
 *
 * <p>Precision: the n-th root is computed in {@code BigDecimal} and rounded correctly, once, by
 * {@link #getPembulatan()}: the printed figure is exactly the true rate rounded, never off by one
 * in the last digit (the library proves the rounding with exact decimal comparisons; see the
 * package documentation).
 *
 * <p>Example, Klojen Nilai SAKIP OPD (Tabel 3.2): from 75,74 (2018) to 87,80 (2021), n = 3, the
 * rate is 5,05 % a year (87,80 / 75,74 = 1,15923..., its cube root 1,05049...).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class LajuMajemuk {

    LajuMajemuk() {
    }

    /**
     * The realisasi of the first year.
     *
     * @return the realisasi, greater than zero, never null
     */
    public abstract Realisasi getAwal();

    /**
     * The realisasi of the last year.
     *
     * @return the realisasi, zero or more, never null
     */
    public abstract Realisasi getAkhir();

    /**
     * The rate in percent per year, rounded once by {@link #getPembulatan()}; -100 when the last
     * value is zero.
     *
     * @return the rate, never null
     */
    public abstract Persen getPersen();

    /**
     * The rounding of the rate.
     *
     * @return the policy, never null
     */
    public abstract Pembulatan getPembulatan();

    /**
     * The number of years n between the two realisasi.
     *
     * @return n, 1 or more
     */
    public int getJumlahTahun() {
        return getAkhir().getTahun().getValue() - getAwal().getTahun().getValue();
    }

    /**
     * The rate as text, for example {@code LajuMajemuk[2018-2021: 5.05% per tahun]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "LajuMajemuk[" + getAwal().getTahun() + "-" + getAkhir().getTahun() + ": " + getPersen()
                + " per tahun]";
    }
}
