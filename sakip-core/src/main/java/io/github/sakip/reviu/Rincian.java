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
 * The raw counts behind a realisasi, as a report states them in its text:
 * {@code realisasi = pembilang / penyebut x pengali}.
 *
 * <p>Examples from the Klojen LKjIP 2021, Tabel 3.4 (Keberhasilan/Kegagalan), column 9: "jumlah
 * RT = 679 sedangkan jumlah Linmas = 588 orang" is {@code Rincian.of(588, 679, 1)} behind the
 * printed ratio 0,87 (588 / 679 = 0,8659...); "usulan ... = 221 kegiatan, ... diakomodir ... 86
 * kegiatan" is {@code Rincian.of(86, 221, 100)} behind the printed 38,91 %.
 *
 * <p>A reviu checks the printed realisasi against its counts, and the capaian against both.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Rincian {

    Rincian() {
    }

    /**
     * The numerator, for example the 588 Linmas.
     *
     * @return the numerator, never null
     */
    public abstract BigDecimal getPembilang();

    /**
     * The denominator, for example the 679 RT.
     *
     * @return the denominator, above zero, never null
     */
    public abstract BigDecimal getPenyebut();

    /**
     * The multiplier that puts the quotient in the indicator's unit: 100 for a percentage, 1 for
     * a ratio.
     *
     * @return the multiplier, above zero, never null
     */
    public abstract BigDecimal getPengali();

    /**
     * Obtains the counts behind a realisasi.
     *
     * @param pembilang the numerator, not null
     * @param penyebut the denominator, above zero, not null
     * @param pengali the multiplier, above zero, not null
     * @return the counts, never null
     * @throws SakipException when an argument is null or has more than 1000
     *     digits in plain form, or the denominator or the multiplier is not above zero
     */
    public static Rincian of(BigDecimal pembilang, BigDecimal penyebut,
            BigDecimal pengali) {
        return ImmutableRincian.of(Checks.boundedDigits(pembilang, "Rincian.pembilang"),
                Checks.boundedDigits(penyebut, "Rincian.penyebut"), Checks.boundedDigits(pengali, "Rincian.pengali"));
    }

    @JsonProperty("pembilang")
    String pembilangJson() {
        return getPembilang().toString();
    }

    @JsonProperty("penyebut")
    String penyebutJson() {
        return getPenyebut().toString();
    }

    @JsonProperty("pengali")
    String pengaliJson() {
        return getPengali().toString();
    }

    @JsonCreator
    static Rincian json(@JsonProperty("pembilang") BigDecimal pembilang,
            @JsonProperty("penyebut") BigDecimal penyebut, @JsonProperty("pengali") BigDecimal pengali) {
        return of(pembilang, penyebut, pengali);
    }

    @Value.Check
    void check() {
        Checks.check(getPenyebut().signum() > 0, "Rincian.penyebut must be > 0 (pembilang %s), was %s",
                getPembilang().toPlainString(), getPenyebut().toPlainString());
        Checks.check(getPengali().signum() > 0, "Rincian.pengali must be > 0, was %s",
                getPengali().toPlainString());
    }

    /**
     * The counts as text, for example {@code 588 / 679 x 1}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getPembilang().toPlainString() + " / " + getPenyebut().toPlainString() + " x "
                + getPengali().toPlainString();
    }
}
