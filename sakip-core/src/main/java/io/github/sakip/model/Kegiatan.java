package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A kegiatan (Permendagri 90/2019) with its sub kegiatan; its budget is theirs, rolled up by
 * {@code io.github.sakip.anggaran}.
 *
 * <p>Example: {@code Kegiatan.of(KodeNomenklatur.parse("7.01.01.2.01"), "Perencanaan, Penganggaran,
 * dan Evaluasi Kinerja Perangkat Daerah", List.of(subKegiatan))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Kegiatan {

    Kegiatan() {
    }

    /**
     * The code, at the kegiatan level.
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
     * The sub kegiatan, each coded under this kegiatan, no code twice, all of one fiscal year.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("subKegiatan")
    public abstract List<SubKegiatan> getSubKegiatan();

    /**
     * Obtains a kegiatan.
     *
     * @param kode the code, at the kegiatan level, not null
     * @param nama the name, not blank
     * @param subKegiatan the sub kegiatan, possibly none; copied
     * @return the kegiatan, never null
     * @throws SakipException when an argument is null, the name blank, the code not a kegiatan,
     *     a sub kegiatan coded under another kegiatan, a code repeated, or years mixed
     */
    @JsonCreator
    public static Kegiatan of(@JsonProperty("kode") KodeNomenklatur kode, @JsonProperty("nama") String nama,
            @JsonProperty("subKegiatan") List<SubKegiatan> subKegiatan) {
        return ImmutableKegiatan.of(Checks.notNull(kode, "Kegiatan.kode"), Checks.notBlank(nama, "Kegiatan.nama"),
                Checks.noNullElements(subKegiatan, "Kegiatan.subKegiatan"));
    }

    @Value.Check
    void check() {
        Checks.check(getKode().getTingkat() == KodeNomenklatur.Tingkat.KEGIATAN,
                "Kegiatan.kode must be a kegiatan code (5 segments), was %s", getKode());
        Set<KodeNomenklatur> codes = new HashSet<>();
        for (SubKegiatan s : getSubKegiatan()) {
            Checks.check(getKode().isIndukDari(s.getKode()),
                    "Kegiatan.subKegiatan %s must be coded under kegiatan %s", s.getKode(), getKode());
            Checks.check(codes.add(s.getKode()), "Kegiatan.subKegiatan must not repeat code %s", s.getKode());
            Checks.check(s.getPagu().getTahun().equals(getSubKegiatan().get(0).getPagu().getTahun()),
                    "Kegiatan.subKegiatan must all be of one year: %s is of %s, %s of %s", s.getKode(),
                    s.getPagu().getTahun(), getSubKegiatan().get(0).getKode(),
                    getSubKegiatan().get(0).getPagu().getTahun());
        }
    }
}
