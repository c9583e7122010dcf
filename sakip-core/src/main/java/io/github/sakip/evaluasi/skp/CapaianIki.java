package io.github.sakip.evaluasi.skp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Persen;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One indicator (IKI, indikator kinerja individu) of an SKP: its name, its capaian, its weight
 * in the SKP's nilai, and whether its target is the highest attainable ("target maksimal").
 *
 * <p>Example: {@code CapaianIki.of("Persentase dokumen selesai tepat waktu",
 * Persen.of(new BigDecimal("98")), new BigDecimal("40"))}. An indicator whose target cannot be
 * exceeded, such as the regulation's own example "Persentase Pengelolaan Keuangan yang Bebas dari
 * Temuan Material" with target 100 %, is marked with {@link #withTargetMaksimal(boolean)}; its
 * capaian of 100 % then converts to the highest nilai (see {@link KonversiCapaianIki}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"nama", "capaian", "bobot", "targetMaksimal"})
public abstract class CapaianIki {

    CapaianIki() {
    }

    /**
     * The name of the indicator.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The capaian of the indicator, computed by the capaian formulas of PermenPANRB 8/2021 Bab VI.
     *
     * @return the capaian, never null
     */
    @JsonProperty("capaian")
    public abstract Persen getCapaian();

    /**
     * The weight of the indicator, for example in percent of the SKP.
     *
     * @return the weight, above 0, never null
     */
    public abstract BigDecimal getBobot();

    /**
     * Whether the target is the highest that can be attained for this indicator ("target yang
     * ditetapkan merupakan target maksimal yang dapat dicapai", PermenPANRB 8/2021 Bab VI), so
     * that the capaian cannot exceed 100 %. False unless set with {@link #withTargetMaksimal(boolean)}.
     *
     * @return true for a target maksimal
     */
    @JsonProperty("targetMaksimal")
    public abstract boolean isTargetMaksimal();

    /** The JSON form of the weight: an exact string, {@code "1"}. */
    @JsonProperty("bobot")
    String bobotJson() {
        return getBobot().toString();
    }

    @JsonCreator
    static CapaianIki json(@JsonProperty("nama") String nama, @JsonProperty("capaian") Persen capaian,
            @JsonProperty("bobot") BigDecimal bobot, @JsonProperty("targetMaksimal") boolean targetMaksimal) {
        return of(nama, capaian, bobot).withTargetMaksimal(targetMaksimal);
    }

    /**
     * Obtains an indicator whose target is not a target maksimal.
     *
     * @param nama the name, not blank
     * @param capaian the capaian, not null
     * @param bobot the weight, above 0
     * @return the indicator, never null
     * @throws SakipException when an argument is null or blank, or the weight is not above 0 or has
     *     more than 1000 digits in plain form
     */
    public static CapaianIki of(String nama, Persen capaian, BigDecimal bobot) {
        return ImmutableCapaianIki.of(Checks.notBlank(nama, "CapaianIki.nama"), Checks.notNull(capaian,
                "CapaianIki.capaian"), Checks.boundedDigits(bobot, "CapaianIki.bobot"), false);
    }

    /**
     * This indicator with its target marked as a target maksimal, or not. A target maksimal
     * cannot be exceeded, so a capaian above 100 % contradicts it and is refused.
     *
     * @param targetMaksimal true when the target is the highest attainable
     * @return the indicator, never null
     * @throws SakipException when the target is marked maksimal and the capaian is above 100 %
     */
    public CapaianIki withTargetMaksimal(boolean targetMaksimal) {
        return ImmutableCapaianIki.of(getNama(), getCapaian(), getBobot(), targetMaksimal);
    }

    @Value.Check
    void check() {
        Checks.check(getBobot().signum() > 0, "CapaianIki.bobot of %s must be > 0, was %s", Checks.quote(getNama()),
                getBobot().toPlainString());
        if (isTargetMaksimal()) {
            KonversiCapaianIki.checkTargetMaksimal(getCapaian(), "CapaianIki.capaian of " + Checks.quote(getNama()));
        }
    }

    /**
     * The indicator as text: name, capaian, weight and, if so, "target maksimal".
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "CapaianIki[" + getNama() + ", " + getCapaian() + ", bobot " + getBobot().toPlainString()
                + (isTargetMaksimal() ? ", target maksimal" : "") + "]";
    }
}
