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
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The progress of an indicator toward its Renstra end-of-period target (kemajuan terhadap target
 * jangka menengah): analysis item 3 of Bab III of an LKjIP (PermenPANRB 53/2014), Tabel 3.3 of the
 * Klojen report. Made by {@link RumusKemajuan#hitung(DeretKinerja)}.
 *
 * <p>Figures, with R the latest realisasi and T the end target:
 * <ul>
 *   <li>{@link #getCapaian()}: R against T by polarity, rounded once: {@code POSITIF} R / T x 100;
 *       {@code NEGATIF} (2T - R) / T x 100 (PermenPANRB 8/2021 Bab VI, confirmed); {@code STABIL}
 *       (1 - |R - T| / T) x 100 (inferred from Kemenkeu practice);</li>
 *   <li>{@link #isTercapai()}: whether R already meets T, decided exactly (capaian &gt;= 100);</li>
 *   <li>{@link #getPerubahanDiperlukanPerTahun()}: the change a year still needed to reach T,
 *       linear, (T - R) / years left, rounded once;</li>
 *   <li>{@link #getProyeksi()}: the projection to the end year and whether it is on track.</li>
 * </ul>
 *
 * <p>Example, Klojen Nilai SAKIP OPD (Tabel 3.3): R 87,80 (2021), T 80,02 (2023): capaian 109,72,
 * tercapai, 2 years left, change needed -3,89 a year (the target is already exceeded).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"deret", "rumus", "realisasiTerakhir", "targetAkhir", "capaian", "tercapai", "sisaTahun",
    "perubahanDiperlukanPerTahun", "proyeksi"})
@JsonIgnoreProperties(value = {"realisasiTerakhir", "targetAkhir", "capaian", "tercapai", "sisaTahun",
    "perubahanDiperlukanPerTahun", "proyeksi"}, allowGetters = true)
public abstract class KemajuanRenstra {

    KemajuanRenstra() {
    }

    /**
     * The series measured.
     *
     * @return the series, never null
     */
    @JsonProperty("deret")
    public abstract DeretKinerja getDeret();

    /**
     * The latest realisasi R.
     *
     * @return the realisasi, never null
     */
    @JsonProperty("realisasiTerakhir")
    public abstract Realisasi getRealisasiTerakhir();

    /**
     * The end-of-period target T (target jangka menengah): the target of the period's last year.
     *
     * @return the target, a single value greater than zero, never null
     */
    @JsonProperty("targetAkhir")
    public abstract Target getTargetAkhir();

    /**
     * R against T by polarity, in percent, rounded once by {@link #getPembulatan()}.
     *
     * @return the capaian, never null
     */
    @JsonProperty("capaian")
    public abstract Persen getCapaian();

    /**
     * Whether R already meets T by polarity ({@code POSITIF} R &gt;= T, {@code NEGATIF} R &lt;= T,
     * {@code STABIL} R = T), decided on exact values.
     *
     * @return true when the end target is met (tercapai)
     */
    @JsonProperty("tercapai")
    public abstract boolean isTercapai();

    /**
     * The years from the latest realisasi to the end of the period.
     *
     * @return the number of years, zero or more
     */
    @JsonProperty("sisaTahun")
    public abstract int getSisaTahun();

    /**
     * The change a year still needed to reach T, linear: (T - R) / {@link #getSisaTahun()},
     * rounded once, in the indicator's unit; negative when R must fall (or may fall and still meet
     * a {@code POSITIF} target already exceeded).
     *
     * @return the change per year, or empty when no year is left
     */
    public abstract Optional<BigDecimal> getPerubahanDiperlukanPerTahun();

    /**
     * The projection to the end year.
     *
     * @return the projection, or empty when the series has fewer than two realisasi
     */
    public abstract Optional<Proyeksi> getProyeksi();

    /**
     * The rounding of every figure.
     *
     * @return the policy, never null
     */
    public Pembulatan getPembulatan() {
        return getRumus().getPembulatan();
    }

    /**
     * The calculator, with its policies, that produced this progress.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumus")
    public abstract RumusKemajuan getRumus();

    /** Reads a progress back by recomputing it from its series and calculator: the figures are never taken on trust. */
    @JsonCreator
    static KemajuanRenstra json(@JsonProperty("deret") DeretKinerja deret, @JsonProperty("rumus") RumusKemajuan rumus) {
        return Checks.notNull(rumus, "KemajuanRenstra.rumus").hitung(deret);
    }

    @JsonProperty("perubahanDiperlukanPerTahun")
    @Nullable
    String perubahanDiperlukanPerTahunJson() {
        return getPerubahanDiperlukanPerTahun().map(BigDecimal::toString).orElse(null);
    }

    @JsonProperty("proyeksi")
    @Nullable
    Proyeksi proyeksiJson() {
        return getProyeksi().orElse(null);
    }

    /**
     * The progress as text, for example
     * {@code KemajuanRenstra[Nilai SAKIP OPD: 2021 87.80 / target 2023 80.02 = 109.72%, tercapai]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "KemajuanRenstra[" + getDeret().getIndikator().getNama() + ": " + getRealisasiTerakhir().getTahun()
                + " " + getRealisasiTerakhir().getNilai().toPlainString() + " / target "
                + getTargetAkhir().getTahun() + " " + getTargetAkhir().getNilai().toPlainString() + " = "
                + getCapaian() + (isTercapai() ? ", tercapai" : ", belum tercapai")
                + getProyeksi().map(p -> ", " + p).orElse("") + "]";
    }
}
