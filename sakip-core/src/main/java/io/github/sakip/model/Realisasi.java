package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * What an indicator measured (realisasi kinerja) for one year or one quarter, in the indicator's
 * {@link Satuan}.
 *
 * <p>Missing data is not zero: a realisasi printed as "-", "NA" or left empty is not a
 * {@code Realisasi} at all, and APIs that accept missing years take an {@code Optional} or leave
 * the year out.
 *
 * <p>Example: the Klojen LKjIP 2021 (Tabel 3.1) reports Nilai SAKIP OPD
 * {@code Realisasi.of(Tahun.of(2021), new BigDecimal("87.80"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Realisasi {

    Realisasi() {
    }

    /**
     * The year measured.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The quarter measured, for a quarterly realisasi.
     *
     * @return the quarter, of {@link #getTahun()}, or empty for a yearly realisasi
     */
    public abstract Optional<Triwulan> getTriwulan();

    /**
     * The value measured.
     *
     * @return the value, never null
     */
    public abstract BigDecimal getNilai();

    /**
     * Obtains a yearly realisasi.
     *
     * @param tahun the year, not null
     * @param nilai the value, not null, at most 1000 digits in plain form
     * @return the realisasi, never null
     * @throws SakipException when an argument is null or the value too long
     */
    public static Realisasi of(Tahun tahun, BigDecimal nilai) {
        return ImmutableRealisasi.of(Checks.notNull(tahun, "Realisasi.tahun"), Optional.empty(),
                Checks.boundedDigits(nilai, "Realisasi.nilai"));
    }

    /**
     * Obtains a quarterly realisasi.
     *
     * @param triwulan the quarter, not null
     * @param nilai the value, not null, at most 1000 digits in plain form
     * @return the realisasi, never null
     * @throws SakipException when an argument is null or the value too long
     */
    public static Realisasi of(Triwulan triwulan, BigDecimal nilai) {
        Checks.notNull(triwulan, "Realisasi.triwulan");
        return ImmutableRealisasi.of(triwulan.getTahun(), Optional.of(triwulan),
                Checks.boundedDigits(nilai, "Realisasi.nilai"));
    }

    @JsonProperty("triwulan")
    @Nullable
    Triwulan triwulanJson() {
        return getTriwulan().orElse(null);
    }

    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    @JsonCreator
    static Realisasi json(@JsonProperty("tahun") Tahun tahun, @JsonProperty("triwulan") @Nullable Triwulan triwulan,
            @JsonProperty("nilai") BigDecimal nilai) {
        Realisasi realisasi = triwulan != null ? of(triwulan, nilai) : of(tahun, nilai);
        Checks.check(realisasi.getTahun().equals(tahun),
                "Realisasi.tahun must be that of Realisasi.triwulan %s, was %s", triwulan, tahun);
        return realisasi;
    }

    @Value.Check
    void check() {
        getTriwulan().ifPresent(tw -> Checks.check(tw.getTahun().equals(getTahun()),
                "Realisasi.triwulan must lie in Realisasi.tahun %s, was %s", getTahun(), tw));
    }

    /**
     * The realisasi as text, for example {@code Realisasi[2021: 87.80]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        String when = getTriwulan().map(Triwulan::toString).orElse(getTahun().toString());
        return "Realisasi[" + when + ": " + getNilai().toPlainString() + "]";
    }
}
