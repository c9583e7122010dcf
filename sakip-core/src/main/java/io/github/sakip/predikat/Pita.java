package io.github.sakip.predikat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.ToIntFunction;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One band (pita, interval) of a {@link Skala}: the values between two {@link Batas bounds} and
 * the label they rate. An absent lower bound means "from minus infinity", an absent upper bound
 * "to plus infinity".
 *
 * <p>Example, Tabel 2.5 of the Klojen LKjIP: "90 &lt;= x &lt; 110 Tercapai/ Berhasil" is
 * {@code Pita.of(Batas.inklusif(new BigDecimal("90")), Batas.eksklusif(new BigDecimal("110")),
 * "Tercapai/ Berhasil")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Pita {

    Pita() {
    }

    /**
     * The lower bound.
     *
     * @return the bound, or empty for a band open to minus infinity
     */
    public abstract Optional<Batas> getBawah();

    /**
     * The upper bound.
     *
     * @return the bound, or empty for a band open to plus infinity
     */
    public abstract Optional<Batas> getAtas();

    /**
     * The label of the band.
     *
     * @return the label, not blank, never null
     */
    @JsonProperty("label")
    public abstract String getLabel();

    @JsonCreator
    static Pita json(@JsonProperty("bawah") @Nullable Batas bawah, @JsonProperty("atas") @Nullable Batas atas,
            @JsonProperty("label") String label) {
        return between(Optional.ofNullable(bawah), Optional.ofNullable(atas), label);
    }

    /**
     * Obtains a band between two bounds.
     *
     * @param bawah the lower bound, not null
     * @param atas the upper bound, not null
     * @param label the label, not blank
     * @return the band, never null
     * @throws SakipException when an argument is null, the label blank, or the band empty
     *     (lower above upper, or equal bounds not both inclusive)
     */
    public static Pita of(Batas bawah, Batas atas, String label) {
        return between(Optional.of(Checks.notNull(bawah, "Pita.bawah")), Optional.of(Checks.notNull(atas, "Pita.atas")),
                label);
    }

    /**
     * Obtains the lowest band of a scale, open to minus infinity: {@code x < 60} is
     * {@code Pita.hingga(Batas.eksklusif(60), label)}.
     *
     * @param atas the upper bound, not null
     * @param label the label, not blank
     * @return the band, never null
     * @throws SakipException when an argument is null or the label blank
     */
    public static Pita hingga(Batas atas, String label) {
        return between(Optional.empty(), Optional.of(Checks.notNull(atas, "Pita.atas")), label);
    }

    /**
     * Obtains the highest band of a scale, open to plus infinity: "110 keatas" is
     * {@code Pita.mulai(Batas.inklusif(110), label)}.
     *
     * @param bawah the lower bound, not null
     * @param label the label, not blank
     * @return the band, never null
     * @throws SakipException when an argument is null or the label blank
     */
    public static Pita mulai(Batas bawah, String label) {
        return between(Optional.of(Checks.notNull(bawah, "Pita.bawah")), Optional.empty(), label);
    }

    static Pita between(Optional<Batas> bawah, Optional<Batas> atas, @Nullable String label) {
        return ImmutablePita.of(bawah, atas, Checks.notBlank(label, "Pita.label"));
    }

    /**
     * Whether the value lies in this band.
     *
     * @param nilai the value, not null
     * @return true when the value is within both bounds
     */
    public boolean contains(BigDecimal nilai) {
        Checks.notNull(nilai, "Pita.contains nilai");
        return contains(nilai::compareTo);
    }

    /**
     * Whether an exact fraction lies in this band, each bound decided exactly: 1/3 lies above a
     * bound of 0,3333 however many decimals the bound has.
     *
     * @param nilai the value, not null
     * @return true when the value is within both bounds
     */
    public boolean contains(Pecahan nilai) {
        Checks.notNull(nilai, "Pita.contains nilai");
        return contains(bound -> nilai.compareTo(Pecahan.of(bound)));
    }

    /** Whether the value lies in the band, given its comparison with a bound's value. */
    private boolean contains(ToIntFunction<BigDecimal> compareWithBound) {
        Batas bawah = bawahAtauNull();
        if (bawah != null) {
            int c = compareWithBound.applyAsInt(bawah.getNilai());
            if (c < 0 || (c == 0 && !bawah.isInklusif())) {
                return false;
            }
        }
        Batas atas = atasAtauNull();
        if (atas != null) {
            int c = compareWithBound.applyAsInt(atas.getNilai());
            return c < 0 || (c == 0 && atas.isInklusif());
        }
        return true;
    }

    /** The lower bound or null, kept as a field: the Optional getter allocates, and bands are tested per rating. */
    @Value.Derived
    @JsonProperty("bawah")
    @Nullable
    Batas bawahAtauNull() {
        return getBawah().orElse(null);
    }

    /** The upper bound or null, kept as a field. */
    @Value.Derived
    @JsonProperty("atas")
    @Nullable
    Batas atasAtauNull() {
        return getAtas().orElse(null);
    }

    @Value.Check
    void check() {
        if (getBawah().isPresent() && getAtas().isPresent()) {
            Batas b = getBawah().get();
            Batas a = getAtas().get();
            int c = b.getNilai().compareTo(a.getNilai());
            Checks.check(c < 0 || (c == 0 && b.isInklusif() && a.isInklusif()),
                    "Pita \"%s\" must not be empty: lower bound %s must be below upper bound %s", getLabel(),
                    b.getNilai().toPlainString(), a.getNilai().toPlainString());
        }
    }

    /**
     * The band in the notation of the regulations, for example {@code 90 <= x < 110 Berhasil}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        String lower = getBawah().map(b -> b.getNilai().toPlainString() + (b.isInklusif() ? " <= " : " < "))
                .orElse("");
        String upper = getAtas().map(a -> (a.isInklusif() ? " <= " : " < ") + a.getNilai().toPlainString())
                .orElse("");
        return lower + "x" + upper + " " + getLabel();
    }
}
