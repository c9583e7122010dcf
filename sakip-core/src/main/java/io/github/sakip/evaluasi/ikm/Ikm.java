package io.github.sakip.evaluasi.ikm;

import io.github.sakip.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.Predikat;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of an IKM survey (indeks kepuasan masyarakat): the NRR of every unsur, the IKM unit
 * (sum of weighted NRR, 1-4), the IKM (unit x 25, 25-100) and its mutu, with the survey and the
 * {@link RumusIkm} that produced them, so a report can show its working.
 *
 * <p>Example: a survey in which all respondents answer 4 has IKM unit 4 and IKM 100,00, mutu
 * {@code A (Sangat baik)}; under {@link BobotIkm#DICETAK} (0,111) the same survey gives 99,90.
 * The Klojen LKjIP 2021 prints IKM 85,48, mutu B (Baik).
 *
 * <p>Values are exact fractions ({@link #getNilaiUnitEksak()}, {@link #getNilaiEksak()}); the
 * printed IKM ({@link #getNilai()}) is rounded once by the calculator's {@link Pembulatan}. The
 * mutu ({@link #getMutu()}) is rated on the exact IKM.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
public abstract class Ikm {

    Ikm() {
    }

    /**
     * The calculator that produced this result: pedoman, weight and rounding.
     *
     * @return the calculator, never null
     */
    public abstract RumusIkm getRumus();

    /**
     * The survey.
     *
     * @return the survey, never null
     */
    public abstract SurveiIkm getSurvei();

    /**
     * The rows per unsur, in the order of the pedoman.
     *
     * @return an unmodifiable list, never null
     */
    public abstract List<NrrUnsur> getUnsur();

    /**
     * The IKM unit: the sum of weighted NRR, exact.
     *
     * @return the IKM unit, 1 to 4 with the exact weight, never null
     */
    public Pecahan getNilaiUnitEksak() {
        return Pecahan.total(getUnsur().stream().map(NrrUnsur::getNrrTertimbang).toList());
    }

    /**
     * The IKM unit rounded for printing; reports print it at 2 to 4 decimals.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded IKM unit, never null
     */
    public BigDecimal nilaiUnit(Pembulatan pembulatan) {
        return getNilaiUnitEksak().bulatkan(pembulatan);
    }

    /**
     * The IKM (nilai konversi): IKM unit x 25, exact.
     *
     * @return the IKM, 25 to 100 with the exact weight, never null
     */
    public Pecahan getNilaiEksak() {
        return getNilaiUnitEksak().times(Pecahan.of(getRumus().getPedoman().getFaktorKonversi()));
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
     * The mutu of the exact IKM on the pedoman's bands, for example {@code B (Baik)}.
     *
     * @return the mutu, never null
     */
    public Predikat getMutu() {
        return getRumus().getPedoman().getSkalaMutu().predikat(getNilaiEksak());
    }

    /**
     * The result as text: IKM, mutu and calculator.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Ikm[" + getNilai().toPlainString() + " " + getMutu().getLabel() + ", " + getSurvei().getJumlahResponden()
                + " responden, " + getRumus() + "]";
    }
}
