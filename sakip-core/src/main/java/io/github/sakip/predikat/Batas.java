package io.github.sakip.predikat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One bound of a {@link Pita band}: a value and whether the value itself belongs to the band.
 *
 * <p>Example: the band "90 &lt;= x &lt; 110" of Tabel 2.5 of the Klojen LKjIP has the lower bound
 * {@code Batas.inklusif(90)} and the upper bound {@code Batas.eksklusif(110)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Batas {

    Batas() {
    }

    /**
     * The value of the bound.
     *
     * @return the value, never null
     */
    public abstract BigDecimal getNilai();

    /** The JSON form of the value: an exact string, {@code "85"}. */
    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    /**
     * Whether the value itself belongs to the band.
     *
     * @return true for an inclusive bound ({@code <=}, {@code >=})
     */
    @JsonProperty("inklusif")
    public abstract boolean isInklusif();

    /**
     * An inclusive bound: the value belongs to the band.
     *
     * @param nilai the value, not null, at most 1000 digits in plain form
     * @return the bound, never null
     * @throws SakipException when the value is null or too long
     */
    public static Batas inklusif(BigDecimal nilai) {
        return ImmutableBatas.of(Checks.boundedDigits(nilai, "Batas.nilai"), true);
    }

    /**
     * An exclusive bound: the value does not belong to the band.
     *
     * @param nilai the value, not null, at most 1000 digits in plain form
     * @return the bound, never null
     * @throws SakipException when the value is null or too long
     */
    public static Batas eksklusif(BigDecimal nilai) {
        return ImmutableBatas.of(Checks.boundedDigits(nilai, "Batas.nilai"), false);
    }

    @JsonCreator
    static Batas json(@JsonProperty("nilai") BigDecimal nilai, @JsonProperty("inklusif") boolean inklusif) {
        return inklusif ? inklusif(nilai) : eksklusif(nilai);
    }
}
