package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A finding of a reviu: where, what was printed, what the data gives, the difference and its kind.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.4: efficiency of "Meningkatnya kinerja pelayanan
 * perangkat daerah" printed 122,56, the data gives 109,74 / 89,49 x 100 = 122,63; difference
 * -0,07, {@link JenisTemuan#KESALAHAN}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Temuan {

    Temuan() {
    }

    /**
     * Where the printed figure stands.
     *
     * @return the location, never null
     */
    @JsonProperty("lokasi")
    public abstract Lokasi getLokasi();

    /**
     * The kind of finding.
     *
     * @return the kind, never null
     */
    @JsonProperty("jenis")
    public abstract JenisTemuan getJenis();

    /**
     * The figure as printed.
     *
     * @return the printed figure, never null
     */
    public abstract BigDecimal getDicetak();

    /**
     * What the data gives, at the printed scale with at least two decimals under the reviu's
     * rounding mode, so that rounding never hides a difference (109,68 beside a printed 100, not
     * 110) (or, for
     * {@link JenisTemuan#TIDAK_KONSISTEN}, the figure printed at the other place).
     *
     * @return the computed figure, never null
     */
    public abstract BigDecimal getDihitung();

    /**
     * For {@link JenisTemuan#PEMBULATAN}, the rounding mode that gives the printed figure.
     *
     * @return the mode, or empty for other kinds
     */
    public abstract Optional<RoundingMode> getPembulatanDicetak();

    /**
     * For {@link JenisTemuan#VARIAN}, the policy that explains the printed figure, for example
     * {@code capaian dibatasi 100 %}.
     *
     * @return the policy in words, or empty for other kinds
     */
    public abstract Optional<String> getVarian();

    /**
     * A sentence explaining the finding, for example naming the other place of an inconsistent
     * amount or the formula.
     *
     * @return the explanation, never null, possibly empty
     */
    @JsonProperty("keterangan")
    public abstract String getKeterangan();

    /**
     * Obtains a finding.
     *
     * @param lokasi where, not null
     * @param jenis the kind, not null
     * @param dicetak the printed figure, not null, at most 1000 digits in plain form
     * @param dihitung what the data gives, not null, at most 1000 digits in plain form
     * @param pembulatanDicetak for rounding-only findings the mode that gives the printed figure, or null
     * @param keterangan an explanation, not null, may be empty
     * @return the finding, never null
     * @throws SakipException when a required argument is null, a figure too long, or a rounding mode
     *     is given for a kind other than {@link JenisTemuan#PEMBULATAN} or missing for it
     */
    public static Temuan of(Lokasi lokasi, JenisTemuan jenis, BigDecimal dicetak,
            BigDecimal dihitung, @Nullable RoundingMode pembulatanDicetak,
            String keterangan) {
        return baru(lokasi, jenis, dicetak, dihitung, pembulatanDicetak, null, keterangan);
    }

    /**
     * Obtains a {@link JenisTemuan#VARIAN} finding: a figure that the default policy does not give
     * and another legitimate policy does.
     *
     * @param lokasi where, not null
     * @param dicetak the printed figure, not null, at most 1000 digits in plain form
     * @param dihitung what the default policy gives, not null, at most 1000 digits
     * @param varian the policy that gives the printed figure, in words, not blank
     * @param keterangan an explanation, not null, may be empty
     * @return the finding, never null
     * @throws SakipException when an argument is null, a figure too long, or the policy blank
     */
    public static Temuan varian(Lokasi lokasi, BigDecimal dicetak, BigDecimal dihitung,
            String varian, String keterangan) {
        return baru(lokasi, JenisTemuan.VARIAN, dicetak, dihitung, null, Checks.notBlank(varian, "Temuan.varian"),
                keterangan);
    }

    /** The one constructor: checks each argument; {@link #check()} checks that they fit the kind. */
    private static Temuan baru(Lokasi lokasi, JenisTemuan jenis, BigDecimal dicetak, BigDecimal dihitung,
            @Nullable RoundingMode pembulatanDicetak, @Nullable String varian, String keterangan) {
        return ImmutableTemuan.of(Checks.notNull(lokasi, "Temuan.lokasi"), Checks.notNull(jenis, "Temuan.jenis"),
                Checks.boundedDigits(dicetak, "Temuan.dicetak"), Checks.boundedDigits(dihitung, "Temuan.dihitung"),
                Optional.ofNullable(pembulatanDicetak),
                Optional.ofNullable(varian).map(v -> Checks.notBlank(v, "Temuan.varian")),
                Checks.notNull(keterangan, "Temuan.keterangan"));
    }

    /**
     * The difference, printed minus computed: 122,56 - 122,63 = -0,07.
     *
     * @return the difference, exact, never null
     */
    public BigDecimal getSelisih() {
        return getDicetak().subtract(getDihitung());
    }

    @JsonProperty("dicetak")
    String dicetakJson() {
        return getDicetak().toString();
    }

    @JsonProperty("dihitung")
    String dihitungJson() {
        return getDihitung().toString();
    }

    @JsonProperty("pembulatanDicetak")
    @Nullable
    RoundingMode pembulatanDicetakJson() {
        return getPembulatanDicetak().orElse(null);
    }

    @JsonProperty("varian")
    @Nullable
    String varianJson() {
        return getVarian().orElse(null);
    }

    @JsonCreator
    static Temuan json(@JsonProperty("lokasi") Lokasi lokasi, @JsonProperty("jenis") JenisTemuan jenis,
            @JsonProperty("dicetak") BigDecimal dicetak, @JsonProperty("dihitung") BigDecimal dihitung,
            @JsonProperty("pembulatanDicetak") @Nullable RoundingMode pembulatanDicetak,
            @JsonProperty("varian") @Nullable String varian, @JsonProperty("keterangan") String keterangan) {
        return baru(lokasi, jenis, dicetak, dihitung, pembulatanDicetak, varian, keterangan);
    }

    @Value.Check
    void check() {
        Checks.check((getJenis() == JenisTemuan.PEMBULATAN) == getPembulatanDicetak().isPresent(),
                "Temuan.pembulatanDicetak must be given exactly for JenisTemuan.PEMBULATAN, was %s for %s",
                getPembulatanDicetak().map(Object::toString).orElse("none"), getJenis());
        Checks.check((getJenis() == JenisTemuan.VARIAN) == getVarian().isPresent(),
                "Temuan.varian must be given exactly for JenisTemuan.VARIAN, was %s for %s",
                getVarian().orElse("none"), getJenis());
    }

    /**
     * The finding as one line, for example
     * {@code KESALAHAN Tabel 3.4 / ... / 9: printed 122.56, data gives 122.63 (difference -0.07)}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getJenis() + " " + getLokasi() + ": printed " + getDicetak().toPlainString() + ", data gives "
                + getDihitung().toPlainString() + " (difference " + getSelisih().toPlainString() + ")"
                + getPembulatanDicetak().map(m -> ", printed with " + m).orElse("")
                + getVarian().map(v -> ", explained by " + v).orElse("")
                + (getKeterangan().isEmpty() ? "" : "; " + getKeterangan());
    }
}
