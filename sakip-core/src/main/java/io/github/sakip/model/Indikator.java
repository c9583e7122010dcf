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
 * A performance indicator (indikator kinerja): what is measured, in which unit, and in which
 * direction it is better. An IKU (Indikator Kinerja Utama) is an indicator the agency's Renstra
 * names as a main one.
 *
 * <p>Example, from the Klojen LKjIP 2021 (Tabel 2.3):
 * <pre>{@code
 * Indikator nilaiSakip = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF)
 *         .withIku(true);
 * }</pre>
 *
 * <p>Two indicators are equal when every attribute is equal. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Indikator {

    Indikator() {
    }

    /**
     * The name, as the Perjanjian Kinerja prints it.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The agency's own code of the indicator, if it has one; unique within a
     * {@link PerjanjianKinerja} and a {@link Sasaran}.
     *
     * @return the code, or empty
     */
    public abstract Optional<String> getKode();

    /**
     * The unit of target and realisasi.
     *
     * @return the unit, never null
     */
    @JsonProperty("satuan")
    public abstract Satuan getSatuan();

    /**
     * The direction in which realisasi is better.
     *
     * @return the polarity, never null
     */
    @JsonProperty("polaritas")
    public abstract Polaritas getPolaritas();

    /**
     * Whether this is an Indikator Kinerja Utama (IKU) of the agency.
     *
     * @return true for an IKU
     */
    @JsonProperty("iku")
    public abstract boolean isIku();

    /**
     * The formula as the agency's IKU document writes it ("formulasi perhitungan"), as text for
     * readers; not a calculator (that is {@code Capaian.getRumus()}, a {@code RumusCapaian}).
     *
     * @return the formula text, or empty
     */
    public abstract Optional<String> getFormulasi();

    /**
     * How quarterly realisasi combine into the year's.
     *
     * @return the rule, never null; {@link PenggabunganTriwulan#NILAI_AKHIR} unless set
     */
    @JsonProperty("penggabungan")
    public abstract PenggabunganTriwulan getPenggabungan();

    /**
     * The indicator's own capaian rule (formula variant, cap), which overrides the calculator's
     * policies for this indicator.
     *
     * @return the rule, never null; {@link AturanCapaian#IKUT_RUMUS} unless set
     */
    public abstract AturanCapaian getAturan();

    /**
     * Obtains an indicator that is not an IKU, has no code and no formula text, and whose year
     * realisasi is the last quarter's ({@link PenggabunganTriwulan#NILAI_AKHIR}).
     *
     * @param nama the name, not blank
     * @param satuan the unit, not null
     * @param polaritas the polarity, not null
     * @return the indicator, never null
     * @throws SakipException when an argument is null or the name is blank
     */
    public static Indikator of(String nama, Satuan satuan, Polaritas polaritas) {
        return ImmutableIndikator.of(Checks.notBlank(nama, "Indikator.nama"), Optional.empty(),
                Checks.notNull(satuan, "Indikator.satuan"), Checks.notNull(polaritas, "Indikator.polaritas"),
                false, Optional.empty(), PenggabunganTriwulan.NILAI_AKHIR, AturanCapaian.IKUT_RUMUS);
    }

    /**
     * A copy with the given code.
     *
     * @param kode the code, not blank
     * @return the copy, never null
     * @throws SakipException when the code is null or blank
     */
    public Indikator withKode(String kode) {
        return ImmutableIndikator.of(getNama(), Optional.of(Checks.notBlank(kode, "Indikator.kode")),
                getSatuan(), getPolaritas(), isIku(), getFormulasi(), getPenggabungan(), getAturan());
    }

    /**
     * A copy that is, or is not, an IKU.
     *
     * @param iku true for an Indikator Kinerja Utama
     * @return the copy, never null
     */
    public Indikator withIku(boolean iku) {
        return ImmutableIndikator.of(getNama(), getKode(), getSatuan(), getPolaritas(), iku, getFormulasi(),
                getPenggabungan(), getAturan());
    }

    /**
     * A copy with the given formula text.
     *
     * @param formulasi the formula as the IKU document writes it, not blank
     * @return the copy, never null
     * @throws SakipException when the text is null or blank
     */
    public Indikator withFormulasi(String formulasi) {
        return ImmutableIndikator.of(getNama(), getKode(), getSatuan(), getPolaritas(), isIku(),
                Optional.of(Checks.notBlank(formulasi, "Indikator.formulasi")), getPenggabungan(), getAturan());
    }

    /**
     * A copy whose quarterly realisasi combine by the given rule.
     *
     * @param penggabungan the rule, not null
     * @return the copy, never null
     * @throws SakipException when the rule is null
     */
    public Indikator withPenggabungan(PenggabunganTriwulan penggabungan) {
        return ImmutableIndikator.of(getNama(), getKode(), getSatuan(), getPolaritas(), isIku(), getFormulasi(),
                Checks.notNull(penggabungan, "Indikator.penggabungan"), getAturan());
    }

    /**
     * A copy with its own capaian rule, as the indicator's Manual IKU states it: {@code
     * withAturan(AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO))}.
     *
     * @param aturan the rule, not null; a lower-is-better formula only on a
     *     {@link Polaritas#NEGATIF} indicator
     * @return the copy, never null
     * @throws SakipException when the rule is null, or sets a lower-is-better formula on an
     *     indicator that is not lower-is-better
     */
    public Indikator withAturan(AturanCapaian aturan) {
        return ImmutableIndikator.of(getNama(), getKode(), getSatuan(), getPolaritas(), isIku(), getFormulasi(),
                getPenggabungan(), Checks.notNull(aturan, "Indikator.aturan"));
    }

    @JsonProperty("kode")
    @Nullable
    String kodeJson() {
        return getKode().orElse(null);
    }

    @JsonProperty("formulasi")
    @Nullable
    String formulasiJson() {
        return getFormulasi().orElse(null);
    }

    @JsonProperty("aturan")
    @Nullable
    AturanCapaian aturanJson() {
        return getAturan().isIkutRumus() ? null : getAturan();
    }

    @JsonCreator
    static Indikator json(@JsonProperty("nama") String nama, @JsonProperty("satuan") Satuan satuan,
            @JsonProperty("polaritas") Polaritas polaritas, @JsonProperty("kode") @Nullable String kode,
            @JsonProperty("iku") boolean iku, @JsonProperty("formulasi") @Nullable String formulasi,
            @JsonProperty("penggabungan") @Nullable PenggabunganTriwulan penggabungan,
            @JsonProperty("aturan") @Nullable AturanCapaian aturan) {
        Indikator i = of(nama, satuan, polaritas).withIku(iku);
        i = kode == null ? i : i.withKode(kode);
        i = formulasi == null ? i : i.withFormulasi(formulasi);
        i = penggabungan == null ? i : i.withPenggabungan(penggabungan);
        return aturan == null ? i : i.withAturan(aturan);
    }

    @Value.Check
    void check() {
        getAturan().getVarianNegatif().ifPresent(v -> Checks.check(getPolaritas() == Polaritas.NEGATIF,
                "Indikator.aturan.varianNegatif %s applies to Polaritas.NEGATIF only, indicator \"%s\" is %s", v,
                getNama(), getPolaritas()));
    }

    /**
     * Whether two values denote the same indicator: the identity of an indicator is its kode
     * when both have one, else its name. A copy that differs in another attribute ({@code
     * withIku(true)}, a formula text, a rule) is still the same indicator, so that
     * {@code pk.getTarget(i.withIku(true))} finds the target of {@code i}.
     *
     * @param lain the other indicator, not null
     * @return true when both have the same kode, or, where one has none, the same name
     * @throws SakipException when the argument is null
     */
    public boolean isSama(Indikator lain) {
        Checks.notNull(lain, "Indikator.isSama lain");
        if (getKode().isPresent() && lain.getKode().isPresent()) {
            return getKode().equals(lain.getKode());
        }
        return getNama().equals(lain.getNama());
    }

    /**
     * A short description, for example {@code Indikator[Nilai SAKIP OPD, nilai, POSITIF, IKU]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Indikator[" + getKode().map(k -> k + " ").orElse("") + getNama() + ", " + getSatuan() + ", "
                + getPolaritas() + (isIku() ? ", IKU" : "")
                + (getAturan().isIkutRumus() ? "" : ", " + getAturan()) + "]";
    }
}
