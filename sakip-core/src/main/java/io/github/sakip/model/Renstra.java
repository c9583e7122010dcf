package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A Renstra (Rencana Strategis, the agency's five-year plan, Permendagri 86/2017): its period and,
 * per indicator, a target for each year and the realisasi measured so far. The target of the last
 * year is the end-of-period target ("target jangka menengah") that Tabel 3.3 of an LKjIP compares
 * against.
 *
 * <p>Example, the Klojen Renstra 2018-2023 (Tabel 2.3 and 3.2):
 * <pre>{@code
 * Renstra r = Renstra.of(Periode.parse("2018-2023"))
 *         .withTarget(nilaiSakip, Target.of(Tahun.of(2023), new BigDecimal("80.02")))
 *         .withRealisasi(nilaiSakip, Realisasi.of(Tahun.of(2018), new BigDecimal("75.74")));
 * // r.getTargetAkhir(nilaiSakip) is Target[2023: 80.02]
 * }</pre>
 *
 * <p>Invariants: every target and realisasi lies in the period, is yearly, and no indicator has
 * two for one year. This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Renstra {

    Renstra() {
    }

    /**
     * The period of the plan, for example 2018-2023.
     *
     * @return the period, never null
     */
    @JsonProperty("periode")
    public abstract Periode getPeriode();

    /**
     * The yearly targets of each indicator, each list in year order.
     *
     * @return an unmodifiable map of unmodifiable lists, never null
     */
    public abstract Map<Indikator, List<Target>> getTarget();

    /**
     * The yearly realisasi of each indicator, each list in year order.
     *
     * @return an unmodifiable map of unmodifiable lists, never null
     */
    public abstract Map<Indikator, List<Realisasi>> getRealisasi();

    /**
     * Obtains a plan with no indicator yet.
     *
     * @param periode the period, not null
     * @return the plan, never null
     * @throws SakipException when the period is null
     */
    public static Renstra of(Periode periode) {
        return ImmutableRenstra.of(Checks.notNull(periode, "Renstra.periode"), Map.of(), Map.of());
    }

    /**
     * A copy with one more yearly target.
     *
     * @param indikator the indicator, not null
     * @param target the target, yearly, in the period, the indicator's first for its year; not null
     * @return the copy, never null
     * @throws SakipException when an argument is null, the year lies outside the period or
     *     already has a target
     */
    public Renstra withTarget(Indikator indikator, Target target) {
        Checks.notNull(indikator, "Renstra indikator");
        Checks.notNull(target, "Renstra.target");
        return ImmutableRenstra.of(getPeriode(), added(getTarget(), indikator, target, Target::getTahun),
                getRealisasi());
    }

    /**
     * A copy with one more yearly realisasi.
     *
     * @param indikator the indicator, not null
     * @param realisasi the realisasi, yearly, in the period, the indicator's first for its year;
     *     not null
     * @return the copy, never null
     * @throws SakipException when an argument is null, the year lies outside the period or
     *     already has a realisasi
     */
    public Renstra withRealisasi(Indikator indikator, Realisasi realisasi) {
        Checks.notNull(indikator, "Renstra indikator");
        Checks.notNull(realisasi, "Renstra.realisasi");
        return ImmutableRenstra.of(getPeriode(), getTarget(),
                added(getRealisasi(), indikator, realisasi, Realisasi::getTahun));
    }

    private static <T> Map<Indikator, List<T>> added(Map<Indikator, List<T>> map, Indikator indikator, T value,
            Function<T, Tahun> tahun) {
        Map<Indikator, List<T>> copy = new LinkedHashMap<>(map);
        List<T> list = new ArrayList<>(copy.getOrDefault(indikator, List.of()));
        list.add(value);
        list.sort(Comparator.comparing(tahun));
        copy.put(indikator, List.copyOf(list));
        return copy;
    }

    @JsonProperty("indikator")
    List<RenstraIndikator> indikatorJson() {
        return getIndikator().stream().map(i -> new RenstraIndikator(i, getTarget().getOrDefault(i, List.of()),
                getRealisasi().getOrDefault(i, List.of()))).toList();
    }

    @JsonCreator
    static Renstra json(@JsonProperty("periode") Periode periode,
            @JsonProperty("indikator") List<RenstraIndikator> indikator) {
        Renstra renstra = of(periode);
        for (RenstraIndikator baris : Checks.noNullElements(indikator, "Renstra.indikator")) {
            for (Target t : baris.getTarget()) {
                renstra = renstra.withTarget(baris.getIndikator(), t);
            }
            for (Realisasi r : baris.getRealisasi()) {
                renstra = renstra.withRealisasi(baris.getIndikator(), r);
            }
        }
        return renstra;
    }

    /**
     * The indicators that have a target or a realisasi, in the order they were added.
     *
     * @return an unmodifiable list, never null
     */
    public List<Indikator> getIndikator() {
        Set<Indikator> all = new LinkedHashSet<>(getTarget().keySet());
        all.addAll(getRealisasi().keySet());
        return List.copyOf(all);
    }

    /**
     * The target of an indicator for a year.
     *
     * @param indikator the indicator, not null
     * @param tahun the year, not null
     * @return the target, or empty when none was set
     */
    public Optional<Target> getTarget(Indikator indikator, Tahun tahun) {
        Checks.notNull(indikator, "Renstra.getTarget indikator");
        Checks.notNull(tahun, "Renstra.getTarget tahun");
        return getTarget().getOrDefault(indikator, List.of()).stream()
                .filter(t -> t.getTahun().equals(tahun)).findFirst();
    }

    /**
     * The end-of-period target (target jangka menengah): the target of the period's last year.
     *
     * @param indikator the indicator, not null
     * @return the target, or empty when none was set for the last year
     */
    public Optional<Target> getTargetAkhir(Indikator indikator) {
        Checks.notNull(indikator, "Renstra.getTargetAkhir indikator");
        return getTarget(indikator, getPeriode().getAkhir());
    }

    /**
     * The realisasi of an indicator for a year.
     *
     * @param indikator the indicator, not null
     * @param tahun the year, not null
     * @return the realisasi, or empty when none was measured
     */
    public Optional<Realisasi> getRealisasi(Indikator indikator, Tahun tahun) {
        Checks.notNull(indikator, "Renstra.getRealisasi indikator");
        Checks.notNull(tahun, "Renstra.getRealisasi tahun");
        return getRealisasi().getOrDefault(indikator, List.of()).stream()
                .filter(r -> r.getTahun().equals(tahun)).findFirst();
    }

    @Value.Check
    void check() {
        getTarget().forEach((i, list) -> checkYears(i, list.stream().map(t -> {
            Checks.check(t.getTriwulan().isEmpty(), "Renstra.target of \"%s\" must be yearly, was %s",
                    i.getNama(), t);
            return t.getTahun();
        }).toList(), "target"));
        getRealisasi().forEach((i, list) -> checkYears(i, list.stream().map(r -> {
            Checks.check(r.getTriwulan().isEmpty(), "Renstra.realisasi of \"%s\" must be yearly, was %s",
                    i.getNama(), r);
            return r.getTahun();
        }).toList(), "realisasi"));
    }

    private void checkYears(Indikator indikator, List<Tahun> years, String field) {
        Set<Tahun> seen = new LinkedHashSet<>();
        for (Tahun y : years) {
            Checks.check(getPeriode().contains(y), "Renstra.%s of \"%s\" must lie in the Renstra period %s, was %s",
                    field, indikator.getNama(), getPeriode(), y);
            Checks.check(seen.add(y), "Renstra.%s of \"%s\" must not repeat year %s", field, indikator.getNama(), y);
        }
    }
}
