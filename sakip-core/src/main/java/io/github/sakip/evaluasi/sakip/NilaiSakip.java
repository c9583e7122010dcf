package io.github.sakip.evaluasi.sakip;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of a SAKIP evaluation (Nilai SAKIP): the score of every component, the total (0-100)
 * and its predikat, with the worksheet and the {@link RumusSakip} that produced them.
 *
 * <p>Example: under PermenPANRB 88/2021 a worksheet graded A on every sub-component scores
 * 100 x 0,9 = 90,00, predikat {@code A (Memuaskan)} under the regulation's exclusive bounds and
 * {@code AA (Sangat memuaskan)} under the inclusive ones. The Klojen LKjIP 2021 reports 87,80, A.
 *
 * <p>Scores are exact ({@link #skorEksak(String)}, {@link #getTotalEksak()}); printed ones are
 * rounded once by the calculator's {@link io.github.sakip.model.Pembulatan}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"nilai", "predikat"}, allowGetters = true)
@JsonPropertyOrder({"evaluasi", "rumus", "nilai", "predikat"})
public abstract class NilaiSakip {

    NilaiSakip() {
    }

    /**
     * The worksheet.
     *
     * @return the worksheet, complete, never null
     */
    @JsonProperty("evaluasi")
    public abstract EvaluasiSakip getEvaluasi();

    /**
     * The calculator that produced this result.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumus")
    public abstract RumusSakip getRumus();

    /** Reads a Nilai SAKIP back by recomputing it from its evaluation and calculator. */
    @JsonCreator
    static NilaiSakip json(@JsonProperty("evaluasi") EvaluasiSakip evaluasi, @JsonProperty("rumus") RumusSakip rumus) {
        return Checks.notNull(rumus, "NilaiSakip.rumus").hitung(evaluasi);
    }

    /** The JSON form of the rounded value, written for readers and ignored on reading: {@code "78.50"}. */
    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    /**
     * The exact score of a component: for a leaf, its weight times the mean factor of its answers
     * or the score given; for a component, the sum of its sub-components.
     *
     * @param kode the code of a component, for example {@code "1"} or {@code "1.a"}, not null
     * @return the score, between 0 and the component's weight, never null
     * @throws SakipException when no component has that code
     */
    public Pecahan skorEksak(String kode) {
        KomponenSakip k = getEvaluasi().getPedoman().komponen(kode).orElseThrow(() -> new SakipException(
                "NilaiSakip kode \"" + kode + "\" is not a component of " + getEvaluasi().getPedoman().getNama()));
        return skor(k);
    }

    private Pecahan skor(KomponenSakip k) {
        if (!k.isDaun()) {
            return Pecahan.total(k.getSubKomponen().stream().map(this::skor).toList());
        }
        BigDecimal langsung = getEvaluasi().getSkor().get(k.getKode());
        if (langsung != null) {
            return Pecahan.of(langsung);
        }
        List<String> jawaban = getEvaluasi().getJawaban().get(k.getKode());
        Pecahan sum = Pecahan.total(jawaban.stream()
                .map(j -> Pecahan.of(getEvaluasi().getPedoman().getNilaiJawaban().get(j))).toList());
        return Pecahan.of(k.getBobot()).times(sum).dividedBy(Pecahan.of(jawaban.size(), 1));
    }

    /**
     * The score of a component rounded for printing.
     *
     * @param kode the code of a component, not null
     * @return the rounded score, never null
     * @throws SakipException when no component has that code
     */
    public BigDecimal skor(String kode) {
        return skorEksak(Checks.notNull(kode, "NilaiSakip kode")).bulatkan(getRumus().getPembulatan());
    }

    /**
     * The exact total: the sum of the top-level components.
     *
     * @return the total, 0 to 100, never null
     */
    public Pecahan getTotalEksak() {
        return Pecahan.total(getEvaluasi().getPedoman().getKomponen().stream().map(this::skor).toList());
    }

    /**
     * The total rounded once for printing, for example {@code 87.80}.
     *
     * @return the Nilai SAKIP, never null
     */
    public BigDecimal getNilai() {
        return getTotalEksak().bulatkan(getRumus().getPembulatan());
    }

    /**
     * The predikat of the exact total under the calculator's bound policy.
     *
     * @return the predikat, never null
     */
    @JsonProperty("predikat")
    public Predikat getPredikat() {
        return getRumus().getSkala().predikat(getTotalEksak());
    }

    /**
     * The result as text: total, predikat, pedoman and calculator.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NilaiSakip[" + getNilai().toPlainString() + " " + getPredikat().getLabel() + ", "
                + getEvaluasi().getPedoman().getNama() + ", " + getRumus() + "]";
    }
}
