package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The JSON form of one indicator of a {@link Renstra}: the indicator with its yearly targets and
 * realisasi, {@code {"indikator":{...},"target":[...],"realisasi":[...]}} (docs/json.md). Not API.
 */
@SakipJson
final class RenstraIndikator {
    private final Indikator indikator;
    private final List<Target> target;
    private final List<Realisasi> realisasi;

    RenstraIndikator(Indikator indikator, List<Target> target, List<Realisasi> realisasi) {
        this.indikator = indikator;
        this.target = target;
        this.realisasi = realisasi;
    }

    @JsonCreator
    static RenstraIndikator json(@JsonProperty("indikator") Indikator indikator,
            @JsonProperty("target") @Nullable List<Target> target,
            @JsonProperty("realisasi") @Nullable List<Realisasi> realisasi) {
        return new RenstraIndikator(Checks.notNull(indikator, "Renstra.indikator"),
                Checks.noNullElements(target == null ? List.of() : target, "Renstra.target"),
                Checks.noNullElements(realisasi == null ? List.of() : realisasi, "Renstra.realisasi"));
    }

    @JsonProperty("indikator")
    Indikator getIndikator() {
        return indikator;
    }

    @JsonProperty("target")
    List<Target> getTarget() {
        return target;
    }

    @JsonProperty("realisasi")
    List<Realisasi> getRealisasi() {
        return realisasi;
    }
}
