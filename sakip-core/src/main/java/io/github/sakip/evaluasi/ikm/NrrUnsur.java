package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One row of an IKM result: an unsur, its totals when known, its NRR (nilai rata-rata), its
 * weight and its weighted NRR, exact.
 *
 * <p>Examples: "Persyaratan" answered by 150 respondents for a total of 513 has NRR 3,42 and,
 * weighted by 1/9, 0,38; weighted by the printed 0,111, 0,37962. From a table that prints only
 * the NRR ({@link RumusIkm#hitungDariNrr}), "Prosedur pelayanan" of a Puskesmas survey of June
 * 2012 ("Hasil PHC", Tabel 1, KepmenPAN 25/2004) has no totals, NRR 3,06 as printed and, weighted
 * by the printed 0,071, 0,21726.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"nama", "rekap", "nrrEksak", "nrr", "bobot"})
public abstract class NrrUnsur {

    NrrUnsur() {
    }

    /**
     * The name of the unsur, from the pedoman.
     *
     * @return the name, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The totals of the unsur (sum of answers and number who answered), when the source has them.
     *
     * @return the totals, or empty when the result comes from a table that prints only the NRR
     *     ({@link RumusIkm#hitungDariNrr}), never null
     */
    public abstract Optional<RekapUnsur> getRekap();

    /**
     * The NRR of the source, before any "as printed" rounding: the totals' sum / count, exact, or
     * the printed NRR as given (3,06 for "Prosedur pelayanan" in the PHC table of June 2012).
     *
     * @return the NRR, between 1 and 4, never null
     */
    @JsonProperty("nrrEksak")
    public abstract Pecahan getNrrEksak();

    /**
     * The NRR used: {@link #getNrrEksak()}, or that value rounded first in the "as printed"
     * variant ({@link RumusIkm#withNrrDicetak}).
     *
     * @return the NRR, between 1 and 4, never null
     */
    @JsonProperty("nrr")
    public abstract Pecahan getNrr();

    /**
     * The weight of the unsur: 1/9, or 0,111 as printed.
     *
     * @return the weight, never null
     */
    @JsonProperty("bobot")
    public abstract Pecahan getBobot();

    /** The JSON form of the tally: left out for an NRR taken from a report. */
    @JsonProperty("rekap")
    @Nullable
    RekapUnsur rekapJson() {
        return getRekap().orElse(null);
    }

    /**
     * Reads a row back as written, checked: the exact NRR is its tally's when it has one, both
     * NRR lie on the answer scale 1 to 4 and the weight is above 0 and at most 1. The whole
     * {@link Ikm}, not its row, is recomputed from its inputs.
     */
    @JsonCreator
    static NrrUnsur json(@JsonProperty("nama") String nama, @JsonProperty("rekap") @Nullable RekapUnsur rekap,
            @JsonProperty("nrrEksak") Pecahan nrrEksak, @JsonProperty("nrr") Pecahan nrr,
            @JsonProperty("bobot") Pecahan bobot) {
        Checks.notBlank(nama, "NrrUnsur.nama");
        Checks.check(rekap == null || rekap.getNrr().equals(nrrEksak),
                "NrrUnsur.nrrEksak of \"%s\" must be that of its rekap %s, was %s", nama, rekap, nrrEksak);
        skalaJawaban(nrrEksak, "NrrUnsur.nrrEksak of \"" + nama + "\"");
        skalaJawaban(nrr, "NrrUnsur.nrr of \"" + nama + "\"");
        Checks.check(Checks.notNull(bobot, "NrrUnsur.bobot").signum() > 0 && bobot.compareTo(Pecahan.SATU) <= 0,
                "NrrUnsur.bobot of \"%s\" must be above 0 and at most 1, was %s", nama, bobot);
        return ImmutableNrrUnsur.of(nama, Optional.ofNullable(rekap), nrrEksak, nrr, bobot);
    }

    private static void skalaJawaban(Pecahan nilai, String field) {
        Checks.check(Checks.notNull(nilai, field).compareTo(Pecahan.of(PedomanIkm.JAWABAN_MIN, 1)) >= 0
                && nilai.compareTo(Pecahan.of(PedomanIkm.JAWABAN_MAKS, 1)) <= 0,
                "%s must be between %s and %s, was %s", field, PedomanIkm.JAWABAN_MIN, PedomanIkm.JAWABAN_MAKS, nilai);
    }

    /**
     * The weighted NRR: NRR x weight.
     *
     * @return the weighted NRR, exact, never null
     */
    public Pecahan getNrrTertimbang() {
        return getNrr().times(getBobot());
    }

    /**
     * The NRR rounded for printing: 3,42 at {@link Pembulatan#STANDAR}.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded NRR, never null
     */
    public BigDecimal nrr(Pembulatan pembulatan) {
        return getNrr().bulatkan(Checks.notNull(pembulatan, "NrrUnsur.nrr pembulatan"));
    }

    /**
     * The weighted NRR rounded for printing.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded weighted NRR, never null
     */
    public BigDecimal nrrTertimbang(Pembulatan pembulatan) {
        return getNrrTertimbang().bulatkan(Checks.notNull(pembulatan, "NrrUnsur.nrrTertimbang pembulatan"));
    }

    /**
     * The row as text, for example {@code NrrUnsur[Persyaratan, 513/150, NRR 171/50, bobot 1/9]},
     * or {@code NrrUnsur[Prosedur pelayanan, NRR 153/50, bobot 71/1000]} without totals.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NrrUnsur[" + getNama()
                + getRekap().map(r -> ", " + r.getTotalNilai() + "/" + r.getJumlahResponden()).orElse("")
                + ", NRR " + getNrr() + ", bobot " + getBobot() + "]";
    }
}
