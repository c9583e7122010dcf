package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import org.immutables.value.Value;

/**
 * The spending (realisasi anggaran) of a program, kegiatan or sub kegiatan in one fiscal year:
 * zero or more Rupiah.
 *
 * <p>Example, the Klojen LKjIP 2021: Program Koordinasi Ketentraman dan Ketertiban
 * Umum spent {@code RealisasiAnggaran.of(Tahun.of(2021), Rupiah.of(395_246_192L))} (Tabel 3.4).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class RealisasiAnggaran {

    RealisasiAnggaran() {
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
     * Obtains a realisasi anggaran.
     *
     * @param tahun the fiscal year, not null
     * @param nilai the amount, zero or more, not null
     * @return the realisasi anggaran, never null
     * @throws SakipException when an argument is null or the amount is negative
     */
    @JsonCreator
    public static RealisasiAnggaran of(@JsonProperty("tahun") Tahun tahun,
            @JsonProperty("nilai") Rupiah nilai) {
        return ImmutableRealisasiAnggaran.of(Checks.notNull(tahun, "RealisasiAnggaran.tahun"), Checks.notNull(nilai, "RealisasiAnggaran.nilai"));
    }

    @Value.Check
    void check() {
        Checks.check(!getNilai().isNegative(), "RealisasiAnggaran.nilai must be >= 0, was %s", getNilai());
    }

    /**
     * The realisasi anggaran as text, for example {@code RealisasiAnggaran[2021: Rp 395246192.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RealisasiAnggaran[" + getTahun() + ": " + getNilai() + "]";
    }
}
