package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A {@link PengukuranIndikator} as JSON gives it, without its calculator: its inputs, recomputed
 * with a {@link RumusPengukuran}; the figures written beside them are ignored. The line of a
 * {@link PengukuranSasaran}'s JSON, which carries the calculator once for all its lines.
 */
@JsonIgnoreProperties({"persen", "predikat", "tercapai"})
record BarisDibaca(@JsonProperty("indikator") @Nullable Indikator indikator,
        @JsonProperty("target") @Nullable Target target, @JsonProperty("realisasi") @Nullable Realisasi realisasi) {

    /** The line recomputed: its capaian and predikat when it has a realisasi. */
    PengukuranIndikator hitung(RumusPengukuran rumus) {
        return rumus.indikator(Checks.notNull(indikator, "PengukuranIndikator.indikator"),
                Checks.notNull(target, "PengukuranIndikator.target"), Optional.ofNullable(realisasi));
    }
}
