package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Target;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * An indicator of a program with its target and realisasi for the report's year, as the
 * analysis of programs (PermenPANRB 53/2014, analysis item 7) tabulates it: Tabel 3.4
 * "Keberhasilan/Kegagalan Pencapaian Perjanjian Kinerja" of the Klojen LKjIP 2021.
 *
 * <p>Example: Program Koordinasi Ketentraman Dan Ketertiban Umum, "Rasio Linmas per RT", target
 * 0,65, realisasi 0,87, raw counts 588 Linmas / 679 RT ({@link Rincian}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class IndikatorProgram {

    IndikatorProgram() {
    }

    /**
     * The program the indicator measures.
     *
     * @return the program, never null
     */
    @JsonProperty("program")
    public abstract Program getProgram();

    /**
     * The indicator.
     *
     * @return the indicator, never null
     */
    @JsonProperty("indikator")
    public abstract Indikator getIndikator();

    /**
     * The target for the year.
     *
     * @return the target, never null
     */
    @JsonProperty("target")
    public abstract Target getTarget();

    /**
     * The realisasi, when measured.
     *
     * @return the realisasi, of the target's year, or empty when not measured
     */
    public abstract Optional<Realisasi> getRealisasi();

    /**
     * The raw counts behind the realisasi, when the report states them.
     *
     * @return the counts, or empty
     */
    public abstract Optional<Rincian> getRincian();

    /**
     * Obtains a program indicator.
     *
     * @param program the program, not null
     * @param indikator the indicator, not null
     * @param target the target, not null
     * @param realisasi the realisasi of the target's year, or null when not measured
     * @param rincian the raw counts behind the realisasi, or null
     * @return the program indicator, never null
     * @throws SakipException when a required argument is null, the years differ, or counts are
     *     given without a realisasi
     */
    public static IndikatorProgram of(Program program, Indikator indikator,
            Target target, @Nullable Realisasi realisasi, @Nullable Rincian rincian) {
        return ImmutableIndikatorProgram.of(Checks.notNull(program, "IndikatorProgram.program"),
                Checks.notNull(indikator, "IndikatorProgram.indikator"), Checks.notNull(target, "IndikatorProgram.target"),
                Optional.ofNullable(realisasi), Optional.ofNullable(rincian));
    }

    @JsonProperty("realisasi")
    @Nullable
    Realisasi realisasiJson() {
        return getRealisasi().orElse(null);
    }

    @JsonProperty("rincian")
    @Nullable
    Rincian rincianJson() {
        return getRincian().orElse(null);
    }

    @JsonCreator
    static IndikatorProgram json(@JsonProperty("program") Program program,
            @JsonProperty("indikator") Indikator indikator, @JsonProperty("target") Target target,
            @JsonProperty("realisasi") @Nullable Realisasi realisasi,
            @JsonProperty("rincian") @Nullable Rincian rincian) {
        return of(program, indikator, target, realisasi, rincian);
    }

    @Value.Check
    void check() {
        getRealisasi().ifPresent(r -> Checks.check(r.getTahun().equals(getTarget().getTahun()),
                "IndikatorProgram.realisasi of \"%s\" must be of the target's year %s, was %s",
                getIndikator().getNama(), getTarget().getTahun(), r.getTahun()));
        Checks.check(getRincian().isEmpty() || getRealisasi().isPresent(),
                "IndikatorProgram.rincian of \"%s\" needs a realisasi", getIndikator().getNama());
    }

    /**
     * The program indicator as text, for example
     * {@code Program Koordinasi Ketentraman Dan Ketertiban Umum / Rasio Linmas per RT}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getProgram().getNama() + " / " + getIndikator().getNama();
    }
}
