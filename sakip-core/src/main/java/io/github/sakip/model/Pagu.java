package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
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
    @JsonProperty("nilai")
    public abstract Rupiah getNilai();

    /**
     * Obtains a budget ceiling.
     *
     * @param tahun the fiscal year, not null
     * @param nilai the amount, zero or more, not null
     * @return the pagu, never null
     * @throws SakipException when an argument is null or the amount is negative
     */
    @JsonCreator
    public static Pagu of(@JsonProperty("tahun") Tahun tahun, @JsonProperty("nilai") Rupiah nilai) {
        return ImmutablePagu.of(Checks.notNull(tahun, "Pagu.tahun"), Checks.notNull(nilai, "Pagu.nilai"));
    }

    @Value.Check
    void check() {
        Checks.check(!getNilai().isNegative(), "Pagu.nilai must be >= 0, was %s", getNilai());
    }

    /**
     * The pagu as text, for example {@code Pagu[2021: Rp 418601325.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Pagu[" + getTahun() + ": " + getNilai() + "]";
    }
}
