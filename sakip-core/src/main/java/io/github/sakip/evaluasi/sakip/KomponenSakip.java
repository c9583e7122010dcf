package io.github.sakip.evaluasi.sakip;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A component (komponen) of the SAKIP evaluation worksheet (lembar kerja evaluasi, LKE): a code,
 * a name, a weight (bobot, in points of the 100 of the total) and its sub-components, whose
 * weights add up to its own. A component without sub-components is scored (a leaf, "daun").
 *
 * <p>Example, PermenPANRB 88/2021 (weights from peer implementations): "1 Perencanaan kinerja",
 * bobot 30, with "1.a Keberadaan" 6, "1.b Kualitas" 9, "1.c Pemanfaatan" 15.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"kode", "nama", "bobot", "subKomponen"})
public abstract class KomponenSakip {

    KomponenSakip() {
    }

    /**
     * The code, unique in its pedoman, for example {@code "1.a"}.
     *
     * @return the code, not blank, never null
     */
    @JsonProperty("kode")
    public abstract String getKode();

    /**
     * The name, for example {@code "Keberadaan"}.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The weight, in points of the total of 100.
     *
     * @return the weight, above 0, never null
     */
    public abstract BigDecimal getBobot();

    /**
     * The sub-components, whose weights add up to {@link #getBobot()}.
     *
     * @return an unmodifiable list, empty for a scored leaf, never null
     */
    public abstract List<KomponenSakip> getSubKomponen();

    /** The JSON form of the weight: an exact string, {@code "30"}. */
    @JsonProperty("bobot")
    String bobotJson() {
        return getBobot().toString();
    }

    /** The JSON form of the sub-components: left out for a leaf. */
    @JsonProperty("subKomponen")
    @Nullable
    List<KomponenSakip> subKomponenJson() {
        return isDaun() ? null : getSubKomponen();
    }

    @JsonCreator
    static KomponenSakip json(@JsonProperty("kode") String kode, @JsonProperty("nama") String nama,
            @JsonProperty("bobot") BigDecimal bobot,
            @JsonProperty("subKomponen") @Nullable List<KomponenSakip> subKomponen) {
        return of(kode, nama, bobot, subKomponen == null ? List.of() : subKomponen);
    }

    /**
     * Obtains a scored component (a leaf).
     *
     * @param kode the code, not blank
     * @param nama the name, not blank
     * @param bobot the weight, above 0
     * @return the component, never null
     * @throws SakipException when an argument is null or blank, or the weight is not above 0 or has
     *     more than 1000 digits in plain form
     */
    public static KomponenSakip of(String kode, String nama, BigDecimal bobot) {
        return of(kode, nama, bobot, List.of());
    }

    /**
     * Obtains a component with sub-components.
     *
     * @param kode the code, not blank
     * @param nama the name, not blank
     * @param bobot the weight, above 0
     * @param subKomponen the sub-components, whose weights add up to {@code bobot}; copied
     * @return the component, never null
     * @throws SakipException when an argument is null or blank, the weight is not above 0 or has
     *     more than 1000 digits in plain form, or the sub-components' weights do not add up to it
     */
    public static KomponenSakip of(String kode, String nama, BigDecimal bobot,
            List<KomponenSakip> subKomponen) {
        return ImmutableKomponenSakip.of(Checks.notBlank(kode, "KomponenSakip.kode"),
                Checks.notBlank(nama, "KomponenSakip.nama"), Checks.boundedDigits(bobot, "KomponenSakip.bobot"),
                Checks.noNullElements(subKomponen, "KomponenSakip.subKomponen"));
    }

    /**
     * Whether this component is scored directly (it has no sub-components).
     *
     * @return true for a leaf
     */
    public boolean isDaun() {
        return getSubKomponen().isEmpty();
    }

    /**
     * This component and all below it, depth first, parents before children.
     *
     * @return an unmodifiable list starting with this component, never null
     */
    public List<KomponenSakip> getSemua() {
        List<KomponenSakip> all = new ArrayList<>();
        all.add(this);
        for (KomponenSakip k : getSubKomponen()) {
            all.addAll(k.getSemua());
        }
        return List.copyOf(all);
    }

    @Value.Check
    void check() {
        Checks.check(getBobot().signum() > 0, "KomponenSakip.bobot of %s must be > 0, was %s", getKode(),
                getBobot().toPlainString());
        if (!isDaun()) {
            BigDecimal sum = getSubKomponen().stream().map(KomponenSakip::getBobot).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            Checks.check(sum.compareTo(getBobot()) == 0,
                    "KomponenSakip %s: the weights (bobot) of its sub-components must add up to %s, was %s", getKode(),
                    getBobot().toPlainString(), sum.toPlainString());
        }
    }

    /**
     * The component as text, for example {@code 1.a Keberadaan (6)}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getKode() + " " + getNama() + " (" + getBobot().toPlainString() + ")";
    }
}
