package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import java.util.Locale;
import javax.annotation.Nullable;

/**
 * The unit of an indicator (satuan): an open set of names, compared without regard to case or to
 * the kind and number of spaces (see {@link #of}).
 * Constants are given for the units seen most in LKjIPs; any other is made with {@link #of}.
 *
 * <p>Example: the Klojen report measures Nilai SAKIP OPD in {@link #NILAI}, IPMas in
 * {@link #INDEKS} and the Linmas ratio in {@link #RASIO}; {@code Satuan.of("unit usaha")} is a
 * unit of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Satuan {
    /** Percent (persen, %). */
    public static final Satuan PERSEN = new Satuan("persen");
    /** An index (indeks), such as IPMas or IKM. */
    public static final Satuan INDEKS = new Satuan("indeks");
    /** A score (nilai), such as Nilai SAKIP. */
    public static final Satuan NILAI = new Satuan("nilai");
    /** A ratio (rasio), such as Linmas per RT. */
    public static final Satuan RASIO = new Satuan("rasio");
    /** People (orang). */
    public static final Satuan ORANG = new Satuan("orang");
    /** Documents (dokumen). */
    public static final Satuan DOKUMEN = new Satuan("dokumen");
    /** Activities (kegiatan). */
    public static final Satuan KEGIATAN = new Satuan("kegiatan");
    /** Rupiah. */
    public static final Satuan RUPIAH = new Satuan("rupiah");

    private final String nama;

    private Satuan(String nama) {
        this.nama = nama;
    }

    /**
     * Obtains a unit by name, kept in lower case with its spaces normalised as
     * the library does for every name: removed at both ends and every inner run made one
     * ASCII space, whatever their kind (no-break U+00A0, U+202F, em space U+2003, tab, line
     * break, control characters). So "kg" followed by a no-break space, "KG" after an em space
     * and {@code "kg"} are one unit, and so are "unit", a no-break space, a space and "usaha",
     * and {@code "Unit Usaha"}.
     *
     * @param nama the name, not blank
     * @return the unit, never null
     * @throws SakipException when the name is null or blank (only spaces)
     */
    @JsonCreator
    public static Satuan of(String nama) {
        return new Satuan(Checks.normalizeSpaces(nama, "Satuan.nama").toLowerCase(Locale.ROOT));
    }

    /**
     * The name, in lower case.
     *
     * @return the name, never null
     */
    @JsonValue
    public String getNama() {
        return nama;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Satuan && ((Satuan) obj).nama.equals(nama);
    }

    @Override
    public int hashCode() {
        return nama.hashCode();
    }

    /**
     * The name, as {@link #of(String)} reads it.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return nama;
    }
}
