package io.github.sakip.predikat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A rating scale (skala predikat): bands in ascending order that are contiguous, do not overlap
 * and together cover every number, each bound explicitly inclusive or exclusive. A scale that
 * leaves a gap or overlaps is rejected when it is made, with the offending bounds in the message.
 *
 * <p>Presets are in {@link SkalaBaku}. An agency's own scale is made with the immutable
 * {@link #builder(String, String) builder}, which cannot make a gap:
 * <pre>{@code
 * Skala skala = Skala.builder("Skala Dinas X", "Tidak berhasil")
 *         .dari(new BigDecimal("60"), "Cukup berhasil")     // 60 <= x
 *         .dari(new BigDecimal("90"), "Berhasil")           // 90 <= x
 *         .lebihDari(new BigDecimal("110"), "Sangat berhasil") // 110 < x
 *         .build();
 * skala.predikat(new BigDecimal("109.74")).getLabel(); // "Berhasil"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Skala {

    Skala() {
    }

    /**
     * The name of the scale, with its source, for example
     * {@code "Standar Penilaian Kinerja LKjIP (Tabel 2.5)"}.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The bands, lowest first.
     *
     * @return an unmodifiable list of at least one band, never null
     */
    @JsonProperty("pita")
    public abstract List<Pita> getPita();

    /**
     * Obtains a scale from explicit bands.
     *
     * @param nama the name, not blank
     * @param pita the bands, lowest first; copied
     * @return the scale, never null
     * @throws SakipException when an argument is null, there is no band, a label repeats, the
     *     lowest band has a lower bound, the highest an upper bound, or two neighbours leave a gap
     *     or overlap
     */
    @JsonCreator
    public static Skala of(@JsonProperty("nama") String nama, @JsonProperty("pita") List<Pita> pita) {
        return ImmutableSkala.of(Checks.notBlank(nama, "Skala.nama"), Checks.noNullElements(pita, "Skala.pita"));
    }

    /**
     * Starts a builder whose lowest band, from minus infinity, has the given label.
     *
     * @param nama the name of the scale, not blank
     * @param labelTerendah the label of the lowest band, not blank
     * @return an immutable builder, never null
     * @throws SakipException when an argument is blank
     */
    public static Builder builder(String nama, String labelTerendah) {
        return new Builder(Checks.notBlank(nama, "Skala.nama"), List.of(),
                Checks.notBlank(labelTerendah, "Pita.label"));
    }

    /**
     * The rating of a value: the one band that contains it.
     *
     * @param nilai the value, for example a capaian of {@code 109.74}, not null
     * @return the rating, never null
     */
    public Predikat predikat(BigDecimal nilai) {
        Checks.notNull(nilai, "Skala.predikat nilai");
        return getPredikat().get(indexOf(p -> p.contains(nilai), nilai));
    }

    /**
     * The rating of a percentage, such as a capaian.
     *
     * @param persen the percentage, not null
     * @return the rating, never null
     */
    public Predikat predikat(Persen persen) {
        Checks.notNull(persen, "Skala.predikat persen");
        return predikat(persen.getNilai());
    }

    /**
     * The rating of an exact fraction, each bound decided exactly (no rounding first): an IKM unit
     * of 3,5324 - 1/90000 (3,53238...) rates B, below the bound 3,5324 of mutu A, although it
     * rounds to 3,5324 at four decimals.
     *
     * @param nilai the exact value, not null
     * @return the rating, never null
     */
    public Predikat predikat(Pecahan nilai) {
        Checks.notNull(nilai, "Skala.predikat nilai");
        return getPredikat().get(indexOf(p -> p.contains(nilai), nilai));
    }

    /**
     * The band that contains a value.
     *
     * @param nilai the value, not null
     * @return the band, never null
     */
    public Pita pita(BigDecimal nilai) {
        Checks.notNull(nilai, "Skala.pita nilai");
        return getPita().get(indexOf(p -> p.contains(nilai), nilai));
    }

    /** The index of the one band that contains the value; a validated scale always has one. */
    private int indexOf(Predicate<Pita> contains, Object nilai) {
        List<Pita> pita = getPita();
        for (int i = 0; i < pita.size(); i++) {
            if (contains.test(pita.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("a validated Skala covers every value, yet not " + nilai);
    }

    /**
     * The ratings of this scale, lowest first; made once per scale, so rating a value builds no
     * new rating.
     *
     * @return an unmodifiable list, one per band, never null
     */
    @Value.Lazy
    public List<Predikat> getPredikat() {
        List<Pita> pita = getPita();
        List<Predikat> all = new ArrayList<>(pita.size());
        for (int i = 0; i < pita.size(); i++) {
            all.add(Predikat.of(pita.get(i).getLabel(), i + 1, pita.size()));
        }
        return List.copyOf(all);
    }

    /**
     * The same bounds under other labels, for example the five Permendagri 86/2017 intervals as
     * "sangat baik ... sangat kurang".
     *
     * @param nama the name of the new scale, not blank
     * @param label one label per band, lowest first
     * @return the relabelled scale, never null
     * @throws SakipException when the number of labels differs from the number of bands or a label
     *     is blank or repeated
     */
    public Skala withLabel(String nama, List<String> label) {
        Checks.notBlank(nama, "Skala.nama");
        List<String> labels = Checks.noNullElements(label, "Skala label");
        Checks.check(labels.size() == getPita().size(), "Skala \"%s\" needs %s labels, one per band, was %s",
                getNama(), getPita().size(), labels.size());
        List<Pita> relabelled = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Pita p = getPita().get(i);
            relabelled.add(Pita.between(p.getBawah(), p.getAtas(), labels.get(i)));
        }
        return of(nama, relabelled);
    }

    @Value.Check
    void check() {
        List<Pita> pita = getPita();
        Checks.check(!pita.isEmpty(), "Skala \"%s\" must have at least one band (pita)", getNama());
        Checks.check(pita.get(0).getBawah().isEmpty(),
                "Skala \"%s\": the lowest band \"%s\" must be open below (no lower bound), or values below %s"
                        + " have no predikat", getNama(), pita.get(0).getLabel(),
                pita.get(0).getBawah().map(b -> b.getNilai().toPlainString()).orElse(""));
        Pita top = pita.get(pita.size() - 1);
        Checks.check(top.getAtas().isEmpty(),
                "Skala \"%s\": the highest band \"%s\" must be open above (no upper bound), or values above %s"
                        + " have no predikat", getNama(), top.getLabel(),
                top.getAtas().map(a -> a.getNilai().toPlainString()).orElse(""));
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < pita.size(); i++) {
            Checks.check(labels.add(pita.get(i).getLabel()), "Skala \"%s\" must not repeat label \"%s\"", getNama(),
                    pita.get(i).getLabel());
            if (i > 0) {
                checkNeighbours(pita.get(i - 1), pita.get(i));
            }
        }
    }

    private void checkNeighbours(Pita lower, Pita upper) {
        Checks.check(lower.getAtas().isPresent() && upper.getBawah().isPresent(),
                "Skala \"%s\": band \"%s\" is open above and band \"%s\" open below: they overlap", getNama(),
                lower.getLabel(), upper.getLabel());
        Batas a = lower.getAtas().get();
        Batas b = upper.getBawah().get();
        int c = a.getNilai().compareTo(b.getNilai());
        Checks.check(c >= 0, "Skala \"%s\": gap between band \"%s\" (up to %s) and band \"%s\" (from %s)",
                getNama(), lower.getLabel(), a.getNilai().toPlainString(), upper.getLabel(),
                b.getNilai().toPlainString());
        Checks.check(c <= 0, "Skala \"%s\": band \"%s\" (up to %s) overlaps band \"%s\" (from %s)", getNama(),
                lower.getLabel(), a.getNilai().toPlainString(), upper.getLabel(), b.getNilai().toPlainString());
        Checks.check(a.isInklusif() || b.isInklusif(),
                "Skala \"%s\": gap at %s: band \"%s\" excludes it and band \"%s\" excludes it too", getNama(),
                a.getNilai().toPlainString(), lower.getLabel(), upper.getLabel());
        Checks.check(!(a.isInklusif() && b.isInklusif()),
                "Skala \"%s\": bands \"%s\" and \"%s\" overlap at %s: both include it", getNama(), lower.getLabel(),
                upper.getLabel(), a.getNilai().toPlainString());
    }

    /**
     * The scale as text: its name and bands.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Skala[" + getNama() + ": " + getPita() + "]";
    }

    /**
     * An immutable builder of a {@link Skala}: each call returns a new builder, so no builder
     * changes after {@link #build()}. Bands are added from the lowest up; each new band starts
     * where the previous one ends, so a built scale never has a gap or an overlap.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Builder {
        private final String nama;
        private final List<Pita> done;
        private final String openLabel;
        @Nullable
        private final Batas openBawah;

        private Builder(String nama, List<Pita> done, String openLabel) {
            this(nama, done, openLabel, null);
        }

        private Builder(String nama, List<Pita> done, String openLabel, @Nullable Batas openBawah) {
            this.nama = nama;
            this.done = done;
            this.openLabel = openLabel;
            this.openBawah = openBawah;
        }

        /**
         * Closes the current band just below {@code nilai} and starts a band that includes it
         * ({@code nilai <= x}).
         *
         * @param nilai the lower bound of the new band, inclusive, above the current band's, not null
         * @param label the label of the new band, not blank
         * @return a new builder, never null
         * @throws SakipException when an argument is null or blank, or the bound does not rise
         */
        public Builder dari(BigDecimal nilai, String label) {
            return next(Batas.inklusif(Checks.notNull(nilai, "Batas.nilai")), label);
        }

        /**
         * Closes the current band at {@code nilai}, included, and starts a band above it
         * ({@code nilai < x}), as the Nilai SAKIP bands "&gt; 90 - 100" are printed.
         *
         * @param nilai the lower bound of the new band, exclusive, above the current band's, not null
         * @param label the label of the new band, not blank
         * @return a new builder, never null
         * @throws SakipException when an argument is null or blank, or the bound does not rise
         */
        public Builder lebihDari(BigDecimal nilai, String label) {
            return next(Batas.eksklusif(Checks.notNull(nilai, "Batas.nilai")), label);
        }

        private Builder next(Batas bawah, @Nullable String label) {
            Checks.notBlank(label, "Pita.label");
            Checks.check(openBawah == null || bawah.getNilai().compareTo(openBawah.getNilai()) > 0,
                    "Skala \"%s\": band \"%s\" must start above %s, was %s", nama, label,
                    openBawah == null ? "" : openBawah.getNilai().toPlainString(), bawah.getNilai().toPlainString());
            Batas atas = bawah.isInklusif() ? Batas.eksklusif(bawah.getNilai()) : Batas.inklusif(bawah.getNilai());
            List<Pita> next = new ArrayList<>(done);
            next.add(Pita.between(Optional.ofNullable(openBawah), Optional.of(atas), openLabel));
            return new Builder(nama, List.copyOf(next), label, bawah);
        }

        /**
         * Builds the scale; the last band is open above.
         *
         * @return the scale, never null
         * @throws SakipException when a label repeats
         */
        public Skala build() {
            List<Pita> all = new ArrayList<>(done);
            all.add(Pita.between(Optional.ofNullable(openBawah), Optional.empty(), openLabel));
            return of(nama, all);
        }
    }
}
