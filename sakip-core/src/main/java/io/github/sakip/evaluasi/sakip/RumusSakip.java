package io.github.sakip.evaluasi.sakip;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * The Nilai SAKIP calculator: the score of each leaf (weight x mean factor of its answers, or the
 * score given directly), the score of each component (the sum of its sub-components), the total
 * (0-100) and its predikat AA..D. Built once, holding its policy, and reused:
 * <pre>{@code
 * RumusSakip rumus = RumusSakip.standar();                 // exclusive lower bounds, 2 decimals HALF_UP
 * NilaiSakip nilai = rumus.hitung(evaluasi);
 * rumus.predikat(new BigDecimal("87.80")).getLabel();      // "A (Memuaskan)", Klojen LKjIP 2021
 * }</pre>
 *
 * <p>Policies: {@link BatasPredikatSakip} (the regulation's exclusive lower bounds by default,
 * inclusive as peer applications rate) and the {@link Pembulatan} of printed scores
 * ({@link Pembulatan#STANDAR} by default). Scores are exact fractions until printed; the predikat
 * is rated on the exact total.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
@JsonPropertyOrder({"batas", "pembulatan"})
public final class RumusSakip {
    private static final RumusSakip STANDAR = new RumusSakip(BatasPredikatSakip.EKSKLUSIF, Pembulatan.STANDAR);
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private final BatasPredikatSakip batas;
    private final Pembulatan pembulatan;

    private RumusSakip(BatasPredikatSakip batas, Pembulatan pembulatan) {
        this.batas = batas;
        this.pembulatan = pembulatan;
    }

    /**
     * The regulation's calculator: lower bounds exclusive as printed, scores rounded to 2
     * decimals HALF_UP.
     *
     * @return the calculator, never null
     */
    public static RumusSakip standar() {
        return STANDAR;
    }

    @JsonCreator
    static RumusSakip json(@JsonProperty("batas") BatasPredikatSakip batas,
            @JsonProperty("pembulatan") Pembulatan pembulatan) {
        return STANDAR.withBatas(batas).withPembulatan(pembulatan);
    }

    /**
     * This calculator with another bound policy.
     *
     * @param batas {@link BatasPredikatSakip#EKSKLUSIF} or {@link BatasPredikatSakip#INKLUSIF}, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusSakip withBatas(BatasPredikatSakip batas) {
        return new RumusSakip(Checks.notNull(batas, "RumusSakip.batas"), pembulatan);
    }

    /**
     * This calculator with another rounding of printed scores.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return a new calculator, never null
     * @throws SakipException when the argument is null
     */
    public RumusSakip withPembulatan(Pembulatan pembulatan) {
        return new RumusSakip(batas, Checks.notNull(pembulatan, "RumusSakip.pembulatan"));
    }

    /**
     * The bound policy.
     *
     * @return the policy, never null
     */
    @JsonProperty("batas")
    public BatasPredikatSakip getBatas() {
        return batas;
    }

    /**
     * The rounding of printed scores.
     *
     * @return the rounding, never null
     */
    @JsonProperty("pembulatan")
    public Pembulatan getPembulatan() {
        return pembulatan;
    }

    /**
     * The rating scale under this calculator's bound policy.
     *
     * @return the scale, never null
     */
    public Skala getSkala() {
        return batas.getSkala();
    }

    /**
     * Computes the Nilai SAKIP of a completed worksheet.
     *
     * @param evaluasi the worksheet, every leaf filled in, not null
     * @return the result, carrying the worksheet and this calculator, never null
     * @throws SakipException when the worksheet is null or has leaves not filled in (named in the message)
     */
    public NilaiSakip hitung(EvaluasiSakip evaluasi) {
        Checks.notNull(evaluasi, "RumusSakip evaluasi");
        Checks.check(evaluasi.getBelumDinilai().isEmpty(),
                "EvaluasiSakip under %s must fill in every scored component, missing %s",
                evaluasi.getPedoman().getNama(), evaluasi.getBelumDinilai());
        return ImmutableNilaiSakip.of(evaluasi, this);
    }

    /**
     * The predikat of a Nilai SAKIP as a report prints it: 87,80 is {@code A (Memuaskan)}; exactly
     * 90 is A under {@link BatasPredikatSakip#EKSKLUSIF} and AA under {@link BatasPredikatSakip#INKLUSIF}.
     *
     * @param nilai the total, 0 to 100, not null
     * @return the predikat, never null
     * @throws SakipException when the value is null or out of range
     */
    public Predikat predikat(BigDecimal nilai) {
        Checks.notNull(nilai, "Nilai SAKIP");
        Checks.check(nilai.signum() >= 0 && nilai.compareTo(SERATUS) <= 0,
                "Nilai SAKIP must be between 0 and 100, was %s", nilai.toPlainString());
        return getSkala().predikat(nilai);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RumusSakip && ((RumusSakip) obj).batas == batas
                && ((RumusSakip) obj).pembulatan.equals(pembulatan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(batas, pembulatan);
    }

    /**
     * The calculator as text, for example {@code RumusSakip[EKSKLUSIF, Pembulatan[2, HALF_UP]]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RumusSakip[" + batas + ", " + pembulatan + "]";
    }
}
