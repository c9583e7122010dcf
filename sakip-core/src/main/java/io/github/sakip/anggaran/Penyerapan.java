package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The absorption of a budget (penyerapan anggaran, "capaian" of the anggaran columns of Tabel 3.4 of
 * an LKjIP): realisasi / pagu x 100, rounded once, and the unspent budget (sisa anggaran)
 * pagu - realisasi. Made by {@link RumusPenyerapan}.
 *
 * <p>A pagu of zero has no absorption: {@link #getPersen()} is empty (nothing was budgeted, so
 * nothing can be absorbed), never a division by zero; the sisa is still given (negative when
 * something was spent).
 *
 * <p>Example, the Klojen LKjIP 2021 (realisasi anggaran table): Program Koordinasi Ketentraman dan
 * Ketertiban Umum, Rp 395.246.192 of Rp 418.601.325: 94,42 %, sisa Rp 23.355.133.
 *
 * <p>JSON (docs/json.md): {@code {"pagu":"19072791175.00","realisasi":"17655185232.00",
 * "pembulatan":{...},"persen":"92.57"}},
 * read back through {@link RumusPenyerapan#hitung(Rupiah, Rupiah)} with its {@code pembulatan}; {@code persen}
 * is written for readers and recomputed on reading.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = "persen", allowGetters = true)
public abstract class Penyerapan {

    Penyerapan() {
    }

    /**
     * The budget ceiling.
     *
     * @return the amount, zero or more, never null
     */
    @JsonProperty("pagu")
    public abstract Rupiah getPagu();

    /**
     * The spending.
     *
     * @return the amount, zero or more, never null
     */
    @JsonProperty("realisasi")
    public abstract Rupiah getRealisasi();

    /**
     * realisasi / pagu x 100, rounded once by {@link #getPembulatan()}; above 100 when overspent.
     *
     * @return the percentage, or empty when the pagu is zero
     */
    public abstract Optional<Persen> getPersen();

    @JsonProperty("persen")
    @Nullable
    Persen persenJson() {
        return getPersen().orElse(null);
    }

    /**
     * The rounding of the percentage.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public abstract Pembulatan getPembulatan();

    /** Reads a penyerapan back by recomputing it from its pagu, realisasi and rounding. */
    @JsonCreator
    static Penyerapan json(@JsonProperty("pagu") Rupiah pagu, @JsonProperty("realisasi") Rupiah realisasi,
            @JsonProperty("pembulatan") Pembulatan pembulatan) {
        return RumusPenyerapan.standar().withPembulatan(pembulatan).hitung(pagu, realisasi);
    }

    /**
     * The unspent budget (sisa anggaran): pagu - realisasi, exact; negative when overspent.
     *
     * @return the amount, never null
     */
    public Rupiah getSisa() {
        return getPagu().minus(getRealisasi());
    }

    /**
     * The absorption as text, for example
     * {@code Penyerapan[Rp 395246192.00 / Rp 418601325.00 = 94.42%]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Penyerapan[" + getRealisasi() + " / " + getPagu() + " = "
                + getPersen().map(Persen::toString).orElse("- (pagu 0)") + "]";
    }
}
