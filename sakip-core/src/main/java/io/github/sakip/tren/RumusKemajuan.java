package io.github.sakip.tren;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Progress toward the Renstra end-of-period target (analysis item 3 of Bab III of an LKjIP,
 * PermenPANRB 53/2014; Tabel 3.3 of the Klojen report): the latest realisasi against the end target,
 * the change a year still needed, and a projection to the end year with whether it is on track
 * ({@link KemajuanRenstra}, {@link Proyeksi}).
 *
 * <p>Policy, with defaults:
 * <ul>
 *   <li>a {@link Pembulatan} for every figure: {@link Pembulatan#STANDAR} (two decimals,
 *       {@code HALF_UP}), applied once to an exact fraction;</li>
 *   <li>a {@link MetodeProyeksi}: {@link MetodeProyeksi#LINEAR_KUADRAT_TERKECIL}.</li>
 * </ul>
 *
 * <p>Requirements, each an error naming the indicator: at least one realisasi; a target for the
 * period's last year; that target a single value (a range, rentang, is not supported here) and
 * greater than zero (the polarity formulas divide by it). A projection needs two realisasi or more.
 *
 * <p>Example, Tabel 3.3 of the Klojen LKjIP 2021:
 * <pre>{@code
 * KemajuanRenstra k = RumusKemajuan.standar().hitung(DeretKinerja.from(renstra, ipmas));
 * // capaian 80,98 / 90,00 = 89.98%, belum tercapai, change needed 4.51 a year,
 * // projection 97.03 in 2023: sesuai jalur
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
@JsonPropertyOrder({"pembulatan", "metode", "rumusCapaian"})
public final class RumusKemajuan {

    private static final RumusKemajuan STANDAR = new RumusKemajuan(Pembulatan.STANDAR,
            MetodeProyeksi.LINEAR_KUADRAT_TERKECIL, RumusCapaian.standar());

    private final Pembulatan pembulatan;
    private final MetodeProyeksi metode;
    private final RumusCapaian rumusCapaian;

    private RumusKemajuan(Pembulatan pembulatan, MetodeProyeksi metode, RumusCapaian rumusCapaian) {
        this.pembulatan = pembulatan;
        this.metode = metode;
        this.rumusCapaian = rumusCapaian;
    }

    /**
     * The default calculator: {@link Pembulatan#STANDAR}, {@link MetodeProyeksi#LINEAR_KUADRAT_TERKECIL},
     * {@link RumusCapaian#standar()}.
     *
     * @return the calculator, never null
     */
    public static RumusKemajuan standar() {
        return STANDAR;
    }

    /** Reads a calculator back through {@code standar()} and its {@code with*}: JSON is checked like Java input. */
    @JsonCreator
    static RumusKemajuan json(@JsonProperty("pembulatan") Pembulatan pembulatan,
            @JsonProperty("metode") MetodeProyeksi metode, @JsonProperty("rumusCapaian") RumusCapaian rumusCapaian) {
        return STANDAR.withPembulatan(pembulatan).withMetode(metode).withRumusCapaian(rumusCapaian);
    }

    /**
     * A copy that rounds every figure, the capaian included, with the given policy.
     *
     * @param pembulatan the policy, not null
     * @return the copy, never null
     * @throws SakipException when the policy is null
     */
    public RumusKemajuan withPembulatan(Pembulatan pembulatan) {
        Checks.notNull(pembulatan, "RumusKemajuan.pembulatan");
        return new RumusKemajuan(pembulatan, metode, rumusCapaian.withPembulatan(pembulatan));
    }

    /**
     * A copy that computes the capaian against the end target with the given calculator, for
     * example with {@code VarianNegatif.RASIO}; its rounding is used for the capaian.
     *
     * @param rumusCapaian the capaian calculator, not null
     * @return the copy, never null
     * @throws SakipException when the calculator is null
     */
    public RumusKemajuan withRumusCapaian(RumusCapaian rumusCapaian) {
        return new RumusKemajuan(pembulatan, metode, Checks.notNull(rumusCapaian, "RumusKemajuan.rumusCapaian"));
    }

    /**
     * A copy that projects with the given method.
     *
     * @param metode the method, not null
     * @return the copy, never null
     * @throws SakipException when the method is null
     */
    public RumusKemajuan withMetode(MetodeProyeksi metode) {
        return new RumusKemajuan(pembulatan, Checks.notNull(metode, "RumusKemajuan.metode"), rumusCapaian);
    }

    /**
     * The rounding policy.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * The capaian calculator.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumusCapaian")
    public RumusCapaian getRumusCapaian() {
        return rumusCapaian;
    }

    /**
     * The projection method.
     *
     * @return the method, never null
     */
    @JsonProperty("metode")
    public MetodeProyeksi getMetode() {
        return metode;
    }

    /**
     * The progress of the latest realisasi toward the end target.
     *
     * @param deret the series, with a realisasi and a single end target greater than zero; not null
     * @return the progress, with a projection when the series has two realisasi or more; never null
     * @throws SakipException when the series is null or misses a requirement (see the class
     *     documentation)
     */
    public KemajuanRenstra hitung(DeretKinerja deret) {
        Checks.notNull(deret, "RumusKemajuan deret");
        Target target = targetAkhir(deret);
        Realisasi terakhir = terakhir(deret);
        BigDecimal r = terakhir.getNilai();
        BigDecimal t = target.getNilai();
        // The latest realisasi is held against the end target as if measured in the end year.
        Capaian capaian = rumusCapaian.hitung(deret.getIndikator(), target, Realisasi.of(target.getTahun(), r));
        int sisa = deret.getPeriode().getAkhir().getValue() - terakhir.getTahun().getValue();
        Optional<BigDecimal> diperlukan = sisa == 0 ? Optional.empty()
                : Optional.of(pembulatan.bagi(t.subtract(r), BigDecimal.valueOf(sisa)));
        Optional<Proyeksi> proyeksi = deret.getRealisasi().size() < 2 ? Optional.empty()
                : Optional.of(proyeksi(deret));
        return ImmutableKemajuanRenstra.of(deret, terakhir, target, capaian.getPersen(), capaian.isTercapai(), sisa,
                diperlukan, proyeksi, this);
    }

    /**
     * The projection of the series to the period's last year by this calculator's method, and
     * whether it reaches the end target (see {@link Proyeksi} for the rule by polarity).
     *
     * @param deret the series, with two realisasi or more and a single end target; not null
     * @return the projection, never null
     * @throws SakipException when the series is null, has fewer than two realisasi or lacks a
     *     single end target greater than zero
     */
    public Proyeksi proyeksi(DeretKinerja deret) {
        Checks.notNull(deret, "RumusKemajuan deret");
        Target target = targetAkhir(deret);
        List<Realisasi> data = deret.getRealisasi();
        Checks.check(data.size() >= 2,
                "RumusKemajuan.proyeksi of \"%s\" needs realisasi of at least 2 years, had %s",
                deret.getIndikator().getNama(), data.size());
        return Proyeksi.hitung(metode, data, deret.getPeriode().getAkhir(), target, deret.getIndikator().getPolaritas(),
                pembulatan);
    }

    private static Realisasi terakhir(DeretKinerja deret) {
        return deret.getRealisasiTerakhir().orElseThrow(() -> new SakipException(String.format(
                "RumusKemajuan: series of \"%s\" has no realisasi", deret.getIndikator().getNama())));
    }

    private static Target targetAkhir(DeretKinerja deret) {
        String nama = deret.getIndikator().getNama();
        Target target = deret.getTargetAkhir().orElseThrow(() -> new SakipException(String.format(
                "RumusKemajuan: series of \"%s\" has no target for the end year %s (target jangka menengah)",
                nama, deret.getPeriode().getAkhir())));
        return checkTargetAkhir(target, "\"" + nama + "\"");
    }

    /** The end target is one value above zero: the capaian and the projection divide by it. */
    static Target checkTargetAkhir(Target target, String milik) {
        Checks.check(!target.isRentang(),
                "RumusKemajuan: the end target of %s must be a single value, was a range (rentang) %s", milik, target);
        Checks.check(target.getNilai().signum() > 0,
                "RumusKemajuan: the end target (Target.nilai) of %s must be > 0 to compute capaian, was %s",
                milik, target.getNilai().toPlainString());
        return target;
    }

    /**
     * Two calculators are equal when they have the same rounding, projection method and capaian
     * calculator.
     *
     * @param obj the other object
     * @return true when equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RumusKemajuan o && pembulatan.equals(o.pembulatan) && metode == o.metode
                && rumusCapaian.equals(o.rumusCapaian);
    }

    /**
     * The hash code, consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(pembulatan, metode, rumusCapaian);
    }

    /**
     * The calculator as text, for example
     * {@code RumusKemajuan[Pembulatan[2, HALF_UP], LINEAR_KUADRAT_TERKECIL, RumusCapaian[...]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusKemajuan[" + pembulatan + ", " + metode + ", " + rumusCapaian + "]";
    }
}
