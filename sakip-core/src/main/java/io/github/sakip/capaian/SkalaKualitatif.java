package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered set of categories for a qualitative indicator (indikator kualitatif), such as the
 * opinion of the BPK on the financial statements or "tersedia / tidak tersedia", turned into
 * numbers so that {@link RumusCapaian} computes its capaian like any higher-is-better indicator.
 *
 * <p>The rule (the library's own; no regulation gives one): categories are listed from the worst
 * to the best and each is worth its position, 0 for the worst; the capaian is the realisasi's
 * position over the target's, x 100. So a yes/no indicator is 100 when met and 0 when not, and the
 * BPK opinion (TMP 0, TW 1, WDP 2, WTP 3) against a target of WTP gives WDP 66,67, TW 33,33, TMP 0;
 * a realisasi above the target gives more than 100 (WTP against WDP: 150). An agency that scores
 * every miss as 0 lists two categories, such as {@code List.of("Selain WTP", "WTP")}. The target
 * must not be the worst category, against which nothing could be measured.
 * <pre>{@code
 * SkalaKualitatif bpk = SkalaKualitatif.OPINI_BPK;
 * Capaian c = RumusCapaian.standar().hitung(bpk.indikator("Opini BPK atas LKPD"),
 *         bpk.target(Tahun.of(2021), "WTP"), bpk.realisasi(Tahun.of(2021), "WDP"));   // 66.67%
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class SkalaKualitatif {

    /**
     * The opinions of the BPK on financial statements (UU 15/2004), worst first: TMP (tidak
     * menyatakan pendapat, disclaimer), TW (tidak wajar), WDP (wajar dengan pengecualian), WTP
     * (wajar tanpa pengecualian). The order, TMP below TW, is the common practice of agencies'
     * IKU documents.
     */
    public static final SkalaKualitatif OPINI_BPK = of("Opini BPK", List.of("TMP", "TW", "WDP", "WTP"));

    /** Yes or no, worst first: Tidak (0), Ya (1). Met is 100, not met 0. */
    public static final SkalaKualitatif YA_TIDAK = of("Ya/tidak", List.of("Tidak", "Ya"));

    /** Available or not, as for a document: Tidak tersedia (0), Tersedia (1). */
    public static final SkalaKualitatif TERSEDIA = of("Tersedia/tidak tersedia", List.of("Tidak tersedia", "Tersedia"));

    SkalaKualitatif() {
    }

    /**
     * The name of the scale.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The categories, worst first; their positions are their values.
     *
     * @return an unmodifiable list of at least two distinct labels, never null
     */
    @JsonProperty("kategori")
    public abstract List<String> getKategori();

    /**
     * Obtains a scale.
     *
     * @param nama the name, not blank
     * @param kategori the categories, worst first, at least two, no two equal ignoring case; copied
     * @return the scale, never null
     * @throws SakipException when an argument is null, a label blank or repeated, or fewer than two
     *     are given
     */
    public static SkalaKualitatif of(String nama, List<String> kategori) {
        return ImmutableSkalaKualitatif.of(Checks.notBlank(nama, "SkalaKualitatif.nama"),
                Checks.noNullElements(kategori, "SkalaKualitatif.kategori"));
    }

    /**
     * The value of a category: its position, 0 for the worst.
     *
     * @param kategori a label of this scale, matched ignoring case and spaces (any Unicode space
     *     at the ends, a run of them inside counting as one), not blank
     * @return the position, for example 3 for "WTP" on {@link #OPINI_BPK}, never null
     * @throws SakipException when the label is null, blank or not on this scale
     */
    public BigDecimal nilai(String kategori) {
        Checks.notNull(kategori, "SkalaKualitatif kategori");
        String key = kunci(kategori);
        for (int i = 0; i < getKategori().size(); i++) {
            if (kunci(getKategori().get(i)).equals(key)) {
                return BigDecimal.valueOf(i);
            }
        }
        throw new SakipException("SkalaKualitatif \"" + getNama() + "\" has no kategori " + Checks.quote(kategori)
                + ", only " + getKategori());
    }

    /**
     * The category of a value, the inverse of {@link #nilai(String)}.
     *
     * @param nilai a position, 0 to the number of categories less one, not null
     * @return the label, never null
     * @throws SakipException when the value is not a position of this scale, or has more than
     *     1000 digits in plain form
     */
    public String kategori(BigDecimal nilai) {
        Checks.boundedDigits(nilai, "SkalaKualitatif nilai");
        int last = getKategori().size() - 1;
        boolean whole = nilai.signum() == 0 || nilai.stripTrailingZeros().scale() <= 0;
        Checks.check(whole && nilai.compareTo(BigDecimal.ZERO) >= 0 && nilai.compareTo(BigDecimal.valueOf(last)) <= 0,
                "SkalaKualitatif \"%s\" nilai must be a whole number from 0 to %s, was %s", getNama(), last,
                nilai.toPlainString());
        return getKategori().get(nilai.intValueExact());
    }

    /**
     * A higher-is-better indicator measured on this scale, in the unit "kategori".
     *
     * @param nama the name of the indicator, not blank
     * @return the indicator, never null
     * @throws SakipException when the name is null or blank
     */
    public Indikator indikator(String nama) {
        return Indikator.of(nama, Satuan.of("kategori"), Polaritas.POSITIF);
    }

    /**
     * A yearly target of a category.
     *
     * @param tahun the year, not null
     * @param kategori the target category, not the worst one, not null
     * @return the target, whose value is the category's position, never null
     * @throws SakipException when an argument is null, the label is not on this scale or is the
     *     worst category
     */
    public Target target(Tahun tahun, String kategori) {
        BigDecimal nilai = nilai(kategori);
        Checks.check(nilai.signum() > 0, "SkalaKualitatif \"%s\": the target must be above the worst kategori \"%s\"",
                getNama(), getKategori().get(0));
        return Target.of(tahun, nilai);
    }

    /**
     * A yearly realisasi of a category.
     *
     * @param tahun the year, not null
     * @param kategori the category measured, not null
     * @return the realisasi, whose value is the category's position, never null
     * @throws SakipException when an argument is null or the label is not on this scale
     */
    public Realisasi realisasi(Tahun tahun, String kategori) {
        return Realisasi.of(tahun, nilai(kategori));
    }

    private static String kunci(String label) {
        return Checks.normalizeSpaces(label, "SkalaKualitatif.kategori").toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static SkalaKualitatif json(@JsonProperty("nama") String nama, @JsonProperty("kategori") List<String> kategori) {
        return of(nama, kategori);
    }

    @Value.Check
    void check() {
        Checks.check(getKategori().size() >= 2, "SkalaKualitatif \"%s\" must have at least two kategori, was %s",
                getNama(), getKategori());
        Set<String> seen = new HashSet<>();
        for (String k : getKategori()) {
            Checks.notBlank(k, "SkalaKualitatif.kategori");
            Checks.check(seen.add(kunci(k)), "SkalaKualitatif \"%s\" must not repeat kategori \"%s\"", getNama(), k);
        }
    }

    /**
     * The scale as text, for example {@code SkalaKualitatif[Opini BPK: TMP < TW < WDP < WTP]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "SkalaKualitatif[" + getNama() + ": " + String.join(" < ", getKategori()) + "]";
    }
}
