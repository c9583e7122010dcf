package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A goal (tujuan) of an agency's Renstra: its own indicators (indikator tujuan) and the sasaran
 * that serve it.
 *
 * <p>Example: the Klojen Renstra (Tabel 2.1) has the tujuan "Terwujudnya Kecamatan Yang
 * Profesional dan Akuntabel" with the indicator IKM Perangkat Daerah and three sasaran.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Tujuan {

    Tujuan() {
    }

    /**
     * The name.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The goal's own indicators (indikator tujuan), possibly none.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("indikator")
    public abstract List<Indikator> getIndikator();

    /**
     * The sasaran serving this goal, at least one, no two with the same name.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("sasaran")
    public abstract List<Sasaran> getSasaran();

    /**
     * Obtains a goal.
     *
     * @param nama the name, not blank
     * @param indikator the goal's own indicators, possibly empty; copied
     * @param sasaran the sasaran, at least one; copied
     * @return the goal, never null
     * @throws SakipException when an argument is null, the name is blank, there is no sasaran or
     *     a sasaran name repeats
     */
    @JsonCreator
    public static Tujuan of(@JsonProperty("nama") String nama, @JsonProperty("indikator") List<Indikator> indikator,
            @JsonProperty("sasaran") List<Sasaran> sasaran) {
        return ImmutableTujuan.of(Checks.notBlank(nama, "Tujuan.nama"),
                Checks.noNullElements(indikator, "Tujuan.indikator"),
                Checks.noNullElements(sasaran, "Tujuan.sasaran"));
    }

    @Value.Check
    void check() {
        Checks.check(!getSasaran().isEmpty(), "Tujuan.sasaran must not be empty for tujuan \"%s\"", getNama());
        Set<String> names = new HashSet<>();
        for (Sasaran s : getSasaran()) {
            Checks.check(names.add(s.getNama()), "Tujuan.sasaran must not repeat sasaran \"%s\"", s.getNama());
        }
    }
}
