package io.github.sakip.predikat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import org.immutables.value.Value;

/**
 * A rating (predikat) on a {@link Skala}: its label and its rank, 1 for the lowest band.
 *
 * <p>Example: on {@link SkalaBaku#LKJIP} a capaian of 109,74 % rates
 * {@code Predikat[Tercapai/ Berhasil, 3 of 4]}; 93,29 % rates the same band, although that
 * target is not met (tercapai means capaian &gt;= 100, a separate question).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Predikat implements Comparable<Predikat> {

    Predikat() {
    }

    /**
     * The label, as the scale prints it, for example {@code "Sangat tercapai/ Sangat berhasil"}.
     *
     * @return the label, not blank, never null
     */
    @JsonProperty("label")
    public abstract String getLabel();

    /**
     * The rank on its scale: 1 for the lowest band, {@link #getJumlahPeringkat()} for the highest.
     *
     * @return the rank, 1 or more
     */
    @JsonProperty("peringkat")
    public abstract int getPeringkat();

    /**
     * The number of bands of the scale.
     *
     * @return the number of bands, at least {@link #getPeringkat()}
     */
    @JsonProperty("jumlahPeringkat")
    public abstract int getJumlahPeringkat();

    /**
     * Obtains a rating.
     *
     * @param label the label, not blank
     * @param peringkat the rank, 1 to {@code jumlahPeringkat}
     * @param jumlahPeringkat the number of bands of the scale, 1 or more
     * @return the rating, never null
     * @throws SakipException when the label is blank or the rank out of range
     */
    @JsonCreator
    public static Predikat of(@JsonProperty("label") String label, @JsonProperty("peringkat") int peringkat,
            @JsonProperty("jumlahPeringkat") int jumlahPeringkat) {
        return ImmutablePredikat.of(Checks.notBlank(label, "Predikat.label"), peringkat, jumlahPeringkat);
    }

    @Value.Check
    void check() {
        Checks.check(getPeringkat() >= 1 && getPeringkat() <= getJumlahPeringkat(),
                "Predikat.peringkat must be between 1 and %s, was %s", getJumlahPeringkat(), getPeringkat());
    }

    /**
     * Compares ranks: a higher band is greater.
     *
     * @param other another rating of the same scale, not null
     * @return negative, zero or positive as this rank is lower, equal or higher
     */
    @Override
    public int compareTo(Predikat other) {
        return Integer.compare(getPeringkat(), other.getPeringkat());
    }

    /**
     * The rating as text, for example {@code Predikat[Tercapai/ Berhasil, 3 of 4]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Predikat[" + getLabel() + ", " + getPeringkat() + " of " + getJumlahPeringkat() + "]";
    }
}
