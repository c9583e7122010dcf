package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.List;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The result of a {@link ReviuLkjip reviu} of a report: its findings, in the order of the printed
 * figures, and notes on the figures it could not check (their data missing, or refused by a
 * calculator), so that nothing is left out silently.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class HasilReviu {

    HasilReviu() {
    }

    /**
     * The number of printed figures checked.
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahDiperiksa")
    public abstract int getJumlahDiperiksa();

    /**
     * The findings.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("temuan")
    public abstract List<Temuan> getTemuan();

    /**
     * The figures not checked, each with where it is printed and why.
     *
     * @return an unmodifiable list of sentences, never null
     */
    @JsonProperty("catatan")
    public abstract List<String> getCatatan();

    /**
     * The policies the reviu recognised for the whole report, one line each (for example
     * {@code capaian dibatasi 100 % (3 angka)}): the report declared none, one variant explains
     * every figure it touches, and its per-figure findings are left out.
     *
     * @return an unmodifiable list of sentences, never null
     */
    @JsonProperty("kebijakanDikenali")
    public abstract List<String> getKebijakanDikenali();

    /**
     * Obtains a result.
     *
     * @param jumlahDiperiksa the number of printed figures checked, zero or more
     * @param temuan the findings, not null; copied
     * @param catatan the figures not checked, not null; copied
     * @return the result, never null
     * @throws SakipException when a list is null or has a null element, or the count is negative
     */
    public static HasilReviu of(int jumlahDiperiksa, List<Temuan> temuan, List<String> catatan) {
        return of(jumlahDiperiksa, temuan, catatan, List.of());
    }

    /**
     * Obtains a result with the policies recognised for the whole report.
     *
     * @param jumlahDiperiksa the number of printed figures checked, zero or more
     * @param temuan the findings, not null; copied
     * @param catatan the figures not checked, not null; copied
     * @param kebijakanDikenali the policies recognised, one sentence each, not null; copied
     * @return the result, never null
     * @throws SakipException when a list is null or has a null element, or the count is negative
     */
    public static HasilReviu of(int jumlahDiperiksa, List<Temuan> temuan, List<String> catatan,
            List<String> kebijakanDikenali) {
        return ImmutableHasilReviu.of(jumlahDiperiksa, Checks.noNullElements(temuan, "HasilReviu.temuan"),
                Checks.noNullElements(catatan, "HasilReviu.catatan"),
                Checks.noNullElements(kebijakanDikenali, "HasilReviu.kebijakanDikenali"));
    }

    /**
     * The findings of one kind.
     *
     * @param jenis the kind, not null
     * @return an unmodifiable list, never null
     */
    public List<Temuan> getTemuan(JenisTemuan jenis) {
        Checks.notNull(jenis, "HasilReviu jenis");
        return getTemuan().stream().filter(t -> t.getJenis() == jenis).toList();
    }

    @JsonCreator
    static HasilReviu json(@JsonProperty("jumlahDiperiksa") int jumlahDiperiksa,
            @JsonProperty("temuan") List<Temuan> temuan, @JsonProperty("catatan") List<String> catatan,
            @JsonProperty("kebijakanDikenali") @Nullable List<String> kebijakanDikenali) {
        return of(jumlahDiperiksa, temuan, catatan, kebijakanDikenali == null ? List.of() : kebijakanDikenali);
    }

    @Value.Check
    void check() {
        Checks.check(getJumlahDiperiksa() >= 0, "HasilReviu.jumlahDiperiksa must be >= 0, was %s",
                getJumlahDiperiksa());
    }

    /**
     * The result as text, for example {@code HasilReviu[120 figures checked, 18 findings, 0 notes]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "HasilReviu[" + getJumlahDiperiksa() + " figures checked, " + getTemuan().size() + " findings, "
                + getCatatan().size() + " notes]";
    }
}
