package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import org.immutables.value.Value;

/**
 * The efficiency of a sasaran's use of its budget as Tabel 3.4 of the Klojen LKjIP 2021 computes
 * it (practice): made by {@link RumusEfisiensi#hitung(Persen, Persen)}.
 *
 * <ul>
 *   <li>{@link #getNilai()}: capaian kinerja / penyerapan x 100, rounded once (column 9 of
 *       Tabel 3.4);</li>
 *   <li>{@link #getPenghematan()}: 100 - penyerapan, exact, what the report calls the
 *       "efisiensi" (the share of the budget not spent);</li>
 *   <li>{@link #getKategori()}: the classification of {@link KategoriEfisiensi}.</li>
 * </ul>
 *
 * <p>The inputs are the percentages as given, usually as printed (rounded): the Klojen report
 * computes 93,29 / 94,42 from its printed capaian and penyerapan. Exact inputs (the unrounded
 * quotients) may give a different last digit.
 *
 * <p>Example, Klojen Nilai SAKIP (Tabel 3.4): capaian 109,74, penyerapan 89,49: nilai 122,63 (the
 * report prints 122,56, a reviu finding), penghematan 10,51, {@link KategoriEfisiensi#EFISIEN}.
 *
 * <p>JSON (docs/json.md): {@code {"capaian":"114.53","penyerapan":"92.57","pembulatan":{...},"nilai":"123.72",
 * "kategori":"EFISIEN"}}, read back through {@link RumusEfisiensi#hitung(Persen, Persen)} with its
 * {@code pembulatan}; {@code nilai} and {@code kategori} are written for readers and recomputed on reading.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"nilai", "kategori"}, allowGetters = true)
@JsonPropertyOrder({"capaian", "penyerapan", "pembulatan", "nilai", "kategori"})
public abstract class Efisiensi {

    Efisiensi() {
    }

    /**
     * The capaian kinerja, as given.
     *
     * @return the percentage, never null
     */
    @JsonProperty("capaian")
    public abstract Persen getCapaian();

    /**
     * The penyerapan anggaran, as given.
     *
     * @return the percentage, greater than zero, never null
     */
    @JsonProperty("penyerapan")
    public abstract Persen getPenyerapan();

    /**
     * capaian / penyerapan x 100, rounded once by {@link #getPembulatan()}: above 100 when the
     * result outran the spending.
     *
     * @return the percentage, never null
     */
    @JsonProperty("nilai")
    public abstract Persen getNilai();

    /**
     * The classification.
     *
     * @return the category, never null
     */
    @JsonProperty("kategori")
    public abstract KategoriEfisiensi getKategori();

    /**
     * The rounding of {@link #getNilai()}.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public abstract Pembulatan getPembulatan();

    /** Reads an efisiensi back by recomputing it from its capaian, penyerapan and rounding. */
    @JsonCreator
    static Efisiensi json(@JsonProperty("capaian") Persen capaian, @JsonProperty("penyerapan") Persen penyerapan,
            @JsonProperty("pembulatan") Pembulatan pembulatan) {
        return RumusEfisiensi.standar().withPembulatan(pembulatan).hitung(capaian, penyerapan);
    }

    /**
     * The share of the budget not spent, 100 - penyerapan, in percentage points, exact from the
     * given penyerapan (89,49 gives 10,51); negative when overspent.
     *
     * @return the percentage, never null
     */
    public Persen getPenghematan() {
        return Persen.of(Persen.SERATUS.getNilai().subtract(getPenyerapan().getNilai()));
    }

    /**
     * The efficiency as text, for example
     * {@code Efisiensi[109.74% / 89.49% = 122.63%, penghematan 10.51%, EFISIEN]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Efisiensi[" + getCapaian() + " / " + getPenyerapan() + " = " + getNilai() + ", penghematan "
                + getPenghematan() + ", " + getKategori() + "]";
    }
}
