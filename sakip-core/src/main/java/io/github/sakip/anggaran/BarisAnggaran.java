package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.Nullable;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Rupiah;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a flat budget listing keyed by nomenclature code (baris anggaran), as SIPD exports
 * them: the pagu of a sub kegiatan (a DPA row), or an amount spent on it (a realisasi row). Rolled
 * up by {@link RekapNomenklatur}.
 *
 * <p>Example: {@code BarisAnggaran.of(KodeNomenklatur.parse("7.01.01.2.01.0001"),
 * "Penyusunan Dokumen Perencanaan Perangkat Daerah", Rupiah.of(25_000_000L))}.
 *
 * <p>JSON (docs/json.md): {@code {"kode":"7.01.01.2.01.0001","nama":"...","nilai":"1000000.00"}}, {@code nama}
 * when set.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"kode", "nama", "nilai"})
public abstract class BarisAnggaran {

    BarisAnggaran() {
    }

    /**
     * The code, usually of a sub kegiatan.
     *
     * @return the code, never null
     */
    @JsonProperty("kode")
    public abstract KodeNomenklatur getKode();

    /**
     * The name printed on the row.
     *
     * @return the name, not blank, or empty
     */
    public abstract Optional<String> getNama();

    /**
     * The amount.
     *
     * @return the amount, zero or more, never null
     */
    @JsonProperty("nilai")
    public abstract Rupiah getNilai();

    /**
     * Obtains a row without a name.
     *
     * @param kode the code, not null
     * @param nilai the amount, zero or more, not null
     * @return the row, never null
     * @throws SakipException when an argument is null or the amount negative
     */
    public static BarisAnggaran of(KodeNomenklatur kode, Rupiah nilai) {
        return ImmutableBarisAnggaran.of(Checks.notNull(kode, "BarisAnggaran.kode"), Optional.empty(),
                Checks.notNull(nilai, "BarisAnggaran.nilai"));
    }

    /**
     * Obtains a named row.
     *
     * @param kode the code, not null
     * @param nama the name, not blank
     * @param nilai the amount, zero or more, not null
     * @return the row, never null
     * @throws SakipException when an argument is null, the name blank or the amount negative
     */
    public static BarisAnggaran of(KodeNomenklatur kode, String nama, Rupiah nilai) {
        return ImmutableBarisAnggaran.of(Checks.notNull(kode, "BarisAnggaran.kode"),
                Optional.of(Checks.notBlank(nama, "BarisAnggaran.nama")), Checks.notNull(nilai, "BarisAnggaran.nilai"));
    }

    @JsonProperty("nama")
    @Nullable
    String namaJson() {
        return getNama().orElse(null);
    }

    @JsonCreator
    static BarisAnggaran json(@JsonProperty("kode") KodeNomenklatur kode, @JsonProperty("nama") @Nullable String nama,
            @JsonProperty("nilai") Rupiah nilai) {
        return nama == null ? of(kode, nilai) : of(kode, nama, nilai);
    }

    @Value.Check
    void check() {
        Checks.check(!getNilai().isNegative(), "BarisAnggaran.nilai of %s must be >= 0, was %s", getKode(),
                getNilai());
    }

    /**
     * The row as text, for example {@code BarisAnggaran[7.01.01.2.01.0001 Penyusunan ..., Rp 25000000.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "BarisAnggaran[" + getKode() + getNama().map(n -> " " + n).orElse("") + ", " + getNilai() + "]";
    }
}
