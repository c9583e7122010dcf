package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The capaian (achievement percentage) of one indicator for one year or quarter, with its working:
 * the inputs, the {@link RumusCapaian policy} that produced it, and the exact numerator and
 * denominator of the formula, so a report can show how the figure was reached and a reviu can
 * recompute it at another rounding. Made by {@link RumusCapaian#hitung}.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1, Nilai SAKIP OPD: target 80,01, realisasi 87,80 gives
 * {@link #getPembilang()} 8780.00, {@link #getPenyebut()} 80.01, {@link #getPersen()} 109.74%,
 * {@link #getKeterangan()} {@code "87.80 / 80.01 x 100"}, tercapai. IPMas (target 86,80, realisasi
 * 80,98) gives 93.29%: rated "Tercapai/ Berhasil" on {@link io.github.sakip.predikat.SkalaBaku#LKJIP}
 * yet not tercapai.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"persen", "tercapai", "keterangan"}, allowGetters = true)
public abstract class Capaian {

    /** One hundred percent, exact: the point at which a target is met. */
    private static final BigDecimal SERATUS_DESIMAL = BigDecimal.valueOf(100);

    Capaian() {
    }

    /**
     * The indicator measured.
     *
     * @return the indicator, never null
     */
    @JsonProperty("indikator")
    public abstract Indikator getIndikator();

    /**
     * The target.
     *
     * @return the target, never null
     */
    @JsonProperty("target")
    public abstract Target getTarget();

    /**
     * The realisasi, of the same year or quarter as the target.
     *
     * @return the realisasi, never null
     */
    @JsonProperty("realisasi")
    public abstract Realisasi getRealisasi();

    /**
     * The calculator, with its policies, that produced this capaian.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumus")
    public abstract RumusCapaian getRumus();

    /**
     * The exact numerator of the formula, already multiplied by 100: {@code R x 100} for
     * {@code R / T x 100}. Not floored by {@link BatasBawahCapaian#NOL}.
     *
     * @return the numerator, never null
     */
    public abstract BigDecimal getPembilang();

    /**
     * The exact denominator of the formula: the target (or range bound) used, or the realisasi
     * for {@link io.github.sakip.model.VarianNegatif#RASIO}, or 1 where the capaian is 100 by rule.
     *
     * @return the denominator, above zero, never null
     */
    public abstract BigDecimal getPenyebut();

    /**
     * The formula with the values put in, for example {@code "87.80 / 80.01 x 100"} or
     * {@code "(2 x 8 - 9) / 8 x 100"}. Built on first request, from the inputs and the
     * calculator, so that computing millions of capaian does not build millions of strings.
     *
     * @return the working, never null
     */
    @Value.Lazy
    @JsonProperty("keterangan")
    public String getKeterangan() {
        return getRumus().keterangan(this);
    }

    /** Reads a capaian back by recomputing it from its inputs and policy: the figures are never taken on trust. */
    @JsonCreator
    static Capaian json(@JsonProperty("indikator") Indikator indikator, @JsonProperty("target") Target target,
            @JsonProperty("realisasi") Realisasi realisasi, @JsonProperty("rumus") RumusCapaian rumus) {
        return Checks.notNull(rumus, "Capaian.rumus").hitung(indikator, target, realisasi);
    }

    static Capaian of(Indikator indikator, Target target, Realisasi realisasi, RumusCapaian rumus,
            BigDecimal pembilang, BigDecimal penyebut) {
        return ImmutableCapaian.of(indikator, target, realisasi, rumus, pembilang, penyebut);
    }

    /**
     * The capaian rounded by the calculator's {@link RumusCapaian#getPembulatan() rounding
     * policy}, floored by its {@link RumusCapaian#getBatasBawah() lower-bound policy} and capped
     * by the indicator's own {@link io.github.sakip.model.AturanCapaian#getBatasAtas() cap}, if
     * any: the figure to print.
     *
     * @return the capaian in percent, for example {@code 109.74%}, never null
     */
    @JsonProperty("persen")
    public Persen getPersen() {
        return getPersen(getRumus().getPembulatan());
    }

    /**
     * The same capaian (floored and capped as {@link #getPersen()}) rounded another way, from
     * the exact value: 4,40 / 3,13 is 140.58% under
     * {@code HALF_UP} and 140.57% under {@code DOWN}.
     *
     * @param pembulatan the rounding, not null
     * @return the capaian in percent, never null
     */
    public Persen getPersen(Pembulatan pembulatan) {
        Checks.notNull(pembulatan, "Capaian.getPersen pembulatan");
        BigDecimal pembilang = getPembilang();
        if (pembilang.signum() < 0 && getRumus().getBatasBawah() == BatasBawahCapaian.NOL) {
            pembilang = BigDecimal.ZERO;
        }
        Optional<Persen> batasAtas = getIndikator().getAturan().getBatasAtas();
        if (batasAtas.isPresent() && pembilang.compareTo(batasAtas.get().getNilai().multiply(getPenyebut())) > 0) {
            pembilang = batasAtas.get().getNilai().multiply(getPenyebut());
        }
        // the rounded quotient depends only on the exact value, so the fraction need not be reduced
        return Persen.of(pembulatan.bagi(pembilang, getPenyebut()));
    }

    /**
     * Whether the target is met (tercapai): the exact capaian is 100 or more. This is a separate
     * question from the {@link #getPredikat(Skala) predikat}: 93,29 % rates "Tercapai/ Berhasil" on
     * the LKjIP scale yet the target is not met. Judged on the exact value, so 99,996 % (printed
     * 100,00 under {@code HALF_UP}) is not tercapai.
     *
     * @return true when the target is met
     */
    @JsonProperty("tercapai")
    public boolean isTercapai() {
        // pembilang / penyebut >= 100 with penyebut > 0; the floor at 0 cannot lift a value to 100
        return getPembilang().compareTo(getPenyebut().multiply(SERATUS_DESIMAL)) >= 0;
    }

    /**
     * The rating of the printed capaian ({@link #getPersen()}) on a scale.
     *
     * @param skala the scale, for example {@link io.github.sakip.predikat.SkalaBaku#LKJIP}, not null
     * @return the rating, never null
     */
    public Predikat getPredikat(Skala skala) {
        return Checks.notNull(skala, "Capaian.getPredikat skala").predikat(getPersen());
    }

    /** The exact capaian after the lower-bound policy. */
    Pecahan pecahan() {
        Pecahan exact = Pecahan.of(getPembilang(), getPenyebut());
        Pecahan floored = getRumus().getBatasBawah() == BatasBawahCapaian.NOL ? exact.max(Pecahan.NOL) : exact;
        return getIndikator().getAturan().getBatasAtas().map(b -> floored.min(Pecahan.of(b.getNilai())))
                .orElse(floored);
    }

    /**
     * The capaian with its working, for example
     * {@code Capaian[Nilai SAKIP OPD, 2021: 87.80 / 80.01 x 100 = 109.74%]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        String when = getRealisasi().getTriwulan().map(Object::toString).orElse(getRealisasi().getTahun().toString());
        return "Capaian[" + getIndikator().getNama() + ", " + when + ": " + getKeterangan() + " = " + getPersen() + "]";
    }
}
