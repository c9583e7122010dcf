package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.Predikat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The result of an IKM survey (indeks kepuasan masyarakat): the NRR of every unsur, the IKM unit
 * (sum of weighted NRR, 1-4), the IKM (unit x 25, 25-100) and its mutu, with the survey (when
 * the source has one) and the {@link RumusIkm} that produced them, so a report can show its
 * working.
 *
 * <p>Examples: a survey in which all respondents answer 4 has IKM unit 4 and IKM 100,00, mutu
 * {@code A (Sangat baik)}; under {@link BobotIkm#DICETAK} (0,111) the same survey gives 99,90.
 * The Klojen LKjIP 2021 prints IKM 85,48, mutu B (Baik). A Puskesmas survey of June 2012 under
 * KepmenPAN 25/2004 ("Hasil PHC", Tabel 1) prints only the fourteen NRR (sum 43,08); computed
 * as it does, with the weight 0,071 and the unit rounded to 3 decimals before the x 25
 * ({@link RumusIkm#withNilaiUnitDicetak}), the unit is 3,05868, printed and converted as 3,059,
 * and the IKM 3,059 x 25 = 76,475, mutu B (Baik), as printed.
 *
 * <p>Values are exact fractions ({@link #getNilaiUnitEksak()}, {@link #getNilaiEksak()}); the
 * printed IKM ({@link #getNilai()}) is rounded once by the calculator's {@link Pembulatan}. The
 * mutu ({@link #getMutu()}) is rated on the IKM before that rounding: the exact IKM by default,
 * the rounded unit x 25 in the "as printed" unit variant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"unsur", "nilai", "mutu"}, allowGetters = true)
@JsonPropertyOrder({"rumus", "survei", "nrr", "unsur", "nilai", "mutu"})
public abstract class Ikm {

    Ikm() {
    }

    /**
     * The calculator that produced this result: pedoman, weight and rounding.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumus")
    public abstract RumusIkm getRumus();

    /**
     * The survey, when the result comes from one ({@link RumusIkm#hitung}).
     *
     * @return the survey, or empty for a table that prints only the NRR
     *     ({@link RumusIkm#hitungDariNrr}), never null
     */
    public abstract Optional<SurveiIkm> getSurvei();

    /**
     * The rows per unsur, in the order of the pedoman.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("unsur")
    public abstract List<NrrUnsur> getUnsur();

    /** The JSON form of the survey: left out for an index computed from printed NRR. */
    @JsonProperty("survei")
    @Nullable
    SurveiIkm surveiJson() {
        return getSurvei().orElse(null);
    }

    /**
     * The JSON form of the printed NRR an index without a survey was computed from, as exact
     * decimals ({@code ["3.5","3.25",...]}); left out for an index from a survey.
     */
    @JsonProperty("nrr")
    @Nullable
    List<String> nrrJson() {
        return getSurvei().isPresent() ? null : getUnsur().stream().map(u -> new BigDecimal(u.getNrrEksak()
                .getPembilang()).divide(new BigDecimal(u.getNrrEksak().getPenyebut())).toString()).toList();
    }

    /** The JSON form of the rounded index, written for readers and ignored on reading: {@code "88.39"}. */
    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    /**
     * Reads an index back by recomputing it with its calculator, from its survey or, without
     * one, from its printed NRR: the figures are never taken on trust.
     */
    @JsonCreator
    static Ikm json(@JsonProperty("rumus") RumusIkm rumus, @JsonProperty("survei") @Nullable SurveiIkm survei,
            @JsonProperty("nrr") @Nullable List<BigDecimal> nrr) {
        Checks.notNull(rumus, "Ikm.rumus");
        Checks.check(survei == null || nrr == null, "Ikm must have a survei or printed nrr, not both");
        return survei != null ? rumus.hitung(survei) : rumus.hitungDariNrr(Checks.notNull(nrr, "Ikm.nrr"));
    }

    /**
     * The IKM unit: the sum of weighted NRR, exact.
     *
     * @return the IKM unit, 1 to 4 with the exact weight, never null
     */
    public Pecahan getNilaiUnitEksak() {
        return Pecahan.total(getUnsur().stream().map(NrrUnsur::getNrrTertimbang).toList());
    }

    /**
     * The exact IKM unit rounded for printing; reports print it at 2 to 4 decimals: 3,059 at 3
     * decimals HALF_UP for the PHC table of June 2012 (exact 3,05868).
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded IKM unit, never null
     */
    public BigDecimal nilaiUnit(Pembulatan pembulatan) {
        return getNilaiUnitEksak().bulatkan(Checks.notNull(pembulatan, "Ikm.nilaiUnit pembulatan"));
    }

    /**
     * The IKM unit that is multiplied by the factor: the exact unit (the regulation's method, the
     * default), or the unit rounded by {@link RumusIkm#getNilaiUnitDicetak()} in the "as printed"
     * variant: 3,059 for the PHC table of June 2012, whose exact unit is 3,05868.
     *
     * @return the IKM unit converted, never null
     */
    public Pecahan getNilaiUnitDikonversi() {
        Pecahan eksak = getNilaiUnitEksak();
        return getRumus().getNilaiUnitDicetak().map(p -> Pecahan.of(eksak.bulatkan(p))).orElse(eksak);
    }

    /**
     * The IKM (nilai konversi) before its final rounding: {@link #getNilaiUnitDikonversi()} x 25,
     * exact: 76,467 for the PHC table of June 2012 with the exact unit, 3,059 x 25 = 76,475 with
     * the unit rounded as printed.
     *
     * @return the IKM, 25 to 100 with the exact weight, never null
     */
    public Pecahan getNilaiEksak() {
        return getNilaiUnitDikonversi().times(Pecahan.of(getRumus().getPedoman().getFaktorKonversi()));
    }

    /**
     * The IKM rounded once by the calculator's {@link Pembulatan}: for example {@code 85.48}.
     *
     * @return the IKM, never null
     */
    public BigDecimal getNilai() {
        return getNilaiEksak().bulatkan(getRumus().getPembulatan());
    }

    /**
     * The mutu of {@link #getNilaiEksak()} on the pedoman's bands, for example {@code B (Baik)}.
     *
     * @return the mutu, never null
     */
    @JsonProperty("mutu")
    public Predikat getMutu() {
        return getRumus().getPedoman().getSkalaMutu().predikat(getNilaiEksak());
    }

    /**
     * The result as text: IKM, mutu, source and calculator, for example
     * {@code Ikm[85.50 B (Baik), 150 responden, RumusIkm[...]]} or, from printed NRR,
     * {@code Ikm[76.475 B (Baik), from printed NRR, RumusIkm[...]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Ikm[" + getNilai().toPlainString() + " " + getMutu().getLabel() + ", "
                + getSurvei().map(s -> s.getJumlahResponden() + " responden").orElse("from printed NRR") + ", "
                + getRumus() + "]";
    }
}
