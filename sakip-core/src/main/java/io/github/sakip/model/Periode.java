package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.annotation.Nullable;

/**
 * A period of whole years, both ends included: the five years of a Renstra or RPJMD, for example
 * {@code 2019-2023}. Unlike the half-open ranges of ThreeTen-Extra, a SAKIP period names its
 * first and its last year, as the regulations print it ("Renstra 2018-2023").
 *
 * <p>Example: {@code Periode.of(Tahun.of(2019), Tahun.of(2023)).contains(Tahun.of(2021))} is
 * true; {@code Periode.parse("2019-2023").getPanjang()} is 5.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Periode {
    private final Tahun awal;
    private final Tahun akhir;

    private Periode(Tahun awal, Tahun akhir) {
        this.awal = awal;
        this.akhir = akhir;
    }

    /**
     * Obtains a period from its first to its last year, both included.
     *
     * @param awal the first year, not null
     * @param akhir the last year, not null, not before {@code awal}
     * @return the period, never null
     * @throws SakipException when a year is null or {@code akhir} is before {@code awal}
     */
    public static Periode of(Tahun awal, Tahun akhir) {
        if (awal == null || akhir == null) {
            throw new SakipException("Periode." + (awal == null ? "awal" : "akhir") + " must not be null");
        }
        if (akhir.isBefore(awal)) {
            throw new SakipException(
                    "Periode.akhir must not be before Periode.awal " + awal + ", was " + akhir);
        }
        return new Periode(awal, akhir);
    }

    /**
     * Reads a period as {@link #toString()} prints it, for example {@code "2019-2023"}.
     *
     * @param text the text, not null
     * @return the period, never null
     * @throws SakipParseException when the text is not two four-digit years joined by '-'
     */
    @JsonCreator
    public static Periode parse(String text) {
        if (text == null) {
            throw new SakipException("Periode text must not be null");
        }
        if (text.length() != 9 || text.charAt(4) != '-') {
            throw new SakipParseException(
                    "Periode " + Checks.quote(text) + " must have the form YYYY-YYYY, for example 2019-2023", text, 0);
        }
        return of(Tahun.parse(text, 0, "Periode"), Tahun.parse(text, 5, "Periode"));
    }

    /**
     * The first year.
     *
     * @return the first year, never null
     */
    public Tahun getAwal() {
        return awal;
    }

    /**
     * The last year (the Renstra end year whose target is the "target jangka menengah").
     *
     * @return the last year, never null
     */
    public Tahun getAkhir() {
        return akhir;
    }

    /**
     * The number of years, both ends counted: 5 for 2019-2023.
     *
     * @return the number of years, 1 or more
     */
    public int getPanjang() {
        return akhir.getValue() - awal.getValue() + 1;
    }

    /**
     * Whether the year lies in this period, both ends included.
     *
     * @param tahun the year, not null
     * @return true when {@code awal <= tahun <= akhir}
     */
    public boolean contains(Tahun tahun) {
        Checks.notNull(tahun, "Periode.contains tahun");
        return !tahun.isBefore(awal) && !tahun.isAfter(akhir);
    }

    /**
     * The years of this period in order.
     *
     * @return an unmodifiable list of {@link #getPanjang()} years, never null
     */
    public List<Tahun> getTahun() {
        List<Tahun> years = new ArrayList<>(getPanjang());
        for (int y = awal.getValue(); y <= akhir.getValue(); y++) {
            years.add(Tahun.of(y));
        }
        return Collections.unmodifiableList(years);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Periode && ((Periode) obj).awal.equals(awal) && ((Periode) obj).akhir.equals(akhir);
    }

    @Override
    public int hashCode() {
        return awal.hashCode() * 31 + akhir.hashCode();
    }

    /**
     * The period as {@code YYYY-YYYY}, for example {@code 2019-2023}.
     *
     * @return the text that {@link #parse(String)} reads
     */
    @Override
    @JsonValue
    public String toString() {
        return awal + "-" + akhir;
    }
}
