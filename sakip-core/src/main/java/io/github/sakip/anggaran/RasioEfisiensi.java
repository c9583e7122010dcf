package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import javax.annotation.Nullable;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;

/**
 * The efficiency ratio of realisasi to anggaran (rasio efisiensi) rated on a scale, the named
 * variant of {@link RumusEfisiensi} in the style of Kepmendagri 690.900-327/1996 (practice; the
 * decree's own table was not reached): a lower ratio is more efficient.
 *
 * <p>The scale {@link #KEPMENDAGRI_690_900_327} is printed as "&gt;= 100 tidak efisien, 90-100
 * kurang efisien, 80-90 cukup efisien, 60-80 efisien, &lt; 60 sangat efisien". The printed ranges
 * share their ends (90, 80, 60); the library gives each shared end to the band that starts there,
 * as "&gt;= 100" does for 100: {@code x < 60} sangat efisien, {@code 60 <= x < 80} efisien,
 * {@code 80 <= x < 90} cukup efisien, {@code 90 <= x < 100} kurang efisien, {@code x >= 100}
 * tidak efisien. On this scale the lowest band (rank 1) is the best.
 *
 * <p>The ratio is rated as given, like {@link RumusEfisiensi}: a printed 100,00 rates "tidak
 * efisien" even when the exact quotient is 99,996.
 *
 * <p>Example, the Klojen LKjIP 2021: penyerapan 89,49 % of sasaran "Meningkatnya kinerja
 * pelayanan perangkat daerah" rates "Cukup efisien" (the report's words too); the agency's 92,57 %
 * rates "Kurang efisien".
 *
 * <p>JSON (docs/json.md): {@code {"skala":{...}}}, its scale.
 *
 * <p>This class is immutable and thread-safe.
 */
@SakipJson
public final class RasioEfisiensi {

    /**
     * The Kepmendagri 690.900-327/1996-style bands (practice), gaps closed as the class
     * documentation says.
     */
    public static final Skala KEPMENDAGRI_690_900_327 = Skala.builder(
                    "Rasio efisiensi gaya Kepmendagri 690.900-327/1996 (practice; shared ends to the upper band)",
                    "Sangat efisien")
            .dari(new BigDecimal("60"), "Efisien")
            .dari(new BigDecimal("80"), "Cukup efisien")
            .dari(new BigDecimal("90"), "Kurang efisien")
            .dari(new BigDecimal("100"), "Tidak efisien")
            .build();

    private static final RasioEfisiensi STANDAR = new RasioEfisiensi(KEPMENDAGRI_690_900_327);

    private final Skala skala;

    private RasioEfisiensi(Skala skala) {
        this.skala = skala;
    }

    /**
     * The default rating: {@link #KEPMENDAGRI_690_900_327}.
     *
     * @return the calculator, never null
     */
    public static RasioEfisiensi standar() {
        return STANDAR;
    }

    @JsonCreator
    static RasioEfisiensi json(@JsonProperty("skala") Skala skala) {
        return STANDAR.withSkala(skala);
    }

    /**
     * A copy that rates on another scale, for an agency with its own bands.
     *
     * @param skala the scale, not null
     * @return the copy, never null
     * @throws SakipException when the scale is null
     */
    public RasioEfisiensi withSkala(Skala skala) {
        return new RasioEfisiensi(Checks.notNull(skala, "RasioEfisiensi.skala"));
    }

    /**
     * The scale.
     *
     * @return the scale, never null
     */
    @JsonProperty("skala")
    public Skala getSkala() {
        return skala;
    }

    /**
     * The rating of a ratio of realisasi to anggaran, in percent, as given.
     *
     * @param rasio the ratio, for example a penyerapan of 89,49 %, not null
     * @return the rating, never null
     * @throws SakipException when the ratio is null
     */
    public Predikat predikat(Persen rasio) {
        return skala.predikat(Checks.notNull(rasio, "RasioEfisiensi rasio"));
    }

    /**
     * The rating of an absorption's percentage.
     *
     * @param penyerapan the absorption, of a pagu above zero, not null
     * @return the rating, never null
     * @throws SakipException when the absorption is null or its pagu is zero (no ratio)
     */
    public Predikat predikat(Penyerapan penyerapan) {
        Checks.notNull(penyerapan, "RasioEfisiensi penyerapan");
        Persen persen = penyerapan.getPersen().orElseThrow(() -> new SakipException(
                "RasioEfisiensi needs a penyerapan of a pagu above zero, was " + penyerapan));
        return predikat(persen);
    }

    /**
     * The calculator as text: its scale.
     *
     * @return a description, never null
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof RasioEfisiensi && ((RasioEfisiensi) obj).skala.equals(skala);
    }

    @Override
    public int hashCode() {
        return skala.hashCode();
    }

    @Override
    public String toString() {
        return "RasioEfisiensi[" + skala.getNama() + "]";
    }
}
