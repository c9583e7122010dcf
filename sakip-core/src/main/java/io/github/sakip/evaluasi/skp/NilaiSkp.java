package io.github.sakip.evaluasi.skp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The nilai of an SKP: the weighted mean of the nilai capaian of its indicators,
 * {@code sum(nilai x bobot) / sum(bobot)}, exact and rounded once, with its inputs and the
 * {@link KonversiCapaianIki} that produced it.
 *
 * <p>Example: capaian 100 % (nilai 109) weighted 60 and 98 % (nilai 88) weighted 40 give
 * {@code (109 x 60 + 88 x 40) / 100 = 100,60}.
 *
 * <p>PermenPANRB 8/2021 as the library reached it does not state the predikat of an SKP's nilai, so none is given here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"nilaiIki", "nilai"}, allowGetters = true)
@JsonPropertyOrder({"iki", "konversi", "nilaiIki", "nilai"})
public abstract class NilaiSkp {

    NilaiSkp() {
    }

    /**
     * The indicators, as given.
     *
     * @return an unmodifiable list, at least one, never null
     */
    @JsonProperty("iki")
    public abstract List<CapaianIki> getIki();

    /**
     * The nilai capaian of each indicator, in the same order.
     *
     * @return an unmodifiable list, never null
     */
    public abstract List<NilaiCapaianIki> getNilaiIki();

    /**
     * The JSON form of the converted values, written for readers and ignored on reading: per IKI
     * in order its category and rounded value, {@code [{"kategori":{...},"nilai":"120.00"}]} (the
     * capaian and the conversion are already in {@code iki} and {@code konversi}).
     */
    @JsonProperty("nilaiIki")
    List<Map<String, Object>> nilaiIkiJson() {
        List<Map<String, Object>> json = new ArrayList<>();
        for (NilaiCapaianIki n : getNilaiIki()) {
            Map<String, Object> baris = new LinkedHashMap<>();
            baris.put("kategori", n.getKategori());
            baris.put("nilai", n.getNilai().toString());
            json.add(baris);
        }
        return json;
    }

    /**
     * The conversion that produced this result.
     *
     * @return the conversion, never null
     */
    @JsonProperty("konversi")
    public abstract KonversiCapaianIki getKonversi();

    /** The JSON form of the rounded value, written for readers and ignored on reading: {@code "105.50"}. */
    @JsonProperty("nilai")
    String nilaiJson() {
        return getNilai().toString();
    }

    /** Reads a Nilai SKP back by recomputing it from its indicators and conversion. */
    @JsonCreator
    static NilaiSkp json(@JsonProperty("iki") List<CapaianIki> iki, @JsonProperty("konversi") KonversiCapaianIki konversi) {
        return Checks.notNull(konversi, "NilaiSkp.konversi").hitung(iki);
    }

    /**
     * The weighted mean, exact.
     *
     * @return the nilai, 0 to 120, never null
     */
    public Pecahan getNilaiEksak() {
        Pecahan sum = Pecahan.NOL;
        Pecahan bobot = Pecahan.NOL;
        for (int i = 0; i < getIki().size(); i++) {
            Pecahan w = Pecahan.of(getIki().get(i).getBobot());
            sum = sum.plus(getNilaiIki().get(i).getNilaiEksak().times(w));
            bobot = bobot.plus(w);
        }
        return sum.dividedBy(bobot);
    }

    /**
     * The weighted mean rounded once by the conversion's rounding, for example {@code 100.60}.
     *
     * @return the nilai, never null
     */
    public BigDecimal getNilai() {
        return getNilaiEksak().bulatkan(getKonversi().getPembulatan());
    }

    /**
     * The result as text: the nilai and each indicator's.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "NilaiSkp[" + getNilai().toPlainString() + ", " + getNilaiIki() + "]";
    }
}
