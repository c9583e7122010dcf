package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Perjanjian Kinerja (performance agreement, PermenPANRB 53/2014): what the head of an agency
 * commits to for one year, as sasaran, indicators and targets, and the programs with their budget.
 *
 * <p>Example, the Klojen Perjanjian Kinerja 2021 (Tabel 2.4 of the LKjIP): three
 * {@link KomitmenSasaran}, three indicators, five programs,
 * {@code pk.getTotalPagu()} is {@code Rp 40353401000.00}.
 *
 * <p>Invariants: at least one sasaran, no sasaran twice, every target and pagu of the
 * agreement's year, no indicator code twice, no program or indicator under two sasaran (a program
 * listed twice would count its budget twice).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class PerjanjianKinerja {

    PerjanjianKinerja() {
    }

    /**
     * The year of the agreement.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The sasaran with their targets and programs, in the agreement's order.
     *
     * @return an unmodifiable list, at least one element, never null
     */
    @JsonProperty("komitmen")
    public abstract List<KomitmenSasaran> getKomitmen();

    /**
     * Obtains an agreement.
     *
     * @param tahun the year, not null
     * @param komitmen the sasaran with their targets and programs, at least one; copied
     * @return the agreement, never null
     * @throws SakipException when an argument is null, the list empty, a sasaran repeats, an
     *     indicator code repeats, or a target or pagu is of another year
     */
    @JsonCreator
    public static PerjanjianKinerja of(@JsonProperty("tahun") Tahun tahun,
            @JsonProperty("komitmen") List<KomitmenSasaran> komitmen) {
        return ImmutablePerjanjianKinerja.of(Checks.notNull(tahun, "PerjanjianKinerja.tahun"),
                Checks.noNullElements(komitmen, "PerjanjianKinerja.komitmen"));
    }

    /**
     * The sasaran, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Sasaran> getSasaran() {
        return getKomitmen().stream().map(KomitmenSasaran::getSasaran).toList();
    }

    /**
     * The indicators of all sasaran, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Indikator> getIndikator() {
        List<Indikator> all = new ArrayList<>();
        getKomitmen().forEach(k -> all.addAll(k.getSasaran().getIndikator()));
        return List.copyOf(all);
    }

    /**
     * The programs of all sasaran, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Program> getProgram() {
        List<Program> all = new ArrayList<>();
        getKomitmen().forEach(k -> all.addAll(k.getProgram()));
        return List.copyOf(all);
    }

    /**
     * The indicator of the agreement that has this name, as a report, a spreadsheet or another
     * system writes it: matched ignoring case and spaces (no-break spaces and line breaks count as
     * spaces, runs of them as one). Use it to find the target of an indicator known only by name:
     * {@code pk.cariIndikator("IKM Perangkat Daerah").flatMap(pk::getTarget)}.
     *
     * @param nama the name of the indicator, not blank
     * @return the indicator, or empty when none of the agreement has that name
     * @throws SakipException when the name is null or blank, or two indicators of the agreement
     *     have that name (then look them up by value with {@link #getTarget(Indikator)})
     */
    public Optional<Indikator> cariIndikator(String nama) {
        String kunci = kunci(Checks.normalizeSpaces(nama, "PerjanjianKinerja.cariIndikator nama"));
        List<Indikator> found = getIndikator().stream().filter(i -> kunci(i.getNama()).equals(kunci)).toList();
        Checks.check(found.size() <= 1, "PerjanjianKinerja %s has %s indicators named %s; find them by value",
                getTahun(), found.size(), Checks.quote(nama));
        return found.stream().findFirst();
    }

    private static String kunci(String nama) {
        return Checks.normalizeSpaces(nama, "Indikator.nama").toLowerCase(Locale.ROOT);
    }

    /**
     * The target of an indicator, matched by identity ({@link Indikator#isSama}): its kode when
     * both have one, else its name, so a copy such as {@code i.withIku(true)} finds the target of
     * {@code i}; an indicator known only by a name written another way (case, spaces) is found
     * with {@link #cariIndikator(String)}.
     *
     * @param indikator the indicator, not null
     * @return the target, or empty when the indicator is not in the agreement
     */
    public Optional<Target> getTarget(Indikator indikator) {
        Checks.notNull(indikator, "PerjanjianKinerja.getTarget indikator");
        return getKomitmen().stream().flatMap(k -> k.getTarget(indikator).stream()).findFirst();
    }

    /**
     * The total budget ceiling of all programs, exact ("Total Anggaran" of Tabel 2.4).
     *
     * @return the sum, never null
     */
    public Rupiah getTotalPagu() {
        return Rupiah.total(getProgram().stream().map(Program::getTotalPagu).toList());
    }

    @Value.Check
    void check() {
        Checks.check(!getKomitmen().isEmpty(), "PerjanjianKinerja.komitmen must not be empty for %s", getTahun());
        Set<String> sasaran = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (KomitmenSasaran k : getKomitmen()) {
            Checks.check(sasaran.add(k.getSasaran().getNama()),
                    "PerjanjianKinerja.komitmen must not repeat sasaran \"%s\"", k.getSasaran().getNama());
            k.getTarget().forEach((i, t) -> Checks.check(t.getTahun().equals(getTahun()),
                    "PerjanjianKinerja %s: target of \"%s\" must be of the agreement's year, was %s", getTahun(),
                    i.getNama(), t.getTahun()));
            for (Indikator i : k.getSasaran().getIndikator()) {
                i.getKode().ifPresent(c -> Checks.check(codes.add(c),
                        "PerjanjianKinerja %s must not repeat indicator code (kode) \"%s\"", getTahun(), c));
            }
        }
        Set<String> programs = new HashSet<>();
        Set<Indikator> indicators = new HashSet<>();
        for (KomitmenSasaran k : getKomitmen()) {
            k.getProgram().forEach(p -> Checks.check(programs.add(p.getNama()),
                    "PerjanjianKinerja %s must not list program \"%s\" under two sasaran: its budget would count twice",
                    getTahun(), p.getNama()));
            k.getSasaran().getIndikator().forEach(i -> Checks.check(indicators.add(i),
                    "PerjanjianKinerja %s must not list indicator \"%s\" under two sasaran", getTahun(), i.getNama()));
        }
        for (Program p : getProgram()) {
            p.getTahun().ifPresent(y -> Checks.check(y.equals(getTahun()),
                    "PerjanjianKinerja %s: the budget of program \"%s\" must be of the agreement's year, was %s",
                    getTahun(), p.getNama(), y));
        }
    }
}
