package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A sub kegiatan (Permendagri 90/2019): the level at which the APBD budget is set, with its pagu
 * and, once spent, its realisasi anggaran.
 *
 * <p>Example:
 * <pre>{@code
 * SubKegiatan s = SubKegiatan.of(KodeNomenklatur.parse("7.01.01.2.01.0001"),
 *         "Penyusunan Dokumen Perencanaan Perangkat Daerah",
 *         Pagu.of(Tahun.of(2021), Rupiah.of(25_000_000L)))
 *     .withRealisasi(RealisasiAnggaran.of(Tahun.of(2021), Rupiah.of(24_500_000L)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class SubKegiatan {

    SubKegiatan() {
    }

    /**
     * The code, at the sub kegiatan level.
     *
     * @return the code, never null
     */
    @JsonProperty("kode")
    public abstract KodeNomenklatur getKode();

    /**
     * The name.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The budget ceiling.
     *
     * @return the pagu, never null
     */
    @JsonProperty("pagu")
    public abstract Pagu getPagu();

    /**
     * The spending, once reported, of the same year as the pagu.
     *
     * @return the realisasi anggaran, or empty when not yet reported
     */
    public abstract Optional<RealisasiAnggaran> getRealisasi();

    /**
     * Obtains a sub kegiatan without realisasi.
     *
     * @param kode the code, at the sub kegiatan level, not null
     * @param nama the name, not blank
     * @param pagu the budget ceiling, not null
     * @return the sub kegiatan, never null
     * @throws SakipException when an argument is null, the name blank or the code not a sub kegiatan
     */
    public static SubKegiatan of(KodeNomenklatur kode, String nama, Pagu pagu) {
        return ImmutableSubKegiatan.of(Checks.notNull(kode, "SubKegiatan.kode"),
                Checks.notBlank(nama, "SubKegiatan.nama"), Checks.notNull(pagu, "SubKegiatan.pagu"),
                Optional.empty());
    }

    /**
     * A copy with the given spending.
     *
     * @param realisasi the spending, of the pagu's year, not null
     * @return the copy, never null
     * @throws SakipException when the realisasi is null or of another year
     */
    public SubKegiatan withRealisasi(RealisasiAnggaran realisasi) {
        return ImmutableSubKegiatan.of(getKode(), getNama(), getPagu(),
                Optional.of(Checks.notNull(realisasi, "SubKegiatan.realisasi")));
    }

    @JsonProperty("realisasi")
    @Nullable
    RealisasiAnggaran realisasiJson() {
        return getRealisasi().orElse(null);
    }

    @JsonCreator
    static SubKegiatan json(@JsonProperty("kode") KodeNomenklatur kode, @JsonProperty("nama") String nama,
            @JsonProperty("pagu") Pagu pagu, @JsonProperty("realisasi") @Nullable RealisasiAnggaran realisasi) {
        SubKegiatan s = of(kode, nama, pagu);
        return realisasi == null ? s : s.withRealisasi(realisasi);
    }

    @Value.Check
    void check() {
        Checks.check(getKode().getTingkat() == KodeNomenklatur.Tingkat.SUB_KEGIATAN,
                "SubKegiatan.kode must be a sub kegiatan code (6 segments), was %s", getKode());
        getRealisasi().ifPresent(r -> Checks.check(r.getTahun().equals(getPagu().getTahun()),
                "SubKegiatan.realisasi of %s must be of the pagu's year %s, was %s", getKode(),
                getPagu().getTahun(), r.getTahun()));
    }
}
