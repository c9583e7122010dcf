package io.github.sakip.evaluasi.skp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One piece (ruas) of the conversion of a capaian into a nilai capaian, in the form PermenPANRB
 * 8/2021 prints it: {@code nilai = nilaiAwal + (nilaiAkhir - nilaiAwal) / (capaianAkhir -
 * capaianAwal) x (capaian - capaianAwal)}, a straight line through (capaianAwal, nilaiAwal) and
 * (capaianAkhir, nilaiAkhir). A piece whose two values are equal is constant and may have equal
 * capaian bounds.
 *
 * <p>Example, kategori cukup: {@code RuasKonversi.of(80, 99, 70, 89)}, so capaian 98 % gives
 * {@code 70 + (89 - 70) / (99 - 80) x (98 - 80) = 88}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"capaianAwal", "capaianAkhir", "nilaiAwal", "nilaiAkhir"})
public abstract class RuasKonversi {

    RuasKonversi() {
    }

    /**
     * The capaian (percent) of the first point of the line, for example 80.
     *
     * @return the capaian, never null
     */
    public abstract BigDecimal getCapaianAwal();

    /**
     * The capaian (percent) of the second point of the line, for example 99.
     *
     * @return the capaian, not below {@link #getCapaianAwal()}, never null
     */
    public abstract BigDecimal getCapaianAkhir();

    /**
     * The nilai at the first point, for example 70.
     *
     * @return the nilai, never null
     */
    public abstract BigDecimal getNilaiAwal();

    /**
     * The nilai at the second point, for example 89.
     *
     * @return the nilai, not below {@link #getNilaiAwal()}, never null
     */
    public abstract BigDecimal getNilaiAkhir();

    /**
     * Obtains a piece of the conversion.
     *
     * @param capaianAwal the capaian of the first point, not null
     * @param capaianAkhir the capaian of the second point, above {@code capaianAwal} unless the
     *     piece is constant, not null
     * @param nilaiAwal the nilai at the first point, not null
     * @param nilaiAkhir the nilai at the second point, not below {@code nilaiAwal}, not null
     * @return the piece, never null
     * @throws SakipException when an argument is null or has more than 1000 digits in plain form,
     *     the line falls, or its capaian bounds are equal or reversed for a line that is not constant
     */
    public static RuasKonversi of(BigDecimal capaianAwal, BigDecimal capaianAkhir,
            BigDecimal nilaiAwal, BigDecimal nilaiAkhir) {
        return ImmutableRuasKonversi.of(Checks.boundedDigits(capaianAwal, "RuasKonversi.capaianAwal"),
                Checks.boundedDigits(capaianAkhir, "RuasKonversi.capaianAkhir"),
                Checks.boundedDigits(nilaiAwal, "RuasKonversi.nilaiAwal"),
                Checks.boundedDigits(nilaiAkhir, "RuasKonversi.nilaiAkhir"));
    }

    /**
     * Obtains a piece from whole numbers, as the regulation prints them: {@code of(80, 99, 70, 89)}.
     *
     * @param capaianAwal the capaian of the first point
     * @param capaianAkhir the capaian of the second point
     * @param nilaiAwal the nilai at the first point
     * @param nilaiAkhir the nilai at the second point
     * @return the piece, never null
     * @throws SakipException as {@link #of(BigDecimal, BigDecimal, BigDecimal, BigDecimal)}
     */
    public static RuasKonversi of(long capaianAwal, long capaianAkhir, long nilaiAwal, long nilaiAkhir) {
        return of(BigDecimal.valueOf(capaianAwal), BigDecimal.valueOf(capaianAkhir), BigDecimal.valueOf(nilaiAwal),
                BigDecimal.valueOf(nilaiAkhir));
    }

    /** The JSON form of the line: its four ends as exact strings, {@code {"capaianAwal":"60",...}}. */
    @JsonProperty("capaianAwal")
    String capaianAwalJson() {
        return getCapaianAwal().toString();
    }

    @JsonProperty("capaianAkhir")
    String capaianAkhirJson() {
        return getCapaianAkhir().toString();
    }

    @JsonProperty("nilaiAwal")
    String nilaiAwalJson() {
        return getNilaiAwal().toString();
    }

    @JsonProperty("nilaiAkhir")
    String nilaiAkhirJson() {
        return getNilaiAkhir().toString();
    }

    @JsonCreator
    static RuasKonversi json(@JsonProperty("capaianAwal") BigDecimal capaianAwal,
            @JsonProperty("capaianAkhir") BigDecimal capaianAkhir, @JsonProperty("nilaiAwal") BigDecimal nilaiAwal,
            @JsonProperty("nilaiAkhir") BigDecimal nilaiAkhir) {
        return of(capaianAwal, capaianAkhir, nilaiAwal, nilaiAkhir);
    }

    /**
     * Whether the piece is constant (both values equal), like kategori baik's 109.
     *
     * @return true for a constant piece
     */
    public boolean isTetap() {
        return getNilaiAwal().compareTo(getNilaiAkhir()) == 0;
    }

    /**
     * The nilai of a capaian on this line, exact: 98 on {@code of(80, 99, 70, 89)} is 88.
     *
     * @param capaian the capaian in percent, not null
     * @return the nilai, exact, never null
     */
    public Pecahan nilai(BigDecimal capaian) {
        Checks.notNull(capaian, "RuasKonversi.nilai capaian");
        Pecahan awal = Pecahan.of(getNilaiAwal());
        if (isTetap()) {
            return awal;
        }
        Pecahan kemiringan = Pecahan.of(getNilaiAkhir().subtract(getNilaiAwal()))
                .dividedBy(Pecahan.of(getCapaianAkhir().subtract(getCapaianAwal())));
        return awal.plus(kemiringan.times(Pecahan.of(capaian.subtract(getCapaianAwal()))));
    }

    @Value.Check
    void check() {
        Checks.check(getNilaiAwal().compareTo(getNilaiAkhir()) <= 0,
                "RuasKonversi.nilaiAkhir must not be below nilaiAwal %s, was %s", getNilaiAwal().toPlainString(),
                getNilaiAkhir().toPlainString());
        Checks.check(isTetap() ? getCapaianAwal().compareTo(getCapaianAkhir()) <= 0
                        : getCapaianAwal().compareTo(getCapaianAkhir()) < 0,
                "RuasKonversi.capaianAkhir must be above capaianAwal %s, was %s", getCapaianAwal().toPlainString(),
                getCapaianAkhir().toPlainString());
    }

    /**
     * The piece in the regulation's notation, for example {@code 70 + (89 - 70) / (99 - 80) x (capaian - 80)}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        if (isTetap()) {
            return getNilaiAwal().toPlainString();
        }
        return getNilaiAwal().toPlainString() + " + (" + getNilaiAkhir().toPlainString() + " - "
                + getNilaiAwal().toPlainString() + ") / (" + getCapaianAkhir().toPlainString() + " - "
                + getCapaianAwal().toPlainString() + ") x (capaian - " + getCapaianAwal().toPlainString() + ")";
    }
}
