package io.github.sakip.tren;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.SakipException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The yearly series (deret) of one indicator's realisasi, and optionally its targets, over a
 * period: one row of Tabel 3.2 or 3.3 of an LKjIP.
 *
 * <p>Missing data is not zero: a year printed "NA" or "-" is simply absent from the series, and
 * every computation treats it as unknown (no change is computed across it). A series rejects two
 * values for one year, a year outside its period and a quarterly value.
 *
 * <p>Example, the Klojen LKjIP 2021 (Tabel 3.2), IPMas with 2018 "NA":
 * <pre>{@code
 * DeretKinerja ipmas = DeretKinerja.of(indikator, Periode.parse("2018-2023"))
 *         .withRealisasi(Realisasi.of(Tahun.of(2019), new BigDecimal("67.8")))
 *         .withRealisasi(Realisasi.of(Tahun.of(2020), new BigDecimal("83.00")))
 *         .withRealisasi(Realisasi.of(Tahun.of(2021), new BigDecimal("80.98")))
 *         .withTarget(Target.of(Tahun.of(2023), new BigDecimal("90.00")));
 * }</pre>
 * or {@code DeretKinerja.from(renstra, indikator)} from a {@link Renstra}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"indikator", "periode", "realisasi", "target"})
public abstract class DeretKinerja {

    DeretKinerja() {
    }

    /**
     * The indicator, whose {@link io.github.sakip.model.Polaritas} says which direction is better.
     *
     * @return the indicator, never null
     */
    @JsonProperty("indikator")
    public abstract Indikator getIndikator();

    /**
     * The period, for example the Renstra's 2018-2023; its last year is the end year of
     * {@link RumusKemajuan}.
     *
     * @return the period, never null
     */
    @JsonProperty("periode")
    public abstract Periode getPeriode();

    /**
     * The yearly realisasi, in year order, at most one per year, all in the period.
     *
     * @return an unmodifiable list, possibly empty, never null
     */
    @JsonProperty("realisasi")
    public abstract List<Realisasi> getRealisasi();

    /**
     * The yearly targets, in year order, at most one per year, all in the period.
     *
     * @return an unmodifiable list, possibly empty, never null
     */
    @JsonProperty("target")
    public abstract List<Target> getTarget();

    /**
     * Reads a series back through {@link #of(Indikator, Periode, List)} and {@link #withTarget}:
     * JSON is checked like Java input; an absent list is empty.
     */
    @JsonCreator
    static DeretKinerja json(@JsonProperty("indikator") Indikator indikator, @JsonProperty("periode") Periode periode,
            @JsonProperty("realisasi") @Nullable List<Realisasi> realisasi,
            @JsonProperty("target") @Nullable List<Target> target) {
        DeretKinerja deret = of(indikator, periode, realisasi == null ? List.of() : realisasi);
        for (Target t : target == null ? List.<Target>of() : target) {
            deret = deret.withTarget(t);
        }
        return deret;
    }

    /**
     * Obtains an empty series, to be filled with {@link #withRealisasi} and {@link #withTarget}.
     *
     * @param indikator the indicator, not null
     * @param periode the period, not null
     * @return the series, never null
     * @throws SakipException when an argument is null
     */
    public static DeretKinerja of(Indikator indikator, Periode periode) {
        return ImmutableDeretKinerja.of(Checks.notNull(indikator, "DeretKinerja.indikator"),
                Checks.notNull(periode, "DeretKinerja.periode"), List.of(), List.of());
    }

    /**
     * Obtains a series of realisasi without targets; missing years are left out.
     *
     * @param indikator the indicator, not null
     * @param periode the period, not null
     * @param realisasi the yearly realisasi in any order, at most one per year, in the period; copied
     * @return the series, never null
     * @throws SakipException when an argument or element is null, a year repeats, lies outside the
     *     period or a realisasi is quarterly
     */
    public static DeretKinerja of(Indikator indikator, Periode periode,
            List<Realisasi> realisasi) {
        return ImmutableDeretKinerja.of(Checks.notNull(indikator, "DeretKinerja.indikator"),
                Checks.notNull(periode, "DeretKinerja.periode"),
                sorted(Checks.noNullElements(realisasi, "DeretKinerja.realisasi"), Realisasi::getTahun), List.of());
    }

    /**
     * Obtains the series of one indicator of a Renstra: its realisasi and its yearly targets,
     * over the Renstra's period.
     *
     * @param renstra the plan, not null
     * @param indikator an indicator of the plan, not null
     * @return the series, never null
     * @throws SakipException when an argument is null or the plan has neither a target nor a
     *     realisasi for the indicator
     */
    public static DeretKinerja from(Renstra renstra, Indikator indikator) {
        Checks.notNull(renstra, "DeretKinerja renstra");
        Checks.notNull(indikator, "DeretKinerja.indikator");
        Checks.check(renstra.getIndikator().contains(indikator),
                "DeretKinerja: Renstra %s has no target or realisasi for indicator \"%s\"", renstra.getPeriode(),
                indikator.getNama());
        return ImmutableDeretKinerja.of(indikator, renstra.getPeriode(),
                renstra.getRealisasi().getOrDefault(indikator, List.of()),
                renstra.getTarget().getOrDefault(indikator, List.of()));
    }

