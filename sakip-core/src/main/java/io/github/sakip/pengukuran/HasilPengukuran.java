package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.predikat.Predikat;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * What a measurement and each of its sasaran have alike: a recap of capaian with its predikat,
 * and a budget with its penyerapan, made by one {@link RumusPengukuran}. Written once here for
 * {@link PengukuranKinerja} (the whole agreement) and {@link PengukuranSasaran} (one sasaran),
 * with their JSON. Each subtype redeclares the five attributes with its own documentation, so that
 * Immutables orders its constructor's parameters at one level of the hierarchy.
 */
abstract class HasilPengukuran {

    HasilPengukuran() {
    }

    /**
     * The recap of the indicators' capaian by the calculator's {@link RumusPengukuran#getRataRata()
     * averaging policy}: mean, weighted mean, median, counts, tercapai. For a whole measurement,
     * of every indicator or of the sasaran's means, as {@link RumusPengukuran#getRataRataKeseluruhan()}
     * says.
     *
     * @return the recap, never null
     */
    public abstract RekapCapaian getRekap();

    /**
     * The predikat of the mean capaian on the calculator's scale.
     *
     * @return the predikat, or empty when no indicator is measured
     */
    public abstract Optional<Predikat> getPredikat();

    /**
     * The budget of the programs (of the sasaran, or of every sasaran): pagu, realisasi and
     * penyerapan.
     *
     * @return the penyerapan, or empty when a program's realisasi anggaran is not reported
     */
    public abstract Optional<Penyerapan> getPenyerapan();

    /**
     * The budget ceiling of the programs, exact.
     *
     * @return the sum, Rp 0 without programs, never null
     */
    @JsonProperty("pagu")
    public abstract Rupiah getPagu();

    /**
     * The calculator, with its policies, that produced this result.
     *
     * @return the calculator, never null
     */
    @JsonProperty("rumus")
    public abstract RumusPengukuran getRumus();

    /**
     * The mean capaian of the measured indicators, as printed: {@link RekapCapaian#getRataRata()}
     * of {@link #getRekap()}.
     *
     * @return the mean, or empty when no indicator is measured
     */
    public Optional<Persen> getRataRata() {
        return getRekap().getRataRata();
    }

    @JsonProperty("rataRata")
    @Nullable
    Persen rataRataJson() {
        return getRataRata().orElse(null);
    }

    @JsonProperty("predikat")
    @Nullable
    Predikat predikatJson() {
        return getPredikat().orElse(null);
    }

    @JsonProperty("penyerapan")
    @Nullable
    Penyerapan penyerapanJson() {
        return getPenyerapan().orElse(null);
    }
}
