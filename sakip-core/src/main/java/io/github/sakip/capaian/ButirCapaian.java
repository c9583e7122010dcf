package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.annotation.Nullable;

/**
 * One item of a {@link RekapCapaian}: an indicator's {@link Capaian}, a sasaran's
 * {@link RekapCapaian} (so an agency's recap averages its sasaran), a capaian as a report prints
 * it, or a value that was not measured (tidak terukur); each with a weight (bobot), 1 unless set.
 *
 * <p>Missing data is not zero: a {@link #tidakTerukur(Indikator) tidak terukur} item is left out of
 * every average and counted apart.
 *
 * <p>Example: {@code ButirCapaian.of(capaianNilaiSakip).withBobot(new BigDecimal("2"))};
 * {@code ButirCapaian.of("IPMas", Persen.of(new BigDecimal("93.29")))} for a printed figure.
 *
 * <p>JSON (docs/json.md): an item is read back from what made it, its figures recomputed:
 * {@code {"nama":"IPMas","persen":"93.29","tercapai":false,"bobot":"1","capaian":{...}}} for a
 * capaian (its {@code nama}, {@code persen} and {@code tercapai} written for readers), {@code "rekap"}
 * instead of {@code "capaian"} for a recap, {@code {"nama":"IPMas","persen":"93.29",...}} for a printed
 * figure and {@code {"nama":"IPMas","tercapai":false,"bobot":"1"}} for a tidak terukur item.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
@JsonIgnoreProperties(value = "tercapai", allowGetters = true)
@JsonPropertyOrder({"nama", "persen", "tercapai", "bobot", "capaian", "rekap"})
public final class ButirCapaian {
    private final String nama;
    /** The capaian or recap the item was made of, null for a printed figure or tidak terukur. */
    @Nullable
    private final Object sumber;
    @Nullable
    private final Persen persen;
    /** The exact value, computed when an exact basis asks for it (reducing a fraction costs). */
    @Nullable
    private final Supplier<Pecahan> eksak;
    private final boolean tercapai;
    private final BigDecimal bobot;

    private ButirCapaian(String nama, @Nullable Object sumber, @Nullable Persen persen,
            @Nullable Supplier<Pecahan> eksak, boolean tercapai, BigDecimal bobot) {
        this.nama = nama;
        this.sumber = sumber;
        this.persen = persen;
        this.eksak = eksak;
        this.tercapai = tercapai;
        this.bobot = bobot;
    }

    /**
     * An indicator's capaian, named after the indicator.
     *
     * @param capaian the capaian, not null
     * @return the item, weight 1, never null
     * @throws SakipException when the argument is null
     */
    public static ButirCapaian of(Capaian capaian) {
        Checks.notNull(capaian, "ButirCapaian capaian");
        return new ButirCapaian(capaian.getIndikator().getNama(), capaian, capaian.getPersen(), capaian::pecahan,
                capaian.isTercapai(), BigDecimal.ONE);
    }

    /**
     * A recap's average as one item, for example a sasaran's in the recap of the agency. A recap
     * without any measured item is itself tidak terukur.
     *
     * @param rekap the recap, not null
     * @return the item, named after the recap, weight 1, never null
     * @throws SakipException when the argument is null
     */
    public static ButirCapaian of(RekapCapaian rekap) {
        Checks.notNull(rekap, "ButirCapaian rekap");
        Optional<Persen> mean = rekap.getRataRata();
        return new ButirCapaian(rekap.getNama(), rekap, mean.orElse(null),
                mean.isPresent() ? () -> rekap.rataRataEksak().orElseThrow() : null, rekap.isTercapai(), BigDecimal.ONE);
    }

    /**
     * A capaian as a report prints it; tercapai when it is 100 or more.
     *
     * @param nama the name of the item, not blank
     * @param persen the capaian, not null
     * @return the item, weight 1, never null
     * @throws SakipException when an argument is null or the name blank
     */
    public static ButirCapaian of(String nama, Persen persen) {
        Checks.notBlank(nama, "ButirCapaian.nama");
        Checks.notNull(persen, "ButirCapaian.persen");
        return new ButirCapaian(nama, null, persen, () -> Pecahan.of(persen.getNilai()), persen.isAtLeastSeratus(),
                BigDecimal.ONE);
    }

    /**
     * An item whose realisasi is missing ("-", "NA", empty): counted as tidak terukur.
     *
     * @param nama the name of the item, not blank
     * @return the item, weight 1, never null
     * @throws SakipException when the name is null or blank
     */
    public static ButirCapaian tidakTerukur(String nama) {
        return new ButirCapaian(Checks.notBlank(nama, "ButirCapaian.nama"), null, null, null, false, BigDecimal.ONE);
    }

    /**
     * An indicator whose realisasi is missing: counted as tidak terukur.
     *
     * @param indikator the indicator, not null
     * @return the item, named after the indicator, weight 1, never null
     * @throws SakipException when the argument is null
     */
    public static ButirCapaian tidakTerukur(Indikator indikator) {
        return tidakTerukur(Checks.notNull(indikator, "ButirCapaian indikator").getNama());
    }

    /** Reads an item back from what made it: its capaian, recap, printed figure or name alone. */
    @JsonCreator
    static ButirCapaian json(@JsonProperty("nama") @Nullable String nama,
            @JsonProperty("persen") @Nullable Persen persen, @JsonProperty("bobot") @Nullable BigDecimal bobot,
            @JsonProperty("capaian") @Nullable Capaian capaian, @JsonProperty("rekap") @Nullable RekapCapaian rekap) {
        ButirCapaian butir = capaian != null ? of(capaian) : rekap != null ? of(rekap)
                : persen != null ? of(nama, persen) : tidakTerukur(nama);
        return bobot == null ? butir : butir.withBobot(bobot);
    }

    @JsonProperty("capaian")
    @Nullable
    Capaian capaianJson() {
        return sumber instanceof Capaian ? (Capaian) sumber : null;
    }

    @JsonProperty("rekap")
    @Nullable
    RekapCapaian rekapJson() {
        return sumber instanceof RekapCapaian ? (RekapCapaian) sumber : null;
    }

    @JsonProperty("bobot")
    String bobotJson() {
        return bobot.toString();
    }

    /**
     * A copy with the given weight, used by {@link RekapCapaian#getRataRataTertimbang()}.
     *
     * @param bobot the weight, above 0, not null, at most 1000 digits in plain form
     * @return the copy, never null
     * @throws SakipException when the weight is null, zero, negative or too long
     */
    public ButirCapaian withBobot(BigDecimal bobot) {
        Checks.boundedDigits(bobot, "ButirCapaian.bobot");
        Checks.check(bobot.signum() > 0, "ButirCapaian.bobot must be > 0, was %s (item \"%s\")", bobot.toPlainString(),
                nama);
        return new ButirCapaian(nama, sumber, persen, eksak, tercapai, bobot);
    }

    /**
     * The name of the item.
     *
     * @return the name, never null
     */
    @JsonProperty("nama")
    public String getNama() {
        return nama;
    }

    /**
     * The capaian as printed (rounded by the policy that produced it).
     *
     * @return the capaian, or empty when tidak terukur
     */
    public Optional<Persen> getPersen() {
        return Optional.ofNullable(persen);
    }

    /**
     * The weight.
     *
     * @return the weight, above 0, never null
     */
    public BigDecimal getBobot() {
        return bobot;
    }

    /**
     * Whether the item was measured.
     *
     * @return false for a tidak terukur item
     */
    public boolean isTerukur() {
        return persen != null;
    }

    /**
     * Whether the item met its target (judged on the exact capaian, see
     * {@link Capaian#isTercapai()}).
     *
     * @return true when measured and tercapai; false when belum tercapai or tidak terukur
     */
    @JsonProperty("tercapai")
    public boolean isTercapai() {
        return tercapai;
    }

    /** The printed capaian, null when tidak terukur: for sums that need no Optional per item, and JSON. */
    @JsonProperty("persen")
    @Nullable
    Persen persenAtauNull() {
        return persen;
    }

    /** The value averaged under the basis, empty when not measured. */
    Optional<Pecahan> nilai(DasarRataRata dasar) {
        if (persen == null || eksak == null) {
            return Optional.empty();
        }
        return Optional.of(dasar == DasarRataRata.EKSAK ? eksak.get() : Pecahan.of(persen.getNilai()));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof ButirCapaian)) {
            return false;
        }
        ButirCapaian other = (ButirCapaian) obj;
        return other.nama.equals(nama) && Objects.equals(other.persen, persen) && other.tercapai == tercapai
                && other.bobot.compareTo(bobot) == 0
                && (eksak == null ? other.eksak == null
                        : other.eksak != null && eksak.get().compareTo(other.eksak.get()) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nama, persen, tercapai);
    }

    /**
     * The item as text, for example {@code ButirCapaian[Nilai SAKIP OPD: 109.74%, tercapai]} or
     * {@code ButirCapaian[IPMas: tidak terukur]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        String what = persen == null ? "tidak terukur" : persen + (tercapai ? ", tercapai" : ", belum tercapai");
        String weight = bobot.compareTo(BigDecimal.ONE) == 0 ? "" : ", bobot " + bobot.toPlainString();
        return "ButirCapaian[" + nama + ": " + what + weight + "]";
    }
}
