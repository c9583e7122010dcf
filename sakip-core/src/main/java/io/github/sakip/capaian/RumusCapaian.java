package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.AturanCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Computes the capaian (achievement percentage) of an indicator from its {@link Target} and
 * {@link Realisasi}, by the indicator's {@link Polaritas}: the one entry point for capaian. Each
 * formula builds its numerator exactly and divides once with {@link Pembulatan#bagi}; no
 * intermediate value is rounded.
 *
 * <p>Formulas, with R the realisasi and T the target:
 * <ul>
 *   <li>{@link Polaritas#POSITIF} (higher is better, "kondisi normal"): {@code R / T x 100}
 *       (confirmed: PermenPANRB 8/2021 Bab VI; universal LKjIP practice). Klojen LKjIP 2021,
 *       Tabel 3.1: 87,80 / 80,01 x 100 = 109,74.</li>
 *   <li>{@link Polaritas#NEGATIF} (lower is better, "kondisi khusus"): {@code (2T - R) / T x 100},
 *       that is {@code (1 + (1 - R / T)) x 100} (confirmed: PermenPANRB 8/2021 Bab VI), or, as the
 *       named alternative {@link VarianNegatif#RASIO}, {@code T / R x 100} (practice).</li>
 *   <li>{@link Polaritas#STABIL} (the target itself is best): {@code (T - |R - T|) / T x 100},
 *       that is {@code (1 - |R - T| / T) x 100}, 100 at the target and falling by the same amount on both sides (inferred from Kemenkeu
 *       practice, KMK 467/2014, whose formula text was not reached: the library's own choice).
 *       Target 3, realisasi 3,3 or 2,7: 90.</li>
 *   <li>A range target [L, U] ({@link Target#isRentang()}): above the range the polarity's formula
 *       uses U, below the range L (confirmed: PermenPANRB 8/2021 Bab VI); inside the range the
 *       capaian is 100 (inferred: the source is silent). Source examples: higher is better, target
 *       80-90, realisasi 70 gives 70 / 80 = 87,50; realisasi 92 gives 92 / 90 = 102,22 (the
 *       regulation prints "113 %", a miscalculation); lower is better, target 7-8 months,
 *       realisasi 6,5 gives (2 x 7 - 6,5) / 7 = 107,14 and realisasi 9 gives (2 x 8 - 9) / 8 =
 *       87,50.</li>
 *   <li>Qualitative indicators (an opini BPK, "tersedia / tidak tersedia") are positive
 *       indicators whose values are the positions of a {@link SkalaKualitatif}.</li>
 * </ul>
 *
 * <p>Zero and negative values, the same for every policy:
 * <ul>
 *   <li>the target (or the range bound used) must be above 0: {@code Target.nilai must be > 0 for
 *       Polaritas.POSITIF, was 0}; a ratio to a target of 0 is undefined and is never turned into
 *       a silent 0;</li>
 *   <li>except that for {@code NEGATIF} and {@code STABIL} a realisasi of 0 against a target of 0
 *       (zero complaints planned, none received) is 100, as any realisasi equal to its target;</li>
 *   <li>{@link VarianNegatif#RASIO} needs a realisasi above 0 ({@code T / 0} is undefined);</li>
 *   <li>a negative realisasi is otherwise accepted (growth rates can be negative); a capaian that
 *       comes out below 0 is handled by {@link BatasBawahCapaian}.</li>
 * </ul>
 * Missing data is not zero: {@link #hitung(Indikator, Target, Optional)} gives no capaian for an
 * absent realisasi.
 *
 * <p>Policies, with defaults ({@link #standar()}): rounding {@link Pembulatan#STANDAR} (2 decimals,
 * {@code HALF_UP}; {@code DOWN} reproduces the Klojen report's 140,57, 173,69 and 108,69);
 * {@link VarianNegatif#PERMENPANRB}; {@link BatasBawahCapaian#TANPA} (a negative capaian is
 * reported as computed). A cap is applied where capaian are used, see {@link BatasAtasCapaian}.
 *
 * <p>An indicator's own rule ({@link Indikator#getAturan()}, as its Manual IKU states it)
 * overrides these policies for that indicator: its {@link AturanCapaian#getVarianNegatif()
 * lower-is-better formula} replaces the calculator's, and its {@link AturanCapaian#getBatasAtas()
 * cap} limits its printed capaian ({@link Capaian#getPersen()}). So one calculator serves an
 * agreement whose lower-is-better indicators follow different formulas.
 * <pre>{@code
 * RumusCapaian rumus = RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN);
 * Capaian c = rumus.hitung(indikator, target, realisasi);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class RumusCapaian {
    private static final RumusCapaian STANDAR = new RumusCapaian(Pembulatan.STANDAR, VarianNegatif.PERMENPANRB,
            BatasBawahCapaian.TANPA);

    private final Pembulatan pembulatan;
    private final VarianNegatif varianNegatif;
    private final BatasBawahCapaian batasBawah;

    private RumusCapaian(Pembulatan pembulatan, VarianNegatif varianNegatif, BatasBawahCapaian batasBawah) {
        this.pembulatan = pembulatan;
        this.varianNegatif = varianNegatif;
        this.batasBawah = batasBawah;
    }

    /**
     * The calculator with the default policies: {@link Pembulatan#STANDAR},
     * {@link VarianNegatif#PERMENPANRB}, {@link BatasBawahCapaian#TANPA}.
     *
     * @return the calculator, never null
     */
    public static RumusCapaian standar() {
        return STANDAR;
    }

    @JsonCreator
    static RumusCapaian json(@JsonProperty("pembulatan") Pembulatan pembulatan,
            @JsonProperty("varianNegatif") VarianNegatif varianNegatif,
            @JsonProperty("batasBawah") BatasBawahCapaian batasBawah) {
        return STANDAR.withPembulatan(pembulatan).withVarianNegatif(varianNegatif).withBatasBawah(batasBawah);
    }

    /**
     * A copy that rounds the capaian by the given policy.
     *
     * @param pembulatan the rounding, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusCapaian withPembulatan(Pembulatan pembulatan) {
        return new RumusCapaian(Checks.notNull(pembulatan, "RumusCapaian.pembulatan"), varianNegatif, batasBawah);
    }

    /**
     * A copy that rounds the capaian to {@code scale} decimals by {@code mode}: {@code
     * withPembulatan(2, RoundingMode.DOWN)} reproduces reports that truncate.
     *
     * @param scale the number of decimals, 0 to {@link Pembulatan#MAX_SCALE}
     * @param mode the rounding mode, not null
     * @return the copy, never null
     * @throws SakipException when the scale is out of range or the mode null
     */
    public RumusCapaian withPembulatan(int scale, RoundingMode mode) {
        return withPembulatan(Pembulatan.of(scale, mode));
    }

    /**
     * A copy that uses the given formula for lower-is-better indicators.
     *
     * @param varianNegatif the formula, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusCapaian withVarianNegatif(VarianNegatif varianNegatif) {
        return new RumusCapaian(pembulatan, Checks.notNull(varianNegatif, "RumusCapaian.varianNegatif"), batasBawah);
    }

    /**
     * A copy that handles a capaian below zero by the given policy.
     *
     * @param batasBawah the policy, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public RumusCapaian withBatasBawah(BatasBawahCapaian batasBawah) {
        return new RumusCapaian(pembulatan, varianNegatif, Checks.notNull(batasBawah, "RumusCapaian.batasBawah"));
    }

    /**
     * The rounding of the printed capaian.
     *
     * @return the rounding, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * The formula for lower-is-better indicators.
     *
     * @return the formula, never null
     */
    @JsonProperty("varianNegatif")
    public VarianNegatif getVarianNegatif() {
        return varianNegatif;
    }

    /**
     * The formula for a lower-is-better indicator: its own {@link AturanCapaian#getVarianNegatif()
     * rule} when it has one, else this calculator's.
     *
     * @param indikator the indicator, not null
     * @return the formula, never null
     * @throws SakipException when the indicator is null
     */
    public VarianNegatif getVarianNegatif(Indikator indikator) {
        return Checks.notNull(indikator, "RumusCapaian indikator").getAturan().getVarianNegatif()
                .orElse(varianNegatif);
    }

    /**
     * What is done with a capaian below zero.
     *
     * @return the policy, never null
     */
    @JsonProperty("batasBawah")
    public BatasBawahCapaian getBatasBawah() {
        return batasBawah;
    }

    /**
     * Computes the capaian of an indicator for the year or quarter of its target.
     *
     * @param indikator the indicator, whose polarity chooses the formula, not null
     * @param target the target, not null
     * @param realisasi the realisasi, of the same year and quarter as the target (both yearly, or
     *     both of the same quarter), not null
     * @return the capaian with its working, never null
     * @throws SakipException when an argument is null, the periods differ, or the values leave the
     *     formula undefined (a target, or the range bound used, of 0 or below; a realisasi of 0 or
     *     below under {@link VarianNegatif#RASIO})
     */
    public Capaian hitung(Indikator indikator, Target target, Realisasi realisasi) {
        Checks.notNull(indikator, "RumusCapaian indikator");
        Checks.notNull(target, "RumusCapaian target");
        Checks.notNull(realisasi, "RumusCapaian realisasi");
        checkPeriode(target, realisasi);
        BigDecimal r = realisasi.getNilai();
        BigDecimal t = batas(target, r);
        Kasus kasus = kasus(indikator, target, r);
        return Capaian.of(indikator, target, realisasi, this, kasus.pembilang(t, r), kasus.penyebut(t, r));
    }

    /**
     * Which case of the formula applies ({@link Kasus}, where each formula is written once), for
     * the figures ({@link #hitung}) and the text ({@link #keterangan}) alike, checking that the
     * formula is defined; the messages are built only when a check fails.
     */
    private Kasus kasus(Indikator indikator, Target target, BigDecimal r) {
        Polaritas polaritas = indikator.getPolaritas();
        if (target.isRentang() && r.compareTo(target.getBawah()) >= 0 && r.compareTo(target.getAtas()) <= 0) {
            return Kasus.DALAM_RENTANG;
        }
        BigDecimal t = batas(target, r);
        if (polaritas != Polaritas.POSITIF && t.signum() == 0 && r.signum() == 0) {
            return Kasus.NOL_NOL;
        }
        if (t.signum() <= 0) {
            String field = !target.isRentang() ? "Target.nilai"
                    : r.compareTo(target.getBawah()) < 0 ? "Target.bawah" : "Target.atas";
            Checks.check(false, "%s must be > 0 for Polaritas.%s, was %s (realisasi %s)", field, polaritas,
                    t.toPlainString(), r.toPlainString());
        }
        Kasus kasus = Kasus.rumus(polaritas, getVarianNegatif(indikator));
        if (kasus.isDibagiRealisasi() && r.signum() <= 0) {
            Checks.check(false, "Realisasi.nilai must be > 0 for VarianNegatif.RASIO (T / R), was %s",
                    r.toPlainString());
        }
        return kasus;
    }

    /** The target, or the range bound that the formula uses: the lower one below the range, else the upper one. */
    private static BigDecimal batas(Target target, BigDecimal r) {
        return r.compareTo(target.getBawah()) < 0 ? target.getBawah() : target.getAtas();
    }

    /**
     * The formula of a capaian with the values put in, for example {@code "87.80 / 80.01 x 100"}:
     * built when a report asks for it ({@link Capaian#getKeterangan()}), not on every computation.
     */
    String keterangan(Capaian capaian) {
        Target target = capaian.getTarget();
        BigDecimal r = capaian.getRealisasi().getNilai();
        String ts = batas(target, r).toPlainString();
        String rs = r.toPlainString();
        Kasus kasus = kasus(capaian.getIndikator(), target, r);
        switch (kasus) {
            case DALAM_RENTANG:
                return "realisasi " + rs + " within target range " + target.getBawah().toPlainString() + "-"
                        + target.getAtas().toPlainString() + ": 100";
            case NOL_NOL:
                return "realisasi 0 meets target 0: 100";
            default:
                return kasus.keterangan(ts, rs);
        }
    }

    /**
     * Computes the capaian when the realisasi may be missing. Missing data is not zero: a
     * realisasi printed as "-" or "NA" gives no capaian, and {@link RataRataCapaian} counts it as
     * tidak terukur.
     *
     * @param indikator the indicator, not null
     * @param target the target, not null
     * @param realisasi the realisasi, or empty when it was not measured; not null
     * @return the capaian, or empty when the realisasi is missing
     * @throws SakipException as {@link #hitung(Indikator, Target, Realisasi)}
     */
    public Optional<Capaian> hitung(Indikator indikator, Target target,
            Optional<Realisasi> realisasi) {
        Checks.notNull(indikator, "RumusCapaian indikator");
        Checks.notNull(target, "RumusCapaian target");
        return Checks.notNull(realisasi, "RumusCapaian realisasi").map(r -> hitung(indikator, target, r));
    }

    private static void checkPeriode(Target target, Realisasi realisasi) {
        Checks.check(target.getTahun().equals(realisasi.getTahun()), "Realisasi.tahun must be Target.tahun %s, was %s",
                target.getTahun(), realisasi.getTahun());
        Checks.check(target.getTriwulan().equals(realisasi.getTriwulan()),
                "Realisasi.triwulan must be that of %s, was %s%s", target,
                realisasi.getTriwulan().map(Object::toString).orElse("a yearly realisasi"),
                target.getTriwulan().isEmpty() ? " (combine quarters with RealisasiTahunan.gabung)" : "");
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof RumusCapaian)) {
            return false;
        }
        RumusCapaian other = (RumusCapaian) obj;
        return other.pembulatan.equals(pembulatan) && other.varianNegatif == varianNegatif
                && other.batasBawah == batasBawah;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pembulatan, varianNegatif, batasBawah);
    }

    /**
     * The policies as text, for example
     * {@code RumusCapaian[Pembulatan[2, HALF_UP], PERMENPANRB, batasBawah TANPA]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusCapaian[" + pembulatan + ", " + varianNegatif + ", batasBawah " + batasBawah + "]";
    }
}
