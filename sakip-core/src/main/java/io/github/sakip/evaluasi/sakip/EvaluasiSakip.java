package io.github.sakip.evaluasi.sakip;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The filled-in worksheet of one SAKIP evaluation: for each scored component (leaf) of a
 * {@link PedomanSakip}, either its answers (grades such as {@code "AA"}, or LKE answers such as
 * {@code "Y"}, {@code "B"}) or a score given directly as a number between 0 and its weight.
 *
 * <p>Filled in with immutable {@code with} calls, each returning a new worksheet:
 * <pre>{@code
 * EvaluasiSakip ev = EvaluasiSakip.of(PedomanSakip.PERMENPANRB_88_2021)
 *         .withJawaban("1.a", "AA")                    // 6 x 1 = 6
 *         .withJawaban("1.b", "A")                     // 9 x 0,9 = 8,1
 *         .withSkor("1.c", new BigDecimal("12.75"));   // given directly, 0 to 15
 * }</pre>
 * A leaf given again replaces what it had. {@link RumusSakip#hitung} needs every leaf filled in.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"pedoman", "jawaban", "skor"})
public abstract class EvaluasiSakip {

    EvaluasiSakip() {
    }

    /**
     * The guideline the worksheet follows.
     *
     * @return the guideline, never null
     */
    @JsonProperty("pedoman")
    public abstract PedomanSakip getPedoman();

    /**
     * The answers per leaf code.
     *
     * @return an unmodifiable map from leaf code to its answers (at least one each), never null
     */
    @JsonProperty("jawaban")
    public abstract Map<String, List<String>> getJawaban();

    /**
     * The scores given directly per leaf code.
     *
     * @return an unmodifiable map from leaf code to its score, between 0 and the leaf's weight, never null
     */
    public abstract Map<String, BigDecimal> getSkor();

    /** The JSON form of the direct scores: exact strings by component code, {@code {"5.a":"6.5"}}. */
    @JsonProperty("skor")
    Map<String, String> skorJson() {
        return PedomanSakip.teks(getSkor());
    }

    /**
     * Reads an evaluation back through {@link #of}, {@link #withJawaban} and {@link #withSkor}, so
     * every answer and score is checked against the pedoman; a component may have answers or a
     * score, not both.
     */
    @JsonCreator
    static EvaluasiSakip json(@JsonProperty("pedoman") PedomanSakip pedoman,
            @JsonProperty("jawaban") @Nullable Map<String, List<String>> jawaban,
            @JsonProperty("skor") @Nullable Map<String, BigDecimal> skor) {
        EvaluasiSakip e = of(pedoman);
        Map<String, List<String>> j = jawaban == null ? Map.of() : jawaban;
        Map<String, BigDecimal> s = skor == null ? Map.of() : skor;
        for (Map.Entry<String, List<String>> entry : j.entrySet()) {
            Checks.check(!s.containsKey(entry.getKey()),
                    "EvaluasiSakip kode \"%s\" must have answers (jawaban) or a score (skor), not both", entry.getKey());
            e = e.withJawaban(entry.getKey(), Checks.notNull(entry.getValue(), "EvaluasiSakip.jawaban of "
                    + entry.getKey()).toArray(new String[0]));
        }
        for (Map.Entry<String, BigDecimal> entry : s.entrySet()) {
            e = e.withSkor(entry.getKey(), entry.getValue());
        }
        return e;
    }

    /**
     * An empty worksheet.
     *
     * @param pedoman the guideline, not null
     * @return the worksheet, never null
     * @throws SakipException when the argument is null
     */
    public static EvaluasiSakip of(PedomanSakip pedoman) {
        return ImmutableEvaluasiSakip.of(Checks.notNull(pedoman, "EvaluasiSakip.pedoman"), Map.of(), Map.of());
    }

    /**
     * This worksheet with the answers of one leaf: one grade under PermenPANRB 88/2021, one
     * answer per criterion under the LKE of PermenPANRB 12/2015.
     *
     * @param kode the code of a leaf, for example {@code "1.a"}, not null
     * @param jawaban the answers, each a label of {@link PedomanSakip#getNilaiJawaban()}, at least one
     * @return a new worksheet, never null
     * @throws SakipException when the code is not a leaf of the pedoman, no answer is given, or an
     *     answer is unknown
     */
    public EvaluasiSakip withJawaban(String kode, String... jawaban) {
        Checks.notNull(kode, "EvaluasiSakip kode");
        Checks.notNull(jawaban, "EvaluasiSakip.jawaban");
        Map<String, List<String>> j = new LinkedHashMap<>(getJawaban());
        j.put(kode, Checks.noNullElements(Arrays.asList(jawaban), "EvaluasiSakip.jawaban of " + kode));
        Map<String, BigDecimal> s = new LinkedHashMap<>(getSkor());
        s.remove(kode);
        return ImmutableEvaluasiSakip.of(getPedoman(), j, s);
    }

    /**
     * This worksheet with the score of one leaf given directly.
     *
     * @param kode the code of a leaf, for example {@code "1.c"}, not null
     * @param skor the score, between 0 and the leaf's weight, not null
     * @return a new worksheet, never null
     * @throws SakipException when the code is not a leaf of the pedoman or the score is out of range
     *     or has more than 1000 digits in plain form
     */
    public EvaluasiSakip withSkor(String kode, BigDecimal skor) {
        Checks.notNull(kode, "EvaluasiSakip kode");
        Map<String, BigDecimal> s = new LinkedHashMap<>(getSkor());
        s.put(kode, Checks.boundedDigits(skor, "EvaluasiSakip.skor of " + kode));
        Map<String, List<String>> j = new LinkedHashMap<>(getJawaban());
        j.remove(kode);
        return ImmutableEvaluasiSakip.of(getPedoman(), j, s);
    }

    /**
     * The codes of the leaves not yet filled in, in the pedoman's order.
     *
     * @return an unmodifiable list, empty when the worksheet is complete, never null
     */
    public List<String> getBelumDinilai() {
        return getPedoman().getDaun().stream().map(KomponenSakip::getKode)
                .filter(k -> !getJawaban().containsKey(k) && !getSkor().containsKey(k)).toList();
    }

    @Value.Check
    void check() {
        getJawaban().forEach((kode, jawaban) -> {
            KomponenSakip k = daun(kode);
            Checks.check(!jawaban.isEmpty(), "EvaluasiSakip.jawaban of %s must have at least one answer", k.getKode());
            for (String j : jawaban) {
                Checks.check(getPedoman().getNilaiJawaban().containsKey(j),
                        "EvaluasiSakip.jawaban of %s must be one of %s under %s, was \"%s\"", kode,
                        getPedoman().getNilaiJawaban().keySet(), getPedoman().getNama(), j);
            }
        });
        getSkor().forEach((kode, skor) -> {
            KomponenSakip k = daun(kode);
            Checks.check(skor.signum() >= 0 && skor.compareTo(k.getBobot()) <= 0,
                    "EvaluasiSakip.skor of %s must be between 0 and its weight (bobot) %s, was %s", kode,
                    k.getBobot().toPlainString(), skor.toPlainString());
        });
    }

    private KomponenSakip daun(String kode) {
        KomponenSakip k = getPedoman().komponen(kode).orElseThrow(() -> new SakipException(
                "EvaluasiSakip kode \"" + kode + "\" is not a component of " + getPedoman().getNama()));
        Checks.check(k.isDaun(), "EvaluasiSakip kode \"%s\" has sub-components; fill in its leaves %s", kode,
                k.getSubKomponen().stream().map(KomponenSakip::getKode).toList());
        return k;
    }

    /**
     * The worksheet as text: the pedoman, the answers and the scores.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "EvaluasiSakip[" + getPedoman().getNama() + ", jawaban " + getJawaban() + ", skor " + getSkor() + "]";
    }
}
