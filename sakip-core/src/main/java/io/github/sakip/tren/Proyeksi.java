package io.github.sakip.tren;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A projection of an indicator to the end year of its period and whether that reaches the end
 * target (sesuai jalur, "on track"). Made by {@link RumusKemajuan#proyeksi(DeretKinerja)}.
 *
 * <p>The projected value and the slope are exact fractions rounded once by
 * {@link #getPembulatan()}; the on-track decision is taken on the exact projection, before rounding,
 * by polarity:
 * <ul>
 *   <li>{@code POSITIF}: projection &gt;= end target;</li>
 *   <li>{@code NEGATIF}: projection &lt;= end target;</li>
 *   <li>{@code STABIL}: the projection is no farther from the end target than the latest realisasi
 *       (the trend heads for the target, or stays on it). The library's choice; no regulation
 *       defines it.</li>
 * </ul>
 *
 * <p>Example, Klojen IPMas (Tabel 3.3): 67,8 / 83,00 / 80,98 (2019-2021) by
 * {@link MetodeProyeksi#LINEAR_KUADRAT_TERKECIL} rises 6,59 a year and projects to 97,03 in 2023,
 * above the end target 90,00: on track, although 2021 fell.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"metode", "dasar", "tahun", "targetAkhir", "polaritas", "pembulatan", "nilai", "lajuPerTahun",
    "sesuaiJalur"})
@JsonIgnoreProperties(value = {"nilai", "lajuPerTahun", "sesuaiJalur"}, allowGetters = true)
public abstract class Proyeksi {

    Proyeksi() {
    }

    /**
     * The method that made this projection.
     *
     * @return the method, never null
     */
    @JsonProperty("metode")
    public abstract MetodeProyeksi getMetode();

    /**
     * The realisasi the projection is based on: every year of the series that has one, in order.
     *
     * @return an unmodifiable list of two or more, never null
     */
    @JsonProperty("dasar")
    public abstract List<Realisasi> getDasar();

    /**
     * The year projected to: the last year of the period.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The projected realisasi of {@link #getTahun()}, rounded once by {@link #getPembulatan()}, in
     * the indicator's unit.
     *
     * @return the value, never null
     */
    public abstract BigDecimal getNilai();

    /**
     * The change per year of the projection line (its slope), rounded once.
     *
     * @return the change per year, in the indicator's unit, never null
     */
    public abstract BigDecimal getLajuPerTahun();

    /**
     * The end-of-period target the projection is measured against.
     *
     * @return the target, a single value, never null
     */
    @JsonProperty("targetAkhir")
    public abstract Target getTargetAkhir();

    /**
     * Whether the projection reaches the end target by the indicator's polarity, decided exactly.
     *
     * @return true when the indicator is on track (sesuai jalur)
     */
    @JsonProperty("sesuaiJalur")
    public abstract boolean isSesuaiJalur();

    /**
     * The rounding of the projected value and the slope.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public abstract Pembulatan getPembulatan();

    /**
     * The polarity of the indicator, which says what on track means (see above).
     *
     * @return the polarity, for example {@code POSITIF}, never null
     */
    @JsonProperty("polaritas")
    public abstract Polaritas getPolaritas();

    /** The projection of yearly realisasi: the one formula behind {@link RumusKemajuan} and the JSON reader. */
    static Proyeksi hitung(MetodeProyeksi metode, List<Realisasi> data, Tahun tahun, Target target,
            Polaritas polaritas, Pembulatan pembulatan) {
        Pecahan nilai = metode.nilai(data, tahun);
        BigDecimal t = target.getNilai();
        boolean sesuai = switch (polaritas) {
            case POSITIF -> nilai.compareTo(Pecahan.of(t)) >= 0;
            case NEGATIF -> nilai.compareTo(Pecahan.of(t)) <= 0;
            case STABIL -> nilai.minus(Pecahan.of(t)).abs()
                    .compareTo(Pecahan.of(data.get(data.size() - 1).getNilai().subtract(t).abs())) <= 0;
        };
        return ImmutableProyeksi.of(metode, data, tahun, nilai.bulatkan(pembulatan), metode.laju(data).bulatkan(pembulatan),
                target, sesuai, pembulatan, polaritas);
    }

    /**
     * Reads a projection back by projecting its realisasi again: two or more yearly realisasi in
     * year order up to the end year, the yearly end target of one value above zero.
     */
    @JsonCreator
    static Proyeksi json(@JsonProperty("metode") MetodeProyeksi metode, @JsonProperty("dasar") List<Realisasi> dasar,
            @JsonProperty("tahun") Tahun tahun, @JsonProperty("targetAkhir") Target targetAkhir,
            @JsonProperty("polaritas") Polaritas polaritas, @JsonProperty("pembulatan") Pembulatan pembulatan) {
        List<Realisasi> data = Checks.noNullElements(dasar, "Proyeksi.dasar");
        Checks.notNull(tahun, "Proyeksi.tahun");
        Checks.check(data.size() >= 2, "Proyeksi.dasar needs realisasi of at least 2 years, had %s", data.size());
        for (int i = 0; i < data.size(); i++) {
            Realisasi r = data.get(i);
            Checks.check(r.getTriwulan().isEmpty() && !r.getTahun().isAfter(tahun)
                    && (i == 0 || data.get(i - 1).getTahun().isBefore(r.getTahun())),
                    "Proyeksi.dasar must be yearly realisasi in year order, one per year, up to %s, was %s", tahun, data);
        }
        Checks.check(Checks.notNull(targetAkhir, "Proyeksi.targetAkhir").getTahun().equals(tahun)
                && targetAkhir.getTriwulan().isEmpty(), "Proyeksi.targetAkhir must be the yearly target of %s, was %s",
                tahun, targetAkhir);
        RumusKemajuan.checkTargetAkhir(targetAkhir, "Proyeksi");
        return hitung(Checks.notNull(metode, "Proyeksi.metode"), data, tahun, targetAkhir,
                Checks.notNull(polaritas, "Proyeksi.polaritas"), Checks.notNull(pembulatan, "Proyeksi.pembulatan"));
    }

    /** The projected value, written for readers and ignored on reading: {@code "97.03"}. */
    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    /** The yearly slope, written for readers and ignored on reading: {@code "6.59"}. */
    @JsonProperty("lajuPerTahun")
    String lajuPerTahunJson() {
        return getLajuPerTahun().toString();
    }

    /**
     * The projection as text, for example
     * {@code Proyeksi[LINEAR_KUADRAT_TERKECIL 2023: 97.03, laju 6.59, target 90.00, sesuai jalur]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Proyeksi[" + getMetode() + " " + getTahun() + ": " + getNilai().toPlainString() + ", laju "
                + getLajuPerTahun().toPlainString() + ", target " + getTargetAkhir().getNilai().toPlainString()
                + (isSesuaiJalur() ? ", sesuai jalur" : ", tidak sesuai jalur") + "]";
    }
}
