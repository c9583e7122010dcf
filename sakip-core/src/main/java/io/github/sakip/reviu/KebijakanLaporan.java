package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The policies an agency declares for its own LKjIP, where agencies differ: the cap on capaian
 * ({@link BatasAtasCapaian}), the rounding of printed figures ({@link Pembulatan}), the formula
 * for lower-is-better indicators ({@link VarianNegatif}) and the rating scale with the labels the
 * report prints ({@link Skala}). Each policy is either declared or not; an undeclared policy is
 * the regulation's default ({@link #getBatasAtasCapaianEfektif()} and the like), and
 * {@link ReviuLkjip} also tries the known variants of it on each printed figure and names the one
 * that explains the figure.
 *
 * <p>Defaults: no cap ({@link BatasAtasCapaian#TANPA}); 2 decimals {@code HALF_UP}
 * ({@link Pembulatan#STANDAR}); PermenPANRB 8/2021's (2T - R) / T ({@link VarianNegatif#PERMENPANRB});
 * the LKjIP four-band scale ({@link SkalaBaku#LKJIP}).
 *
 * <p>Example: a dinas whose report prints every capaian capped at 100 and rounds down:
 * {@code KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.SERATUS)
 * .withPembulatan(Pembulatan.of(2, RoundingMode.DOWN))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class KebijakanLaporan {

    private static final KebijakanLaporan STANDAR = new KebijakanLaporan(null, null, null, null);

    @Nullable
    private final BatasAtasCapaian batasAtasCapaian;
    @Nullable
    private final Pembulatan pembulatan;
    @Nullable
    private final VarianNegatif varianNegatif;
    @Nullable
    private final Skala skala;

    private KebijakanLaporan(@Nullable BatasAtasCapaian batasAtasCapaian, @Nullable Pembulatan pembulatan,
            @Nullable VarianNegatif varianNegatif, @Nullable Skala skala) {
        this.batasAtasCapaian = batasAtasCapaian;
        this.pembulatan = pembulatan;
        this.varianNegatif = varianNegatif;
        this.skala = skala;
    }

    /**
     * No policy declared: every policy is the regulation's default, and the reviu recognises variants.
     *
     * @return the policies, never null
     */
    public static KebijakanLaporan standar() {
        return STANDAR;
    }

    /**
     * A copy that declares the report's cap on capaian.
     *
     * @param batas the cap, not null ({@link BatasAtasCapaian#TANPA} declares that there is none)
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public KebijakanLaporan withBatasAtasCapaian(BatasAtasCapaian batas) {
        return new KebijakanLaporan(Checks.notNull(batas, "KebijakanLaporan.batasAtasCapaian"), pembulatan,
                varianNegatif, skala);
    }

    /**
     * A copy that declares how the report rounds its figures.
     *
     * @param p the rounding, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public KebijakanLaporan withPembulatan(Pembulatan p) {
        return new KebijakanLaporan(batasAtasCapaian, Checks.notNull(p, "KebijakanLaporan.pembulatan"), varianNegatif,
                skala);
    }

    /**
     * A copy that declares the report's formula for lower-is-better indicators.
     *
     * @param varian the formula, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public KebijakanLaporan withVarianNegatif(VarianNegatif varian) {
        return new KebijakanLaporan(batasAtasCapaian, pembulatan, Checks.notNull(varian,
                "KebijakanLaporan.varianNegatif"), skala);
    }

    /**
     * A copy that declares the report's rating scale, with the labels it prints.
     *
     * @param s the scale, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public KebijakanLaporan withSkala(Skala s) {
        return new KebijakanLaporan(batasAtasCapaian, pembulatan, varianNegatif, Checks.notNull(s,
                "KebijakanLaporan.skala"));
    }

    /**
     * The declared cap.
     *
     * @return the cap, or empty when the report declares none (then the reviu recognises one)
     */
    public Optional<BatasAtasCapaian> getBatasAtasCapaian() {
        return Optional.ofNullable(batasAtasCapaian);
    }

    /**
     * The declared rounding.
     *
     * @return the rounding, or empty when undeclared
     */
    public Optional<Pembulatan> getPembulatan() {
        return Optional.ofNullable(pembulatan);
    }

    /**
     * The declared formula for lower-is-better indicators.
     *
     * @return the formula, or empty when undeclared
     */
    public Optional<VarianNegatif> getVarianNegatif() {
        return Optional.ofNullable(varianNegatif);
    }

    /**
     * The declared rating scale.
     *
     * @return the scale, or empty when undeclared
     */
    public Optional<Skala> getSkala() {
        return Optional.ofNullable(skala);
    }

    /**
     * The cap in force: the declared one, else none.
     *
     * @return the cap, never null
     */
    public BatasAtasCapaian getBatasAtasCapaianEfektif() {
        return getBatasAtasCapaian().orElse(BatasAtasCapaian.TANPA);
    }

    /**
     * The rounding in force: the declared one, else {@link Pembulatan#STANDAR}.
     *
     * @return the rounding, never null
     */
    public Pembulatan getPembulatanEfektif() {
        return getPembulatan().orElse(Pembulatan.STANDAR);
    }

    /**
     * The formula in force: the declared one, else {@link VarianNegatif#PERMENPANRB}.
     *
     * @return the formula, never null
     */
    public VarianNegatif getVarianNegatifEfektif() {
        return getVarianNegatif().orElse(VarianNegatif.PERMENPANRB);
    }

    /**
     * The scale in force: the declared one, else {@link SkalaBaku#LKJIP}.
     *
     * @return the scale, never null
     */
    public Skala getSkalaEfektif() {
        return getSkala().orElse(SkalaBaku.LKJIP);
    }

    @JsonProperty("batasAtasCapaian")
    @Nullable
    BatasAtasCapaian batasAtasCapaianJson() {
        return batasAtasCapaian;
    }

    @JsonProperty("pembulatan")
    @Nullable
    Pembulatan pembulatanJson() {
        return pembulatan;
    }

    @JsonProperty("varianNegatif")
    @Nullable
    VarianNegatif varianNegatifJson() {
        return varianNegatif;
    }

    @JsonProperty("skala")
    @Nullable
    Skala skalaJson() {
        return skala;
    }

    /** Reads the declared policies; an absent one is undeclared, as in {@link #standar()}. */
    @JsonCreator
    static KebijakanLaporan json(@JsonProperty("batasAtasCapaian") @Nullable BatasAtasCapaian batasAtasCapaian,
            @JsonProperty("pembulatan") @Nullable Pembulatan pembulatan,
            @JsonProperty("varianNegatif") @Nullable VarianNegatif varianNegatif,
            @JsonProperty("skala") @Nullable Skala skala) {
        return new KebijakanLaporan(batasAtasCapaian, pembulatan, varianNegatif, skala);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof KebijakanLaporan)) {
            return false;
        }
        KebijakanLaporan o = (KebijakanLaporan) obj;
        return getBatasAtasCapaian().equals(o.getBatasAtasCapaian()) && getPembulatan().equals(o.getPembulatan())
                && getVarianNegatif().equals(o.getVarianNegatif()) && getSkala().equals(o.getSkala());
    }

    @Override
    public int hashCode() {
        return Objects.hash(batasAtasCapaian, pembulatan, varianNegatif, skala);
    }

    /**
     * The declared policies as text, for example {@code KebijakanLaporan[BatasAtasCapaian[100]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("KebijakanLaporan[");
        getBatasAtasCapaian().ifPresent(x -> b.append(x).append(", "));
        getPembulatan().ifPresent(x -> b.append(x).append(", "));
        getVarianNegatif().ifPresent(x -> b.append(x).append(", "));
        getSkala().ifPresent(x -> b.append(x.getNama()).append(", "));
        String s = b.toString();
        return (s.endsWith(", ") ? s.substring(0, s.length() - 2) : s + "standar") + "]";
    }
}
