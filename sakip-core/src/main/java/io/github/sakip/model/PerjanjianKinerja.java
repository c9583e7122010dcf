package io.github.sakip.model;

import io.github.sakip.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
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
public abstract class PerjanjianKinerja {

    PerjanjianKinerja() {
    }

    /**
     * The year of the agreement.
     *
     * @return the year, never null
     */
    public abstract Tahun getTahun();

    /**
     * The sasaran with their targets and programs, in the agreement's order.
     *
     * @return an unmodifiable list, at least one element, never null
     */
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
    public static PerjanjianKinerja of(@Nullable Tahun tahun, @Nullable List<KomitmenSasaran> komitmen) {
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
     * The target of an indicator.
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
