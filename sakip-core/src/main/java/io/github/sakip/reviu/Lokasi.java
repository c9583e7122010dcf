package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import org.immutables.value.Value;

/**
 * Where a figure stands in a report: the table, the row and the column, as the report names them.
 *
 * <p>Example: {@code Lokasi.of("Tabel 3.4", "Meningkatnya kinerja pelayanan perangkat daerah", "9")}
 * is the efficiency that the Klojen LKjIP 2021 prints as 122,56.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Lokasi {

    Lokasi() {
    }

    /**
     * The table, for example {@code "Tabel 3.1"}.
     *
     * @return the table, not blank, never null
     */
    @JsonProperty("tabel")
    public abstract String getTabel();

    /**
     * The row, for example the indicator's or program's name.
     *
     * @return the row, not blank, never null
     */
    @JsonProperty("baris")
    public abstract String getBaris();

    /**
     * The column, for example {@code "Capaian 2021"}.
     *
     * @return the column, not blank, never null
     */
    @JsonProperty("kolom")
    public abstract String getKolom();

    /**
     * Obtains a location.
     *
     * @param tabel the table, not blank
     * @param baris the row, not blank
     * @param kolom the column, not blank
     * @return the location, never null
     * @throws SakipException when an argument is null or blank
     */
    public static Lokasi of(String tabel, String baris, String kolom) {
        return ImmutableLokasi.of(Checks.notBlank(tabel, "Lokasi.tabel"), Checks.notBlank(baris, "Lokasi.baris"),
                Checks.notBlank(kolom, "Lokasi.kolom"));
    }

    @JsonCreator
    static Lokasi json(@JsonProperty("tabel") String tabel, @JsonProperty("baris") String baris,
            @JsonProperty("kolom") String kolom) {
        return of(tabel, baris, kolom);
    }

    /**
     * The location as text, for example {@code Tabel 3.1 / Nilai SAKIP OPD / Capaian 2021}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getTabel() + " / " + getBaris() + " / " + getKolom();
    }
}
