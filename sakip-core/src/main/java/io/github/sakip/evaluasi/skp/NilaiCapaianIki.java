package io.github.sakip.evaluasi.skp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import io.github.sakip.predikat.Predikat;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The nilai capaian of one IKI: its capaian, the category it falls in and the converted nilai,
 * with the {@link KonversiCapaianIki} that produced them.
 *
 * <p>Examples (PermenPANRB 8/2021): capaian 98 % (target 95, realisasi 93) is {@code Cukup},
 * nilai 88; capaian 100 % on a target maksimal is {@code Sangat baik}, nilai 120.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"kategori", "nilai"}, allowGetters = true)
@JsonPropertyOrder({"capaian", "targetMaksimal", "konversi", "kategori", "nilai"})
public abstract class NilaiCapaianIki {

    NilaiCapaianIki() {
    }

    /**
     * The capaian converted.
     *
     * @return the capaian, never null
     */
    @JsonProperty("capaian")
    public abstract Persen getCapaian();

    /**
     * The category of the capaian, for example {@code Cukup}.
     *
     * @return the category, never null
     */
    @JsonProperty("kategori")
    public abstract Predikat getKategori();

    /**
     * The nilai capaian, exact.
     *
     * @return the nilai, 0 to 120, never null
     */
    public abstract Pecahan getNilaiEksak();

    /**
     * Whether the target maksimal rule of PermenPANRB 8/2021 Bab VI gave this nilai (a capaian of
     * exactly 100 % on a target that cannot be exceeded: sangat baik, 120).
     *
     * @return true when the rule applied
     */
    @JsonProperty("targetMaksimal")
    public abstract boolean isTargetMaksimal();

    /**
     * The conversion that produced this result.
     *
     * @return the conversion, never null
     */
    @JsonProperty("konversi")
    public abstract KonversiCapaianIki getKonversi();

    /** The JSON form of the rounded value, written for readers and ignored on reading: {@code "110.97"}. */
    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    /**
     * Reads a converted value back by converting its capaian again under its conversion: the
     * category and value are recomputed, never taken on trust.
     */
    @JsonCreator
    static NilaiCapaianIki json(@JsonProperty("capaian") Persen capaian,
            @JsonProperty("targetMaksimal") boolean targetMaksimal,
            @JsonProperty("konversi") KonversiCapaianIki konversi) {
        KonversiCapaianIki k = Checks.notNull(konversi, "NilaiCapaianIki.konversi");
        return targetMaksimal ? k.konversiTargetMaksimal(capaian) : k.konversi(capaian);
    }

    /**
     * The nilai capaian rounded once by the conversion's rounding, for example {@code 88.00}.
     *
     * @return the nilai, never null
     */
    public BigDecimal getNilai() {
        return getNilaiEksak().bulatkan(getKonversi().getPembulatan());
    }

    /**
     * The result as text, for example {@code NilaiCapaianIki[98% Cukup -> 88.00]} or
     * {@code NilaiCapaianIki[100% Sangat baik (target maksimal) -> 120.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NilaiCapaianIki[" + getCapaian() + " " + getKategori().getLabel()
                + (isTargetMaksimal() ? " (target maksimal)" : "") + " -> " + getNilai().toPlainString() + "]";
    }
}
