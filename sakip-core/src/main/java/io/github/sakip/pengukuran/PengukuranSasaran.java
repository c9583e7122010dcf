package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.predikat.Predikat;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One sasaran's part of a {@link PengukuranKinerja}: its indicators' lines, the recap of their
 * capaian (mean, counts, tercapai), and the budget of its programs with penyerapan and efisiensi.
 * Made by {@link RumusPengukuran#hitung}.
 *
 * <p>The efisiensi is {@link io.github.sakip.anggaran.RumusEfisiensi}'s, from the sasaran's mean
 * capaian and its penyerapan as printed (each rounded by its calculator's policy), as Tabel 3.4
 * of an LKjIP computes it. Example, the Klojen LKjIP 2021, sasaran "Meningkatnya kinerja
 * pelayanan perangkat daerah": capaian 109,74, pagu Rp 24.078.234.555, realisasi
 * Rp 21.547.462.883, penyerapan 89,49, efisiensi 109,74 / 89,49 x 100 = 122,63.
 *
 * <p>JSON (docs/json.md): {@code {"indikator":[...],"sasaran":"<name>","kode":"SS-1","pagu":"...",
 * "penyerapan":{...},"rumus":{...},"rataRata":"...","predikat":{...},"tercapai":true,"efisiensi":{...}}},
 * {@code kode} and {@code penyerapan} when set; read back by recomputing with its {@code rumus} from
 * its indicators' lines (which leave out the shared {@code rumus}), its {@code pagu} and the
 * realisasi anggaran of its {@code penyerapan}; {@code rataRata}, {@code predikat}, {@code tercapai}
 * and {@code efisiensi} are written for readers. Inside a {@link PengukuranKinerja} the part leaves out
 * the {@code rumus} it shares with the whole.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"rataRata", "predikat", "tercapai", "efisiensi"}, allowGetters = true)
@JsonPropertyOrder({"indikator", "sasaran", "kode", "pagu", "penyerapan", "rumus", "rataRata", "predikat", "tercapai",
    "efisiensi"})
public abstract class PengukuranSasaran extends HasilPengukuran {

    PengukuranSasaran() {
    }

    /**
     * The sasaran.
     *
     * @return the sasaran, never null
     */
    public abstract Sasaran getSasaran();

    /**
     * The lines of the sasaran's indicators, in the sasaran's order.
     *
     * @return an unmodifiable list, at least one line, never null
     */
    @JsonProperty("indikator")
    @JsonIgnoreProperties("rumus")
    public abstract List<PengukuranIndikator> getIndikator();

    @JsonProperty("kode")
    @Nullable
    String kodeJson() {
        return getSasaran().getKode().orElse(null);
    }

    /** Reads a sasaran's part back by recomputing it from its inputs with its calculator. */
    @JsonCreator
    static PengukuranSasaran json(@JsonProperty("sasaran") String sasaran, @JsonProperty("kode") @Nullable String kode,
            @JsonProperty("indikator") List<BarisDibaca> indikator, @JsonProperty("pagu") Rupiah pagu,
            @JsonProperty("penyerapan") @Nullable Penyerapan penyerapan, @JsonProperty("rumus") RumusPengukuran rumus) {
        return new SasaranDibaca(sasaran, kode, indikator, pagu, penyerapan)
                .hitung(Checks.notNull(rumus, "PengukuranSasaran.rumus"));
    }

    @JsonProperty("sasaran")
    String sasaranJson() {
        return getSasaran().getNama();
    }

    @JsonProperty("efisiensi")
    @Nullable
    Efisiensi efisiensiJson() {
        return getEfisiensi().orElse(null);
    }

    /**
     * The recap of the indicators' capaian by the calculator's {@link RumusPengukuran#getRataRata()
     * averaging policy}: mean, weighted mean, median, counts, tercapai.
     *
     * @return the recap, never null
     */
    @Override
    public abstract RekapCapaian getRekap();

    /**
     * The predikat of the mean capaian on the calculator's scale.
     *
     * @return the predikat, or empty when no indicator is measured
     */
    @Override
    public abstract Optional<Predikat> getPredikat();

    /**
     * The budget of the sasaran's programs: pagu, realisasi and penyerapan.
     *
     * @return the penyerapan, or empty when a program's realisasi anggaran is not reported
     */
    @Override
    public abstract Optional<Penyerapan> getPenyerapan();

    /**
     * The efisiensi: mean capaian / penyerapan x 100.
     *
     * @return the efisiensi, or empty when no indicator is measured, the budget is not reported,
     *     or the penyerapan is 0 (or the pagu 0)
     */
    public abstract Optional<Efisiensi> getEfisiensi();

    /**
     * The budget ceiling of the sasaran's programs, exact.
     *
     * @return the sum, Rp 0 for a sasaran without programs, never null
     */
    @Override
    public abstract Rupiah getPagu();

    /**
     * The calculator, with its policies, that produced this part.
     *
     * @return the calculator, never null
     */
    @Override
    public abstract RumusPengukuran getRumus();

    /**
     * Whether some indicator of the sasaran was measured.
     *
     * @return false when every indicator is tidak terukur
     */
    public boolean isTerukur() {
        return getRekap().getJumlahTerukur() > 0;
    }

    /**
     * Whether the sasaran is tercapai: its unrounded mean capaian is 100 or more
     * ({@link RekapCapaian#isTercapai()}).
     *
     * @return true when measured and tercapai
     */
    @JsonProperty("tercapai")
    public boolean isTercapai() {
        return getRekap().isTercapai();
    }

    /**
     * The sasaran as text, for example
     * {@code PengukuranSasaran[Meningkatnya ...: rata-rata 109.74%, 1 of 1 tercapai, penyerapan 89.49%]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PengukuranSasaran[" + getSasaran().getNama() + ": rata-rata "
                + getRataRata().map(Persen::toString).orElse("-") + ", " + getRekap().getJumlahTercapai() + " of "
                + getIndikator().size() + " tercapai, penyerapan "
                + getPenyerapan().flatMap(Penyerapan::getPersen).map(Persen::toString).orElse("-") + "]";
    }
}
