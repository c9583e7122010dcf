package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One sasaran's part of a {@link PerjanjianKinerja}: a target for each of its indicators and the
 * programs, with their budget, that serve it (one block of rows of Tabel 2.4 of an LKjIP).
 *
 * <p>Example, the Klojen Perjanjian Kinerja 2021:
 * <pre>{@code
 * KomitmenSasaran k = KomitmenSasaran.of(sasaran,
 *         Map.of(ipmas, Target.of(Tahun.of(2021), new BigDecimal("86.80"))),
 *         List.of(Program.of("Program Koordinasi Ketentraman Dan Ketertiban Umum",
 *                 Pagu.of(Tahun.of(2021), Rupiah.of(418_601_325L)))));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class KomitmenSasaran {

    KomitmenSasaran() {
    }

    /**
     * The sasaran.
     *
     * @return the sasaran, never null
     */
    @JsonProperty("sasaran")
    public abstract Sasaran getSasaran();

    /**
     * The target of each indicator of the sasaran, exactly its indicators, all of one year.
     *
     * @return an unmodifiable map, never null
     */
    public abstract Map<Indikator, Target> getTarget();

    /**
     * The programs serving the sasaran, no name twice, their budget of the targets' year.
     *
     * @return an unmodifiable list, possibly empty, never null
     */
    @JsonProperty("program")
    public abstract List<Program> getProgram();

    /**
     * Obtains a sasaran's commitments.
     *
     * @param sasaran the sasaran, not null
     * @param target a target for every indicator of the sasaran and no other; copied
     * @param program the programs, possibly none; copied
     * @return the commitments, never null
     * @throws SakipException when an argument is null, an indicator lacks a target, a target is
     *     for an indicator of another sasaran, years are mixed or a program repeats
     */
    public static KomitmenSasaran of(Sasaran sasaran, Map<Indikator, Target> target,
            List<Program> program) {
        Checks.notNull(target, "KomitmenSasaran.target");
        target.forEach((i, t) -> {
            Checks.notNull(i, "KomitmenSasaran.target key");
            Checks.notNull(t, "KomitmenSasaran.target of " + i.getNama());
        });
        return ImmutableKomitmenSasaran.of(Checks.notNull(sasaran, "KomitmenSasaran.sasaran"), target,
                Checks.noNullElements(program, "KomitmenSasaran.program"));
    }

    /**
     * The target of one indicator, matched by identity ({@link Indikator#isSama}: its kode, or
     * its name), not by every attribute.
     *
     * @param indikator the indicator, not null
     * @return the target, or empty when the indicator is not of this sasaran
     */
    public Optional<Target> getTarget(Indikator indikator) {
        Checks.notNull(indikator, "KomitmenSasaran.getTarget indikator");
        return getSasaran().getIndikator().stream().filter(i -> i.isSama(indikator)).findFirst()
                .map(getTarget()::get);
    }

    /** The targets keyed by the indicator's name, in the sasaran's order: JSON object keys are text. */
    @JsonProperty("target")
    Map<String, Target> targetJson() {
        Map<String, Target> byName = new LinkedHashMap<>();
        getSasaran().getIndikator().forEach(i -> byName.put(i.getNama(), getTarget().get(i)));
        return byName;
    }

    @JsonCreator
    static KomitmenSasaran json(@JsonProperty("sasaran") Sasaran sasaran,
            @JsonProperty("target") Map<String, Target> target, @JsonProperty("program") List<Program> program) {
        Checks.notNull(sasaran, "KomitmenSasaran.sasaran");
        Checks.notNull(target, "KomitmenSasaran.target");
        Map<Indikator, Target> byIndikator = new LinkedHashMap<>();
        target.forEach((nama, t) -> byIndikator.put(sasaran.getIndikator().stream()
                .filter(i -> i.getNama().equals(nama)).findFirst().orElseThrow(() -> new SakipException(
                        "KomitmenSasaran.target names indicator " + Checks.quote(nama) + ", which is not of sasaran "
                                + Checks.quote(sasaran.getNama()))), t));
        return of(sasaran, byIndikator, program);
    }

    @Value.Check
    void check() {
        for (Indikator i : getSasaran().getIndikator()) {
            Checks.check(getTarget().containsKey(i),
                    "KomitmenSasaran.target must have a target for indicator \"%s\" of sasaran \"%s\"",
                    i.getNama(), getSasaran().getNama());
        }
        for (Map.Entry<Indikator, Target> e : getTarget().entrySet()) {
            Checks.check(getSasaran().getIndikator().contains(e.getKey()),
                    "KomitmenSasaran.target has indicator \"%s\", which is not of sasaran \"%s\"",
                    e.getKey().getNama(), getSasaran().getNama());
            Checks.check(e.getValue().getTriwulan().isEmpty(),
                    "KomitmenSasaran.target of \"%s\" must be a yearly target, was %s", e.getKey().getNama(),
                    e.getValue());
        }
        Set<Tahun> years = new TreeSet<>();
        getTarget().values().forEach(t -> years.add(t.getTahun()));
        getProgram().forEach(p -> p.getTahun().ifPresent(years::add));
        Checks.check(years.size() <= 1,
                "KomitmenSasaran of sasaran \"%s\" must have its targets and program budgets all of one year, had %s",
                getSasaran().getNama(), years);
        List<String> names = getProgram().stream().map(Program::getNama).toList();
        Checks.check(names.stream().distinct().count() == names.size(),
                "KomitmenSasaran.program must not repeat a program in sasaran \"%s\": %s", getSasaran().getNama(),
                names);
    }
}
