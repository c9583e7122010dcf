package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipJson;
import io.github.sakip.SakipStyle;
import org.immutables.value.Value;

/**
 * The budget ceiling (pagu anggaran) of a program, kegiatan or sub kegiatan for one fiscal year:
 * zero or more Rupiah.
 *
 * <p>Example, the Klojen LKjIP 2021 (Tabel 2.4): Program Koordinasi Ketentraman dan Ketertiban
 * Umum has {@code Pagu.of(Tahun.of(2021), Rupiah.of(418_601_325L))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Pagu {

    Pagu() {
    }

    /**
     * The fiscal year.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The amount.
     *
     * @return the amount, zero or more, never null
     */
    @JsonProperty("jumlah")
    public abstract Rupiah getJumlah();

    /**
     * Obtains a budget ceiling.
     *
     * @param tahun the fiscal year, not null
     * @param jumlah the amount, zero or more, not null
     * @return the pagu, never null
     * @throws SakipException when an argument is null or the amount is negative
     */
    @JsonCreator
    public static Pagu of(@JsonProperty("tahun") Tahun tahun, @JsonProperty("jumlah") Rupiah jumlah) {
        return ImmutablePagu.of(Checks.notNull(tahun, "Pagu.tahun"), Checks.notNull(jumlah, "Pagu.jumlah"));
    }

    @Value.Check
    void check() {
        Checks.check(!getJumlah().isNegative(), "Pagu.jumlah must be >= 0, was %s", getJumlah());
    }

    /**
     * The pagu as text, for example {@code Pagu[2021: Rp 418601325.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Pagu[" + getTahun() + ": " + getJumlah() + "]";
    }
}
