package io.github.sakip.evaluasi.skp;

import io.github.sakip.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import io.github.sakip.predikat.Predikat;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The nilai capaian of one IKI: its capaian, the category it falls in and the converted nilai,
 * with the {@link KonversiCapaianIki} that produced them.
 *
 * <p>Example (PermenPANRB 8/2021's worked example): capaian 98 % (target 95, realisasi 93) is
 * {@code Cukup}, nilai 88.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class NilaiCapaianIki {

    NilaiCapaianIki() {
    }

    /**
     * The capaian converted.
     *
     * @return the capaian, never null
     */
    public abstract Persen getCapaian();

    /**
     * The category of the capaian, for example {@code Cukup}.
     *
     * @return the category, never null
     */
    public abstract Predikat getKategori();

    /**
     * The nilai capaian, exact.
     *
     * @return the nilai, 0 to 120, never null
     */
    public abstract Pecahan getNilaiEksak();

    /**
     * The conversion that produced this result.
     *
     * @return the conversion, never null
     */
    public abstract KonversiCapaianIki getKonversi();

    /**
     * The nilai capaian rounded once by the conversion's rounding, for example {@code 88.00}.
     *
     * @return the nilai, never null
     */
    public BigDecimal getNilai() {
        return getNilaiEksak().bulatkan(getKonversi().getPembulatan());
    }

    /**
     * The result as text, for example {@code NilaiCapaianIki[98% Cukup -> 88.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NilaiCapaianIki[" + getCapaian() + " " + getKategori().getLabel() + " -> " + getNilai().toPlainString()
                + "]";
    }
}
