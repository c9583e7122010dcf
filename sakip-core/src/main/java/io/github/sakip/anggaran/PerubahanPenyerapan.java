package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Persen;
import io.github.sakip.tren.Arah;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The change of penyerapan from the year before, in percentage points (poin persentase), from the
 * percentages as given (printed, for example by {@link Penyerapan#getPersen()}), so the difference is
 * exact and needs no rounding.
 *
 * <p>Example, the Klojen LKjIP 2021 (Bab IV): 96,30 % in 2020 and 92,57 % in 2021, "turun sebesar
 * 3,73": selisih -3,73, {@link Arah#TURUN}.
 *
 * <p>JSON (docs/json.md): {@code {"sebelumnya":"85.10","sekarang":"92.57","selisih":"7.47",
 * "arah":"NAIK"}}; {@code selisih} and {@code arah} are written for readers and recomputed on reading.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"selisih", "arah"}, allowGetters = true)
@JsonPropertyOrder({"sebelumnya", "sekarang", "selisih", "arah"})
public abstract class PerubahanPenyerapan {

    PerubahanPenyerapan() {
    }

    /**
     * The penyerapan of the year before.
     *
     * @return the percentage, never null
     */
    @JsonProperty("sebelumnya")
    public abstract Persen getSebelumnya();

    /**
     * The penyerapan of this year.
     *
     * @return the percentage, never null
     */
    @JsonProperty("sekarang")
    public abstract Persen getSekarang();

    /**
     * Obtains the change between two years' penyerapan.
     *
     * @param sebelumnya the penyerapan of the year before, not null
     * @param sekarang the penyerapan of this year, not null
     * @return the change, never null
     * @throws SakipException when an argument is null
     */
    @JsonCreator
    public static PerubahanPenyerapan of(@JsonProperty("sebelumnya") Persen sebelumnya,
            @JsonProperty("sekarang") Persen sekarang) {
        return ImmutablePerubahanPenyerapan.of(Checks.notNull(sebelumnya, "PerubahanPenyerapan.sebelumnya"),
                Checks.notNull(sekarang, "PerubahanPenyerapan.sekarang"));
    }

    /**
     * This year's minus the year before's, in percentage points, exact.
     *
     * @return the difference, never null
     */
    public BigDecimal getSelisih() {
        return getSekarang().minus(getSebelumnya());
    }

    /**
     * The direction of the change.
     *
     * @return naik, turun or tetap, never null
     */
    @JsonProperty("arah")
    public Arah getArah() {
        return Arah.of(getSelisih());
    }

    /**
     * The change as text, for example {@code PerubahanPenyerapan[96.30% -> 92.57%: -3.73 poin, TURUN]}.
     *
     * @return a description, never null
     */
    @JsonProperty("selisih")
    String selisihJson() {
        return getSelisih().toString();
    }

    @Override
    public String toString() {
        return "PerubahanPenyerapan[" + getSebelumnya() + " -> " + getSekarang() + ": "
                + getSelisih().toPlainString() + " poin, " + getArah() + "]";
    }
}
