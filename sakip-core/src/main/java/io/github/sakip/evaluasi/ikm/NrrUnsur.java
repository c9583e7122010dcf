package io.github.sakip.evaluasi.ikm;

import io.github.sakip.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One row of an IKM result: an unsur, its totals, its NRR (nilai rata-rata), its weight and its
 * weighted NRR, exact.
 *
 * <p>Example: "Persyaratan" answered by 150 respondents for a total of 513 has NRR 3,42 and,
 * weighted by 1/9, 0,38; weighted by the printed 0,111, 0,37962.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class NrrUnsur {

    NrrUnsur() {
    }

    /**
     * The name of the unsur, from the pedoman.
     *
     * @return the name, never null
     */
    public abstract String getNama();

    /**
     * The totals of the unsur.
     *
     * @return the totals, never null
     */
    public abstract RekapUnsur getRekap();

    /**
     * The NRR used: exact (sum / count), or rounded first in the "as printed" variant
     * ({@link RumusIkm#withNrrDicetak}).
     *
     * @return the NRR, between 1 and 4, never null
     */
    public abstract Pecahan getNrr();

    /**
     * The weight of the unsur: 1/9, or 0,111 as printed.
     *
     * @return the weight, never null
     */
    public abstract Pecahan getBobot();

    /**
     * The weighted NRR: NRR x weight.
     *
     * @return the weighted NRR, exact, never null
     */
    public Pecahan getNrrTertimbang() {
        return getNrr().times(getBobot());
    }

    /**
     * The NRR rounded for printing: 3,42 at {@link Pembulatan#STANDAR}.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded NRR, never null
     */
    public BigDecimal nrr(Pembulatan pembulatan) {
        return getNrr().bulatkan(pembulatan);
    }

    /**
     * The weighted NRR rounded for printing.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded weighted NRR, never null
     */
    public BigDecimal nrrTertimbang(Pembulatan pembulatan) {
        return getNrrTertimbang().bulatkan(pembulatan);
    }

    /**
     * The row as text, for example {@code NrrUnsur[Persyaratan, 513/150, NRR 171/50, bobot 1/9]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NrrUnsur[" + getNama() + ", " + getRekap().getJumlahNilai() + "/" + getRekap().getJumlahResponden()
                + ", NRR " + getNrr() + ", bobot " + getBobot() + "]";
    }
}
