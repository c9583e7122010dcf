package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A number printed in digits with its words beside it, as Indonesian documents write
 * "80,01 (delapan puluh koma nol satu)". A reviu checks that the words say the digits.
 *
 * <p>Example, the Klojen LKjIP 2021, Bab III.A.4: "76,57 (tujuh puluh enam koma dua puluh enam)"
 * is {@code TerbilangDicetak.of(lokasi, new BigDecimal("76.57"), "tujuh puluh enam koma dua puluh
 * enam")}: the words say 76,26.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class TerbilangDicetak {

    TerbilangDicetak() {
    }

    /**
     * Where the number is printed.
     *
     * @return the location, never null
     */
    @JsonProperty("lokasi")
    public abstract Lokasi getLokasi();

    /**
     * The number in digits, at the printed scale.
     *
     * @return the number, never null
     */
    public abstract BigDecimal getAngka();

    /**
     * The words as printed.
     *
     * @return the words, not blank, never null
     */
    @JsonProperty("kata")
    public abstract String getKata();

    /**
     * Obtains a number printed with its words.
     *
     * @param lokasi where, not null
     * @param angka the digits, not null, at most 1000 digits in plain form
     * @param kata the words, not blank
     * @return the value, never null
     * @throws SakipException when an argument is null, the number too long or the words blank
     */
    public static TerbilangDicetak of(Lokasi lokasi, BigDecimal angka, String kata) {
        return ImmutableTerbilangDicetak.of(Checks.notNull(lokasi, "TerbilangDicetak.lokasi"),
                Checks.boundedDigits(angka, "TerbilangDicetak.angka"), Checks.notBlank(kata, "TerbilangDicetak.kata"));
    }

    @JsonProperty("angka")
    String angkaJson() {
        return getAngka().toString();
    }

    @JsonCreator
    static TerbilangDicetak json(@JsonProperty("lokasi") Lokasi lokasi, @JsonProperty("angka") BigDecimal angka,
            @JsonProperty("kata") String kata) {
        return of(lokasi, angka, kata);
    }

    /**
     * As text, for example {@code Bab III.A.4 / ... / teks: 76.57 (tujuh puluh enam koma dua puluh enam)}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getLokasi() + ": " + getAngka().toPlainString() + " (" + getKata() + ")";
    }
}
