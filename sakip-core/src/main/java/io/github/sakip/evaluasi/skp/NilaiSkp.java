package io.github.sakip.evaluasi.skp;

import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The nilai of an SKP: the weighted mean of the nilai capaian of its indicators,
 * {@code sum(nilai x bobot) / sum(bobot)}, exact and rounded once, with its inputs and the
 * {@link KonversiCapaianIki} that produced it.
 *
 * <p>Example: capaian 100 % (nilai 109) weighted 60 and 98 % (nilai 88) weighted 40 give
 * {@code (109 x 60 + 88 x 40) / 100 = 100,60}.
 *
 * <p>PermenPANRB 8/2021 as the library reached it does not state the predikat of an SKP's nilai, so none is given here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class NilaiSkp {

    NilaiSkp() {
    }

    /**
     * The indicators, as given.
     *
     * @return an unmodifiable list, at least one, never null
     */
    public abstract List<CapaianIki> getIki();

    /**
     * The nilai capaian of each indicator, in the same order.
     *
     * @return an unmodifiable list, never null
     */
    public abstract List<NilaiCapaianIki> getNilaiIki();

    /**
     * The conversion that produced this result.
     *
     * @return the conversion, never null
     */
    public abstract KonversiCapaianIki getKonversi();

    /**
     * The weighted mean, exact.
     *
     * @return the nilai, 0 to 120, never null
     */
    public Pecahan getNilaiEksak() {
        Pecahan sum = Pecahan.NOL;
        Pecahan bobot = Pecahan.NOL;
        for (int i = 0; i < getIki().size(); i++) {
            Pecahan w = Pecahan.of(getIki().get(i).getBobot());
            sum = sum.plus(getNilaiIki().get(i).getNilaiEksak().times(w));
            bobot = bobot.plus(w);
        }
        return sum.dividedBy(bobot);
    }

    /**
     * The weighted mean rounded once by the conversion's rounding, for example {@code 100.60}.
     *
     * @return the nilai, never null
     */
    public BigDecimal getNilai() {
        return getNilaiEksak().bulatkan(getKonversi().getPembulatan());
    }

    /**
     * The result as text: the nilai and each indicator's.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NilaiSkp[" + getNilai().toPlainString() + ", " + getNilaiIki() + "]";
    }
}
