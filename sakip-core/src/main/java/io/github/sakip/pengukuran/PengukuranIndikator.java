package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.Predikat;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One indicator's line of a {@link PengukuranKinerja}: its target from the Perjanjian Kinerja,
 * its realisasi if measured, and then its capaian, predikat and whether it is tercapai. Made by
 * {@link RumusPengukuran#hitung}.
 *
 * <p>Missing data is not zero: an indicator without realisasi is tidak terukur and has no
 * capaian and no predikat.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1, IPMas: target 86,80, realisasi 80,98, capaian
 * 93.29%, predikat "Tercapai/ Berhasil" on the LKjIP scale, not tercapai.
 *
 * <p>JSON (docs/json.md): {@code {"indikator":{...},"target":{...},"realisasi":{...},"rumus":{...},"persen":"93.29",
 * "predikat":{...},"tercapai":false}}, read back by recomputing with its {@code rumus}: {@code persen},
 * {@code predikat} and {@code tercapai} are written for readers. Inside a {@link PengukuranSasaran}
 * the line leaves out the {@code rumus} it shares with the whole.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"persen", "predikat", "tercapai"}, allowGetters = true)
@JsonPropertyOrder({"indikator", "target", "realisasi", "rumus", "persen", "predikat", "tercapai"})
public abstract class PengukuranIndikator {

    PengukuranIndikator() {
    }

    /**
     * The indicator.
     *
     * @return the indicator, never null
     */
    @JsonProperty("indikator")
    public abstract Indikator getIndikator();

    /**
     * The target of the Perjanjian Kinerja.
     *
     * @return the target, never null
     */
    @JsonProperty("target")
    public abstract Target getTarget();

    /**
     * The realisasi.
     *
     * @return the realisasi, or empty when the indicator was not measured
     */
    public abstract Optional<Realisasi> getRealisasi();

    /**
     * The capaian with its working.
     *
     * @return the capaian, or empty when not measured
     */
    public abstract Optional<Capaian> getCapaian();

    /**
     * The predikat of the printed capaian on the calculator's scale.
     *
     * @return the predikat, or empty when not measured
     */
    public abstract Optional<Predikat> getPredikat();

    /**
     * The calculator, with its policies, that produced this line.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumus")
    public abstract RumusPengukuran getRumus();

    /** Reads a line back by recomputing it from its inputs with its calculator. */
    @JsonCreator
    static PengukuranIndikator json(@JsonProperty("indikator") Indikator indikator,
            @JsonProperty("target") Target target, @JsonProperty("realisasi") @Nullable Realisasi realisasi,
            @JsonProperty("rumus") RumusPengukuran rumus) {
        return new BarisDibaca(indikator, target, realisasi).hitung(Checks.notNull(rumus, "PengukuranIndikator.rumus"));
    }

    @JsonProperty("realisasi")
    @Nullable
    Realisasi realisasiJson() {
        return getRealisasi().orElse(null);
    }

    @JsonProperty("persen")
    @Nullable
    Persen persenJson() {
        return getPersen().orElse(null);
    }

    @JsonProperty("predikat")
    @Nullable
    Predikat predikatJson() {
        return getPredikat().orElse(null);
    }


    /**
     * The printed capaian.
     *
     * @return the capaian in percent, or empty when not measured
     */
    public Optional<Persen> getPersen() {
        return getCapaian().map(Capaian::getPersen);
    }

    /**
     * Whether the indicator was measured.
     *
     * @return false when tidak terukur
     */
    public boolean isTerukur() {
        return getCapaian().isPresent();
    }

    /**
     * Whether the target is met, judged on the exact capaian ({@link Capaian#isTercapai()}).
     *
     * @return true when measured and tercapai; false when belum tercapai or tidak terukur
     */
    @JsonProperty("tercapai")
    public boolean isTercapai() {
        return getCapaian().map(Capaian::isTercapai).orElse(false);
    }

    /**
     * The line as text, for example
     * {@code PengukuranIndikator[IPMas Kecamatan: 93.29%, Tercapai/ Berhasil, belum tercapai]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        String what = getCapaian().map(c -> c.getPersen() + ", " + getPredikat().get().getLabel()
                + (c.isTercapai() ? ", tercapai" : ", belum tercapai")).orElse("tidak terukur");
        return "PengukuranIndikator[" + getIndikator().getNama() + ": " + what + "]";
    }
}
