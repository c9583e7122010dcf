package io.github.sakip.tren;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The compound annual growth rate (laju pertumbuhan majemuk, CAGR) between two years:
 * {@code ((R(akhir) / R(awal))^(1/n) - 1) x 100}, n the number of years between them. Made by
 * {@link RumusTren#lajuMajemuk(DeretKinerja, io.github.sakip.model.Tahun, io.github.sakip.model.Tahun)}.
 *
 * <p>Precision: the n-th root is computed in {@code BigDecimal} and rounded correctly, once, by
 * {@link #getPembulatan()}: the printed figure is exactly the true rate rounded, never off by one
 * in the last digit (the library proves the rounding with exact decimal comparisons; see the
 * package documentation).
 *
 * <p>Example, Klojen Nilai SAKIP OPD (Tabel 3.2): from 75,74 (2018) to 87,80 (2021), n = 3, the
 * rate is 5,05 % a year (87,80 / 75,74 = 1,15923..., its cube root 1,05049...).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"awal", "akhir", "pembulatan", "persen", "jumlahTahun"})
@JsonIgnoreProperties(value = {"persen", "jumlahTahun"}, allowGetters = true)
public abstract class LajuMajemuk {

    LajuMajemuk() {
    }

    /**
     * The realisasi of the first year.
     *
     * @return the realisasi, greater than zero, never null
     */
    @JsonProperty("awal")
    public abstract Realisasi getAwal();

    /**
     * The realisasi of the last year.
     *
     * @return the realisasi, zero or more, never null
     */
    @JsonProperty("akhir")
    public abstract Realisasi getAkhir();

    /**
     * The rate in percent per year, rounded once by {@link #getPembulatan()}; -100 when the last
     * value is zero.
     *
     * @return the rate, never null
     */
    @JsonProperty("persen")
    public abstract Persen getPersen();

    /**
     * The rounding of the rate.
     *
     * @return the policy, never null
     */
    @JsonProperty("pembulatan")
    public abstract Pembulatan getPembulatan();

    static void checkUrutan(Tahun awal, Tahun akhir, String perihal) {
        Checks.check(akhir.isAfter(awal), "%s: akhir must be after awal %s, was %s", perihal, awal, akhir);
    }

    /** The rate between two realisasi: the one formula behind {@link RumusTren} and the JSON reader. */
    static LajuMajemuk hitung(Realisasi dari, Realisasi sampai, Pembulatan pembulatan, String perihal) {
        Checks.check(dari.getNilai().signum() > 0, "%s: realisasi of awal %s must be > 0 for a growth rate, was %s",
                perihal, dari.getTahun(), dari.getNilai().toPlainString());
        Checks.check(sampai.getNilai().signum() >= 0,
                "%s: realisasi of akhir %s must be >= 0 for a growth rate, was %s", perihal, sampai.getTahun(),
                sampai.getNilai().toPlainString());
        int n = sampai.getTahun().getValue() - dari.getTahun().getValue();
        BigDecimal persen = AkarTerbulat.lajuPersen(dari.getNilai(), sampai.getNilai(), n, pembulatan);
        return ImmutableLajuMajemuk.of(dari, sampai, Persen.of(persen), pembulatan);
    }

    /** Reads a rate back by computing it again from its two realisasi and rounding. */
    @JsonCreator
    static LajuMajemuk json(@JsonProperty("awal") Realisasi awal, @JsonProperty("akhir") Realisasi akhir,
            @JsonProperty("pembulatan") Pembulatan pembulatan) {
        Checks.notNull(awal, "LajuMajemuk.awal");
        Checks.notNull(akhir, "LajuMajemuk.akhir");
        Checks.check(awal.getTriwulan().isEmpty() && akhir.getTriwulan().isEmpty(),
                "LajuMajemuk.awal and LajuMajemuk.akhir must be yearly realisasi, was %s and %s", awal, akhir);
        checkUrutan(awal.getTahun(), akhir.getTahun(), "LajuMajemuk");
        return hitung(awal, akhir, Checks.notNull(pembulatan, "LajuMajemuk.pembulatan"), "LajuMajemuk");
    }

    /**
     * The number of years n between the two realisasi.
     *
     * @return n, 1 or more
     */
    @JsonProperty("jumlahTahun")
    public int getJumlahTahun() {
        return getAkhir().getTahun().getValue() - getAwal().getTahun().getValue();
    }

    /**
     * The rate as text, for example {@code LajuMajemuk[2018-2021: 5.05% per tahun]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "LajuMajemuk[" + getAwal().getTahun() + "-" + getAkhir().getTahun() + ": " + getPersen()
                + " per tahun]";
    }
}
