package io.github.sakip.tren;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The change of an indicator's realisasi from the year before (perubahan dari tahun sebelumnya):
 * one column of Tabel 3.2 of an LKjIP and the sentence under it. Made by
 * {@link RumusTren#perubahan(DeretKinerja)}.
 *
 * <p>Figures, with R(t) this year's realisasi and R(t-1) the year before's:
 * <ul>
 *   <li>{@link #getSelisih()}: R(t) - R(t-1), exact, in the indicator's unit ("kenaikan sebesar
 *       11,23");</li>
 *   <li>{@link #getPersenPerubahan()}: (R(t) - R(t-1)) / |R(t-1)| x 100, rounded once;</li>
 *   <li>{@link #getRasio()}: R(t) / R(t-1) x 100, rounded once: what Tabel 3.2 of the Klojen report
 *       prints as "Capaian Kinerja" per year (practice);</li>
 *   <li>{@link #getArah()} and {@link #getArahKinerja()}: up or down, and whether that is better.</li>
 * </ul>
 *
 * <p>Absent figures, never a division by zero: when R(t-1) is missing ("NA"; a gap is never
 * bridged to an earlier year) every figure but {@link #getRealisasi()} is empty, as Tabel 3.2
 * prints "-"; when R(t-1) is zero the percent change and the ratio are empty; when R(t-1) is
 * negative the ratio is empty (a ratio of values of different sign means nothing) but the percent
 * change, on |R(t-1)|, is given.
 *
 * <p>Example, Klojen Nilai SAKIP OPD 2021 (Tabel 3.2): R(2020) 76,57, R(2021) 87,80: selisih 11,23,
 * persen perubahan 14,67, rasio 114,67 (printed 114,67 %), {@link Arah#NAIK},
 * {@link ArahKinerja#MEMBAIK}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"tahun", "realisasi", "sebelumnya", "polaritas", "target", "pembulatan", "selisih",
    "persenPerubahan", "rasio", "arah", "arahKinerja"})
@JsonIgnoreProperties(value = {"selisih", "persenPerubahan", "rasio", "arah", "arahKinerja"}, allowGetters = true)
public abstract class PerubahanTahunan {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    PerubahanTahunan() {
    }

    /**
     * The year t.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The realisasi of year t, as given.
     *
     * @return the value, never null
     */
    public abstract BigDecimal getRealisasi();

    /**
     * The realisasi of year t-1, as given.
     *
     * @return the value, or empty when that year is missing ("NA")
     */
    public abstract Optional<BigDecimal> getSebelumnya();

    /**
     * The absolute change R(t) - R(t-1), exact, in the indicator's unit.
     *
     * @return the change, or empty when R(t-1) is missing
     */
    public abstract Optional<BigDecimal> getSelisih();

    /**
     * The change in percent, (R(t) - R(t-1)) / |R(t-1)| x 100, rounded by {@link #getPembulatan()}.
     *
     * @return the percentage, or empty when R(t-1) is missing or zero
     */
    public abstract Optional<Persen> getPersenPerubahan();

    /**
     * The ratio R(t) / R(t-1) x 100, rounded by {@link #getPembulatan()}: the "Capaian Kinerja" of
     * Tabel 3.2 of the Klojen report (76,26 / 75,74 gives 100,69; printed 100,7).
     *
     * @return the ratio, or empty when R(t-1) is missing, zero or negative
     */
    public abstract Optional<Persen> getRasio();

    /**
     * The direction of the change.
     *
     * @return the direction, or empty when R(t-1) is missing
     */
    public abstract Optional<Arah> getArah();

    /**
     * Whether the change is an improvement given the polarity (see {@link ArahKinerja}).
     *
     * @return the judgement, or empty when R(t-1) is missing, or the polarity is {@code STABIL} and
     *     year t has no target
     */
    public abstract Optional<ArahKinerja> getArahKinerja();

    /**
     * The polarity of the indicator, which says whether the change is an improvement
     * ({@link #getArahKinerja()}).
     *
     * @return the polarity, for example {@code POSITIF}, never null
     */
    @JsonProperty("polaritas")
    public abstract Polaritas getPolaritas();

    /**
     * The target of year t in the series: what a {@code STABIL} indicator's change is judged
     * against (the change that moves the value nearer the target, or into a range, is better).
     *
     * @return the target, or empty when the series has none for year t
     */
    public abstract Optional<Target> getTarget();

    /**
     * The rounding of the percent change and the ratio.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public abstract Pembulatan getPembulatan();

    /**
     * The change of year t: the one formula behind {@link RumusTren#perubahan(DeretKinerja)} and
     * the JSON reader.
     */
    static PerubahanTahunan hitung(Tahun tahun, BigDecimal nilai, Optional<BigDecimal> sebelumnya, Polaritas polaritas,
            Optional<Target> target, Pembulatan pembulatan) {
        // plain branches rather than Optional chains: one change per year of every series
        if (sebelumnya.isEmpty()) {
            return ImmutablePerubahanTahunan.of(tahun, nilai, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), polaritas, target, pembulatan);
        }
        BigDecimal s = sebelumnya.get();
        BigDecimal selisih = nilai.subtract(s);
        Optional<Persen> persen = s.signum() == 0 ? Optional.empty()
                : Optional.of(Persen.of(pembulatan.bagi(selisih.multiply(SERATUS), s.abs())));
        Optional<Persen> rasio = s.signum() > 0
                ? Optional.of(Persen.of(pembulatan.bagi(nilai.multiply(SERATUS), s))) : Optional.empty();
        Optional<ArahKinerja> arahKinerja = Keunggulan.arahKinerja(polaritas, nilai, s, target);
        return ImmutablePerubahanTahunan.of(tahun, nilai, sebelumnya, Optional.of(selisih), persen, rasio,
                Optional.of(Arah.of(selisih)), arahKinerja, polaritas, target, pembulatan);
    }

    /**
     * Reads a change back by computing it again from its inputs (the two realisasi, the polarity,
     * the year's target) and rounding: the figures are never taken on trust.
     */
    @JsonCreator
    static PerubahanTahunan json(@JsonProperty("tahun") Tahun tahun, @JsonProperty("realisasi") BigDecimal realisasi,
            @JsonProperty("sebelumnya") @Nullable BigDecimal sebelumnya,
            @JsonProperty("polaritas") Polaritas polaritas, @JsonProperty("target") @Nullable Target target,
            @JsonProperty("pembulatan") Pembulatan pembulatan) {
        Checks.notNull(tahun, "PerubahanTahunan.tahun");
        Checks.check(target == null || target.getTahun().equals(tahun) && target.getTriwulan().isEmpty(),
                "PerubahanTahunan.target must be the yearly target of %s, was %s", tahun, target);
        return hitung(tahun, Checks.boundedDigits(realisasi, "PerubahanTahunan.realisasi"),
                Optional.ofNullable(sebelumnya).map(s -> Checks.boundedDigits(s, "PerubahanTahunan.sebelumnya")),
                Checks.notNull(polaritas, "PerubahanTahunan.polaritas"), Optional.ofNullable(target),
                Checks.notNull(pembulatan, "PerubahanTahunan.pembulatan"));
    }

    @JsonProperty("realisasi")
    String realisasiJson() {
        return getRealisasi().toString();
    }

    @JsonProperty("sebelumnya")
    @Nullable
    String sebelumnyaJson() {
        return getSebelumnya().map(BigDecimal::toString).orElse(null);
    }

    @JsonProperty("target")
    @Nullable
    Target targetJson() {
        return getTarget().orElse(null);
    }

    /** The figures, written for readers and ignored on reading; each left out when empty. */
    @JsonProperty("selisih")
    @Nullable
    String selisihJson() {
        return getSelisih().map(BigDecimal::toString).orElse(null);
    }

    @JsonProperty("persenPerubahan")
    @Nullable
    Persen persenPerubahanJson() {
        return getPersenPerubahan().orElse(null);
    }

    @JsonProperty("rasio")
    @Nullable
    Persen rasioJson() {
        return getRasio().orElse(null);
    }

    @JsonProperty("arah")
    @Nullable
    Arah arahJson() {
        return getArah().orElse(null);
    }

    @JsonProperty("arahKinerja")
    @Nullable
    ArahKinerja arahKinerjaJson() {
        return getArahKinerja().orElse(null);
    }

    /**
     * The change as text, for example
     * {@code PerubahanTahunan[2021: 76.57 -> 87.80, selisih 11.23, rasio 114.67%, NAIK, MEMBAIK]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PerubahanTahunan[" + getTahun() + ": " + getSebelumnya().map(BigDecimal::toPlainString).orElse("NA")
                + " -> " + getRealisasi().toPlainString()
                + getSelisih().map(s -> ", selisih " + s.toPlainString()).orElse("")
                + getRasio().map(r -> ", rasio " + r).orElse("")
                + getArah().map(a -> ", " + a).orElse("") + getArahKinerja().map(a -> ", " + a).orElse("") + "]";
    }
}
