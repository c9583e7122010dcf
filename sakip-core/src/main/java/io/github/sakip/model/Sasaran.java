package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A strategic objective (sasaran strategis) of an agency with the indicators that measure it.
 *
 * <p>Example, the Klojen LKjIP 2021 (Tabel 2.4):
 * <pre>{@code
 * Sasaran s = Sasaran.of("Meningkatnya kinerja pelayanan perangkat daerah",
 *         List.of(Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Sasaran {

    Sasaran() {
    }

    /**
     * The name, as the Renstra prints it.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The agency's code of the sasaran, if any.
     *
     * @return the code, or empty
     */
    public abstract Optional<String> getKode();

    /**
     * The indicators of this sasaran, in order, at least one, no two with the same name or code.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("indikator")
    public abstract List<Indikator> getIndikator();

    /**
     * Obtains a sasaran.
     *
     * @param nama the name, not blank
     * @param indikator the indicators, at least one, no duplicate name or code; copied
     * @return the sasaran, never null
     * @throws SakipException when an argument is null, the name is blank, the list is empty or
     *     has a duplicate
     */
    public static Sasaran of(String nama, List<Indikator> indikator) {
        return ImmutableSasaran.of(Checks.notBlank(nama, "Sasaran.nama"), Optional.empty(),
                Checks.noNullElements(indikator, "Sasaran.indikator"));
    }

    /**
     * A copy with the given code.
     *
     * @param kode the code, not blank
     * @return the copy, never null
     * @throws SakipException when the code is null or blank
     */
    public Sasaran withKode(String kode) {
        return ImmutableSasaran.of(getNama(), Optional.of(Checks.notBlank(kode, "Sasaran.kode")), getIndikator());
    }

    @JsonProperty("kode")
    @Nullable
    String kodeJson() {
        return getKode().orElse(null);
    }

    @JsonCreator
    static Sasaran json(@JsonProperty("nama") String nama, @JsonProperty("kode") @Nullable String kode,
            @JsonProperty("indikator") List<Indikator> indikator) {
        Sasaran s = of(nama, indikator);
        return kode == null ? s : s.withKode(kode);
    }

    @Value.Check
    void check() {
        Checks.check(!getIndikator().isEmpty(), "Sasaran.indikator must not be empty for sasaran \"%s\"",
                getNama());
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Indikator i : getIndikator()) {
            Checks.check(names.add(i.getNama()), "Sasaran.indikator must not repeat indicator name \"%s\" in \"%s\"",
                    i.getNama(), getNama());
            i.getKode().ifPresent(k -> Checks.check(codes.add(k),
                    "Sasaran.indikator must not repeat indicator code (kode) \"%s\" in \"%s\"", k, getNama()));
        }
    }

    /**
     * A short description, for example {@code Sasaran[Meningkatnya ..., 1 indikator]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Sasaran[" + getKode().map(k -> k + " ").orElse("") + getNama() + ", " + getIndikator().size()
                + " indikator]";
    }
}
