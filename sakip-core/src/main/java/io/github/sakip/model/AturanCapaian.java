package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * An indicator's own capaian rule (aturan capaian), as its Manual IKU states it: the formula for
 * a lower-is-better indicator and a cap on its capaian. Each part is optional; a part that is not
 * set follows the calculator ({@code io.github.sakip.capaian.RumusCapaian}) that computes the
 * capaian, and a part that is set overrides the calculator's policy for this indicator only.
 *
 * <p>PermenPANRB 53/2014 asks every IKU to state its formula ("formulasi perhitungan") in the
 * agency's Manual IKU; agencies differ in the lower-is-better formula and some cap capaian
 * (practice: Kota Dumai's LKjIP 2016 prints 100 for every indicator above target). Two
 * lower-is-better indicators of one agreement may thus follow two formulas:
 * <pre>{@code
 * Indikator kemiskinan = Indikator.of("Persentase penduduk miskin", Satuan.PERSEN, Polaritas.NEGATIF);
 * Indikator waktu = Indikator.of("Waktu layanan izin", Satuan.of("hari"), Polaritas.NEGATIF)
 *         .withAturan(AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO)
 *                 .withBatasAtas(Persen.of(new BigDecimal("120"))));
 * // target 7 days, realisasi 5 days: 7 / 5 x 100 = 140, capped to 120.00
 * }</pre>
 *
 * <p>The cap limits the printed capaian ({@code Capaian.getPersen()}) and the value averaged;
 * whether the target is met (tercapai) is judged on the exact capaian, which a cap of 100 % or
 * more never changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class AturanCapaian {

    /** The rule that overrides nothing: the indicator follows the calculator. */
    public static final AturanCapaian IKUT_RUMUS = ImmutableAturanCapaian.of(Optional.empty(), Optional.empty());

    AturanCapaian() {
    }

    /**
     * The formula of a lower-is-better indicator, when the indicator has its own.
     *
     * @return the formula, or empty to follow the calculator's
     */
    public abstract Optional<VarianNegatif> getVarianNegatif();

    /**
     * The cap on the indicator's capaian, when it has one.
     *
     * @return the cap in percent, 100 or more, or empty for no cap of its own
     */
    public abstract Optional<Persen> getBatasAtas();

    /**
     * A copy with the given lower-is-better formula.
     *
     * @param varianNegatif the formula, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public AturanCapaian withVarianNegatif(VarianNegatif varianNegatif) {
        return ImmutableAturanCapaian.of(Optional.of(Checks.notNull(varianNegatif, "AturanCapaian.varianNegatif")),
                getBatasAtas());
    }

    /**
     * A copy with the given cap.
     *
     * @param batasAtas the cap, 100 % or more (below 100 a met target would print as missed), not null
     * @return the copy, never null
     * @throws SakipException when the cap is null or below 100 %
     */
    public AturanCapaian withBatasAtas(Persen batasAtas) {
        Checks.notNull(batasAtas, "AturanCapaian.batasAtas");
        Checks.check(batasAtas.isAtLeastSeratus(), "AturanCapaian.batasAtas must be >= 100%%, was %s", batasAtas);
        return ImmutableAturanCapaian.of(getVarianNegatif(), Optional.of(batasAtas));
    }

    @JsonProperty("varianNegatif")
    @Nullable
    VarianNegatif varianNegatifJson() {
        return getVarianNegatif().orElse(null);
    }

    @JsonProperty("batasAtas")
    @Nullable
    Persen batasAtasJson() {
        return getBatasAtas().orElse(null);
    }

    @JsonCreator
    static AturanCapaian json(@JsonProperty("varianNegatif") @Nullable VarianNegatif varianNegatif,
            @JsonProperty("batasAtas") @Nullable Persen batasAtas) {
        AturanCapaian aturan = varianNegatif == null ? IKUT_RUMUS : IKUT_RUMUS.withVarianNegatif(varianNegatif);
        return batasAtas == null ? aturan : aturan.withBatasAtas(batasAtas);
    }

    /**
     * Whether the rule overrides nothing.
     *
     * @return true for a rule equal to {@link #IKUT_RUMUS}
     */
    public boolean isIkutRumus() {
        return getVarianNegatif().isEmpty() && getBatasAtas().isEmpty();
    }

    /**
     * The rule as text, for example {@code AturanCapaian[RASIO, batasAtas 120%]} or
     * {@code AturanCapaian[IKUT_RUMUS]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        if (isIkutRumus()) {
            return "AturanCapaian[IKUT_RUMUS]";
        }
        return "AturanCapaian[" + getVarianNegatif().map(Enum::name).orElse("varianNegatif IKUT_RUMUS")
                + getBatasAtas().map(b -> ", batasAtas " + b).orElse("") + "]";
    }
}