    /**
     * A copy with one more yearly realisasi.
     *
     * @param realisasi the realisasi, yearly, in the period, of a year without one; not null
     * @return the copy, never null
     * @throws SakipException when the realisasi is null, quarterly, outside the period or of a
     *     year that already has one
     */
    public DeretKinerja withRealisasi(Realisasi realisasi) {
        List<Realisasi> list = new ArrayList<>(getRealisasi());
        list.add(Checks.notNull(realisasi, "DeretKinerja.realisasi"));
        return ImmutableDeretKinerja.of(getIndikator(), getPeriode(), sorted(list, Realisasi::getTahun), getTarget());
    }

    /**
     * A copy with one more yearly target.
     *
     * @param target the target, yearly, in the period, of a year without one; not null
     * @return the copy, never null
     * @throws SakipException when the target is null, quarterly, outside the period or of a year
     *     that already has one
     */
    public DeretKinerja withTarget(Target target) {
        List<Target> list = new ArrayList<>(getTarget());
        list.add(Checks.notNull(target, "DeretKinerja.target"));
        return ImmutableDeretKinerja.of(getIndikator(), getPeriode(), getRealisasi(), sorted(list, Target::getTahun));
    }

    /**
     * The realisasi of a year.
     *
     * @param tahun the year, not null
     * @return the realisasi, or empty when the year is missing ("NA")
     */
    public Optional<Realisasi> getRealisasi(Tahun tahun) {
        Checks.notNull(tahun, "DeretKinerja.getRealisasi tahun");
        // a loop, not a stream: RumusTren asks once per year of every series
        for (Realisasi r : getRealisasi()) {
            if (r.getTahun().equals(tahun)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The target of a year.
     *
     * @param tahun the year, not null
     * @return the target, or empty when none was given
     */
    public Optional<Target> getTarget(Tahun tahun) {
        Checks.notNull(tahun, "DeretKinerja.getTarget tahun");
        for (Target t : getTarget()) {
            if (t.getTahun().equals(tahun)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The latest realisasi: of 2021 in the Klojen series of Tabel 3.2.
     *
     * @return the realisasi of the latest year that has one, or empty for a series without any
     */
    public Optional<Realisasi> getRealisasiTerakhir() {
        List<Realisasi> all = getRealisasi();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The end-of-period target (target jangka menengah): the target of the period's last year.
     *
     * @return the target, or empty when none was given for the last year
     */
    public Optional<Target> getTargetAkhir() {
        return getTarget(getPeriode().getAkhir());
    }

    private static <T> List<T> sorted(List<T> values, Function<T, Tahun> tahun) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(Comparator.comparing(tahun));
        return copy;
    }

    @Value.Check
    void check() {
        List<Tahun> realisasi = new ArrayList<>(getRealisasi().size());
        for (Realisasi r : getRealisasi()) {
            Checks.check(r.getTriwulan().isEmpty(), "DeretKinerja.realisasi of \"%s\" must be yearly, was %s",
                    getIndikator().getNama(), r);
            realisasi.add(r.getTahun());
        }
        checkYears(realisasi, "realisasi");
        List<Tahun> target = new ArrayList<>(getTarget().size());
        for (Target t : getTarget()) {
            Checks.check(t.getTriwulan().isEmpty(), "DeretKinerja.target of \"%s\" must be yearly, was %s",
                    getIndikator().getNama(), t);
            target.add(t.getTahun());
        }
        checkYears(target, "target");
    }

    private void checkYears(List<Tahun> years, String field) {
        for (int i = 0; i < years.size(); i++) {
            Tahun y = years.get(i);
            Checks.check(getPeriode().contains(y), "DeretKinerja.%s of \"%s\" must lie in the period %s, was %s",
                    field, getIndikator().getNama(), getPeriode(), y);
            Checks.check(i == 0 || years.get(i - 1).isBefore(y),
                    "DeretKinerja.%s of \"%s\" must not repeat year %s (one value per year)", field,
                    getIndikator().getNama(), y);
        }
    }

    /**
     * The series as text, for example {@code DeretKinerja[IPMas, 2018-2023, realisasi [...], target [...]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "DeretKinerja[" + getIndikator().getNama() + ", " + getPeriode() + ", realisasi " + getRealisasi()
                + ", target " + getTarget() + "]";
    }
}
