package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The recap of capaian over indicators, a sasaran or an agency, made by
 * {@link RataRataCapaian#rekap}: its items, the policy that aggregates them, and the mean, weighted
 * mean, median and counts computed from them. Items that are tidak terukur are left out of every
 * mean and median and counted apart; a recap with no measured item has no mean.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1: the three capaian 109,74, 93,29 and 140,57 as
 * printed give {@link #getRataRata()} 114.53% ("Rata-rata capaian 114,53 %"),
 * {@link #getJumlahTercapai()} 2 and {@link #getJumlahBelumTercapai()} 1 (IPMas, 93,29), and on
 * {@link io.github.sakip.predikat.SkalaBaku#LKJIP} two items "Tercapai/ Berhasil" and one
 * "Sangat tercapai/ Sangat berhasil".
 *
 * <p>JSON (docs/json.md): {@code {"nama":"...","butir":[...],"rumus":{...}}}, read back through
 * {@link RataRataCapaian#rekapButir}; the figures ({@code rataRata}, {@code rataRataTertimbang},
 * {@code median}, {@code tercapai} and the counts) are written for readers and recomputed on reading.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"rataRata", "rataRataTertimbang", "median", "tercapai", "jumlahTerukur",
    "jumlahTidakTerukur", "jumlahTercapai", "jumlahBelumTercapai"}, allowGetters = true)
@JsonPropertyOrder({"nama", "butir", "rumus", "rataRata", "rataRataTertimbang", "median", "tercapai", "jumlahTerukur",
    "jumlahTercapai", "jumlahBelumTercapai", "jumlahTidakTerukur"})
public abstract class RekapCapaian {

    RekapCapaian() {
    }

    /**
     * The name of the recap, for example the sasaran's.
     *
     * @return the name, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The items, in the order given.
     *
     * @return an unmodifiable list of at least one item, never null
     */
    @JsonProperty("butir")
    public abstract List<ButirCapaian> getButir();

    /**
     * The aggregator, with its policies, that made this recap.
     *
     * @return the aggregator, never null
     */
    @JsonProperty("rumus")
    public abstract RataRataCapaian getRumus();

    static RekapCapaian of(String nama, List<ButirCapaian> butir, RataRataCapaian rumus) {
        return ImmutableRekapCapaian.of(nama, butir, rumus);
    }

    /** Reads a recap back by recomputing it from its items and policy. */
    @JsonCreator
    static RekapCapaian json(@JsonProperty("nama") String nama, @JsonProperty("butir") List<ButirCapaian> butir,
            @JsonProperty("rumus") RataRataCapaian rumus) {
        return Checks.notNull(rumus, "RekapCapaian.rumus").rekapButir(nama, butir);
    }

    /**
     * The number of items measured.
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahTerukur")
    public int getJumlahTerukur() {
        return (int) getButir().stream().filter(ButirCapaian::isTerukur).count();
    }

    /**
     * The number of items not measured (tidak terukur).
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahTidakTerukur")
    public int getJumlahTidakTerukur() {
        return getButir().size() - getJumlahTerukur();
    }

    /**
     * The number of items whose target is met (tercapai, capaian &gt;= 100).
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahTercapai")
    public int getJumlahTercapai() {
        return (int) getButir().stream().filter(ButirCapaian::isTercapai).count();
    }

    /**
     * The number of measured items whose target is not met (belum tercapai).
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahBelumTercapai")
    public int getJumlahBelumTercapai() {
        return getJumlahTerukur() - getJumlahTercapai();
    }

    /**
     * The mean of the measured items' capaian (capped if the policy says so), rounded once.
     *
     * @return the mean, or empty when no item is measured
     */
    public Optional<Persen> getRataRata() {
        if (getRumus().getDasar() == DasarRataRata.DIBULATKAN) {
            // printed figures are decimals: their exact sum over n is the mean, no fraction needed
            JumlahDicetak j = jumlahDicetak();
            return j.n() == 0 ? Optional.empty()
                    : Optional.of(Persen.of(getRumus().getPembulatan().bagi(j.total(), BigDecimal.valueOf(j.n()))));
        }
        List<Pecahan> values = nilaiTerukur();
        return values.isEmpty() ? Optional.empty() : Optional.of(Persen.of(
                RataRataEksak.bagi(values, BigDecimal.valueOf(values.size()), getRumus().getPembulatan())));
    }

    @JsonProperty("rataRata")
    @Nullable
    Persen rataRataJson() {
        return getRataRata().orElse(null);
    }

    @JsonProperty("rataRataTertimbang")
    @Nullable
    Persen rataRataTertimbangJson() {
        return getRataRataTertimbang().orElse(null);
    }

    @JsonProperty("median")
    @Nullable
    Persen medianJson() {
        return getMedian().orElse(null);
    }

    /** The exact sum of the measured items' printed capaian, each capped, and their number. */
    private record JumlahDicetak(BigDecimal total, int n) {
    }

    private JumlahDicetak jumlahDicetak() {
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (ButirCapaian b : getButir()) {
            Persen p = b.persenAtauNull();
            if (p != null) {
                total = total.add(getRumus().getBatasAtas().terapkan(p).getNilai());
                n++;
            }
        }
        return new JumlahDicetak(total, n);
    }

    /**
     * The mean weighted by each item's {@link ButirCapaian#getBobot() bobot}: sum of bobot x
     * capaian over sum of bobot, over the measured items only (the weights of tidak terukur items
     * are left out, not spread), rounded once. Equal to {@link #getRataRata()} when every weight
     * is 1.
     *
     * @return the weighted mean, or empty when no item is measured
     */
    public Optional<Persen> getRataRataTertimbang() {
        List<Pecahan> tertimbang = new ArrayList<>();
        BigDecimal bobot = BigDecimal.ZERO;
        for (ButirCapaian b : getButir()) {
            Optional<Pecahan> v = nilai(b);
            if (v.isPresent()) {
                tertimbang.add(v.get().times(Pecahan.of(b.getBobot())));
                bobot = bobot.add(b.getBobot());
            }
        }
        return bobot.signum() == 0 ? Optional.empty()
                : Optional.of(Persen.of(RataRataEksak.bagi(tertimbang, bobot, getRumus().getPembulatan())));
    }

    /**
     * The median of the measured items' capaian (capped if the policy says so): the middle value,
     * or the mean of the two middle values for an even count, rounded once. Weights are ignored.
     *
     * @return the median, or empty when no item is measured
     */
    public Optional<Persen> getMedian() {
        List<Pecahan> values = nilaiTerukur();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        values.sort(null);
        int n = values.size();
        Pecahan median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).plus(values.get(n / 2)).dividedBy(Pecahan.of(2, 1));
        return Optional.of(Persen.of(median.bulatkan(getRumus().getPembulatan())));
    }

    /**
     * Whether the mean meets 100, judged before rounding and on the values as averaged (capped when
     * the policy caps): the sasaran or agency is tercapai.
     *
     * @return true when some item is measured and the unrounded mean is 100 or more
     */
    @JsonProperty("tercapai")
    public boolean isTercapai() {
        if (getRumus().getDasar() == DasarRataRata.DIBULATKAN) {
            JumlahDicetak j = jumlahDicetak();
            return j.n() > 0 && j.total().compareTo(BigDecimal.valueOf(100L * j.n())) >= 0;
        }
        List<Pecahan> values = nilaiTerukur();
        return !values.isEmpty() && RataRataEksak.paling(values, BigDecimal.valueOf(100L * values.size()));
    }

    /**
     * The rating of the rounded mean on a scale.
     *
     * @param skala the scale, not null
     * @return the rating, or empty when no item is measured
     */
    public Optional<Predikat> getPredikat(Skala skala) {
        Checks.notNull(skala, "RekapCapaian skala");
        return getRataRata().map(skala::predikat);
    }

    /**
     * The number of measured items in each band of a scale, rating each item's printed capaian
     * (never capped: the cap concerns averages only).
     *
     * @param skala the scale, not null
     * @return an unmodifiable map from every rating of the scale, lowest first, to its count (zero
     *     included), never null
     */
    public Map<Predikat, Integer> getJumlahPerPredikat(Skala skala) {
        Checks.notNull(skala, "RekapCapaian skala");
        Map<Predikat, Integer> counts = new LinkedHashMap<>();
        for (Predikat p : skala.getPredikat()) {
            counts.put(p, 0);
        }
        for (ButirCapaian b : getButir()) {
            b.getPersen().ifPresent(persen -> counts.merge(skala.predikat(persen), 1, Integer::sum));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The exact (capped) mean, empty when no item is measured. */
    Optional<Pecahan> rataRataEksak() {
        List<Pecahan> values = nilaiTerukur();
        return values.isEmpty() ? Optional.empty()
                : Optional.of(RataRataEksak.jumlah(values).dividedBy(Pecahan.of(values.size(), 1)));
    }

    /** The values averaged (capped if the policy says so) of the measured items, in order. */
    private List<Pecahan> nilaiTerukur() {
        List<Pecahan> values = new ArrayList<>();
        for (ButirCapaian b : getButir()) {
            nilai(b).ifPresent(values::add);
        }
        return values;
    }

    private Optional<Pecahan> nilai(ButirCapaian b) {
        return b.nilai(getRumus().getDasar()).map(getRumus().getBatasAtas()::batasi);
    }

    @Value.Check
    void check() {
        Checks.check(!getButir().isEmpty(), "RekapCapaian.butir must not be empty for recap \"%s\"", getNama());
    }

    /**
     * The recap as text, for example
     * {@code RekapCapaian[Kecamatan Klojen 2021: rata-rata 114.53%, 3 terukur, 2 tercapai, 0 tidak terukur]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RekapCapaian[" + getNama() + ": rata-rata " + getRataRata().map(Persen::toString).orElse("-") + ", "
                + getJumlahTerukur() + " terukur, " + getJumlahTercapai() + " tercapai, " + getJumlahTidakTerukur()
                + " tidak terukur]";
    }
}
