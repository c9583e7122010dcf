package io.github.sakip.evaluasi.ikm;

import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of an IKM result: an unsur, its totals when known, its NRR (nilai rata-rata), its
 * weight and its weighted NRR, exact.
 *
 * <p>Examples: "Persyaratan" answered by 150 respondents for a total of 513 has NRR 3,42 and,
 * weighted by 1/9, 0,38; weighted by the printed 0,111, 0,37962. From a table that prints only
 * the NRR ({@link RumusIkm#hitungDariNrr}), "Prosedur pelayanan" of a Puskesmas survey of June
 * 2012 ("Hasil PHC", Tabel 1, KepmenPAN 25/2004) has no totals, NRR 3,06 as printed and, weighted
 * by the printed 0,071, 0,21726.
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
     * The totals of the unsur (sum of answers and number who answered), when the source has them.
     *
     * @return the totals, or empty when the result comes from a table that prints only the NRR
     *     ({@link RumusIkm#hitungDariNrr}), never null
     */
    public abstract Optional<RekapUnsur> getRekap();

    /**
     * The NRR of the source, before any "as printed" rounding: the totals' sum / count, exact, or
     * the printed NRR as given (3,06 for "Prosedur pelayanan" in the PHC table of June 2012).
     *
     * @return the NRR, between 1 and 4, never null
     */
    public abstract Pecahan getNrrEksak();

    /**
     * The NRR used: {@link #getNrrEksak()}, or that value rounded first in the "as printed"
     * variant ({@link RumusIkm#withNrrDicetak}).
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
        return getNrr().bulatkan(Checks.notNull(pembulatan, "NrrUnsur.nrr pembulatan"));
    }

    /**
     * The weighted NRR rounded for printing.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded weighted NRR, never null
     */
    public BigDecimal nrrTertimbang(Pembulatan pembulatan) {
        return getNrrTertimbang().bulatkan(Checks.notNull(pembulatan, "NrrUnsur.nrrTertimbang pembulatan"));
    }

    /**
     * The row as text, for example {@code NrrUnsur[Persyaratan, 513/150, NRR 171/50, bobot 1/9]},
     * or {@code NrrUnsur[Prosedur pelayanan, NRR 153/50, bobot 71/1000]} without totals.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NrrUnsur[" + getNama()
                + getRekap().map(r -> ", " + r.getTotalNilai() + "/" + r.getJumlahResponden()).orElse("")
                + ", NRR " + getNrr() + ", bobot " + getBobot() + "]";
    }
}
