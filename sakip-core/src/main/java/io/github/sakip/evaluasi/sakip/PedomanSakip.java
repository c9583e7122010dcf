package io.github.sakip.evaluasi.sakip;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A guideline (pedoman) for the evaluation of SAKIP implementation: its components with their
 * weights, and the answers (jawaban) a leaf may receive with their factors, all as data, so a new
 * regulation needs no new release.
 *
 * <p>A leaf's score is its weight times the mean factor of its answers: one grade per
 * sub-component under PermenPANRB 88/2021 (weight x {AA 1; A 0,9; ...}), several criteria per
 * sub-component under the LKE of PermenPANRB 12/2015 (weight x mean of Y = 1, T = 0, A..E =
 * 1 / 0,75 / 0,5 / 0,25 / 0). The total of the weights is 100.
 *
 * <p>Two presets:
 * <ul>
 *   <li>{@link #PERMENPANRB_88_2021}: perencanaan 30, pengukuran 30, pelaporan 15, evaluasi
 *       internal 25, each split keberadaan 20 %, kualitas 30 %, pemanfaatan 50 %; weights and
 *       grade factors from two peer implementations (practice; the regulation's text was not
 *       reached);</li>
 *   <li>{@link #PERMENPANRB_12_2015}: perencanaan 30 (perencanaan strategis 10, perencanaan
 *       kinerja tahunan 20), pengukuran 25, pelaporan 15, evaluasi internal 10, capaian kinerja
 *       20; first rows confirmed, the rest from a peer application (practice).</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"nama", "komponen", "nilaiJawaban"})
public abstract class PedomanSakip {

    /**
     * PermenPANRB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah), weights from peer
     * implementations: 1 Perencanaan kinerja 30 (1.a Keberadaan 6, 1.b Kualitas 9, 1.c Pemanfaatan
     * 15), 2 Pengukuran kinerja 30 (6, 9, 15), 3 Pelaporan kinerja 15 (3, 4,5, 7,5), 4 Evaluasi
     * akuntabilitas kinerja internal 25 (5, 7,5, 12,5); grades AA 1, A 0,9, BB 0,8, B 0,7, CC 0,6,
     * C 0,5, D 0,3, E 0 (peer implementations).
     */
    public static final PedomanSakip PERMENPANRB_88_2021 = of("PermenPANRB 88/2021",
            List.of(tigaAspek("1", "Perencanaan kinerja", "30", "6", "9", "15"),
                    tigaAspek("2", "Pengukuran kinerja", "30", "6", "9", "15"),
                    tigaAspek("3", "Pelaporan kinerja", "15", "3", "4.5", "7.5"),
                    tigaAspek("4", "Evaluasi akuntabilitas kinerja internal", "25", "5", "7.5", "12.5")),
            jawaban("AA", "1", "A", "0.9", "BB", "0.8", "B", "0.7", "CC", "0.6", "C", "0.5", "D", "0.3", "E", "0"));

    /**
     * PermenPANRB 12/2015 (LKE), first rows confirmed, the rest from a peer application:
     * 1 Perencanaan kinerja 30 (1.a Perencanaan strategis 10: pemenuhan 2, kualitas 5,
     * implementasi 3; 1.b Perencanaan kinerja tahunan 20: 4, 10, 6), 2 Pengukuran kinerja 25
     * (5, 12,5, 7,5), 3 Pelaporan kinerja 15 (3, 7,5, 4,5), 4 Evaluasi internal 10 (2, 5, 3),
     * 5 Capaian kinerja 20 (5.a output 7,5, 5.b outcome 12,5); answers Y 1, T 0, A 1, B 0,75,
     * C 0,5, D 0,25, E 0.
     */
    public static final PedomanSakip PERMENPANRB_12_2015 = of("PermenPANRB 12/2015",
            List.of(KomponenSakip.of("1", "Perencanaan kinerja", new BigDecimal("30"),
                            List.of(pik("1.a", "Perencanaan strategis", "10", "2", "5", "3"),
                                    pik("1.b", "Perencanaan kinerja tahunan", "20", "4", "10", "6"))),
                    pik("2", "Pengukuran kinerja", "25", "5", "12.5", "7.5"),
                    pik("3", "Pelaporan kinerja", "15", "3", "7.5", "4.5"),
                    pik("4", "Evaluasi internal", "10", "2", "5", "3"),
                    KomponenSakip.of("5", "Capaian kinerja", new BigDecimal("20"),
                            List.of(KomponenSakip.of("5.a", "Kinerja yang dilaporkan (output)", new BigDecimal("7.5")),
                                    KomponenSakip.of("5.b", "Kinerja yang dilaporkan (outcome)",
                                            new BigDecimal("12.5"))))),
            jawaban("Y", "1", "T", "0", "A", "1", "B", "0.75", "C", "0.5", "D", "0.25", "E", "0"));

    PedomanSakip() {
    }

    private static KomponenSakip tigaAspek(String kode, String nama, String bobot, String keberadaan,
            String kualitas, String pemanfaatan) {
        return KomponenSakip.of(kode, nama, new BigDecimal(bobot),
                List.of(KomponenSakip.of(kode + ".a", "Keberadaan", new BigDecimal(keberadaan)),
                        KomponenSakip.of(kode + ".b", "Kualitas", new BigDecimal(kualitas)),
                        KomponenSakip.of(kode + ".c", "Pemanfaatan", new BigDecimal(pemanfaatan))));
    }

    private static KomponenSakip pik(String kode, String nama, String bobot, String pemenuhan, String kualitas,
            String implementasi) {
        return KomponenSakip.of(kode, nama, new BigDecimal(bobot),
                List.of(KomponenSakip.of(kode + ".1", "Pemenuhan", new BigDecimal(pemenuhan)),
                        KomponenSakip.of(kode + ".2", "Kualitas", new BigDecimal(kualitas)),
                        KomponenSakip.of(kode + ".3", "Implementasi", new BigDecimal(implementasi))));
    }

    private static Map<String, BigDecimal> jawaban(String... labelDanFaktor) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < labelDanFaktor.length; i += 2) {
            map.put(labelDanFaktor[i], new BigDecimal(labelDanFaktor[i + 1]));
        }
        return map;
    }

    /**
     * The name of the regulation, for example {@code "PermenPANRB 88/2021"}.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The top-level components, whose weights add up to 100.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("komponen")
    public abstract List<KomponenSakip> getKomponen();

    /**
     * The answers a leaf may receive and their factors, for example {@code AA -> 1, A -> 0.9}.
     *
     * @return an unmodifiable map in the order given, factors between 0 and 1, never null
     */
    public abstract Map<String, BigDecimal> getNilaiJawaban();

    /** The JSON form of the answer factors: exact strings by label, {@code {"AA":"1","A":"0.9",...}}. */
    @JsonProperty("nilaiJawaban")
    Map<String, String> nilaiJawabanJson() {
        return teks(getNilaiJawaban());
    }

    /** Exact decimals as JSON strings, in the map's order: the one JSON form of a map of decimals here. */
    static Map<String, String> teks(Map<String, BigDecimal> angka) {
        Map<String, String> json = new LinkedHashMap<>();
        angka.forEach((kunci, nilai) -> json.put(kunci, nilai.toString()));
        return json;
    }

    @JsonCreator
    static PedomanSakip json(@JsonProperty("nama") String nama, @JsonProperty("komponen") List<KomponenSakip> komponen,
            @JsonProperty("nilaiJawaban") Map<String, BigDecimal> nilaiJawaban) {
        return of(nama, komponen, nilaiJawaban);
    }

    /**
     * Obtains a guideline, for a regulation that has no preset.
     *
     * @param nama the name, not blank
     * @param komponen the top-level components, weights adding up to 100, codes unique in the tree; copied
     * @param nilaiJawaban the answers and their factors between 0 and 1, at least one; copied
     * @return the guideline, never null
     * @throws SakipException when an argument is null, blank or out of range, the weights do not
     *     add up to 100, or a code repeats
     */
    public static PedomanSakip of(String nama, List<KomponenSakip> komponen,
            Map<String, BigDecimal> nilaiJawaban) {
        Checks.notNull(nilaiJawaban, "PedomanSakip.nilaiJawaban");
        nilaiJawaban.forEach((k, v) -> {
            Checks.notBlank(k, "PedomanSakip.nilaiJawaban label");
            Checks.notNull(v, "PedomanSakip.nilaiJawaban factor of " + k);
        });
        return ImmutablePedomanSakip.of(Checks.notBlank(nama, "PedomanSakip.nama"),
                Checks.noNullElements(komponen, "PedomanSakip.komponen"), nilaiJawaban);
    }

    /**
     * Every component, depth first, parents before children.
     *
     * @return an unmodifiable list, never null
     */
    public List<KomponenSakip> getSemuaKomponen() {
        return getKomponen().stream().flatMap(k -> k.getSemua().stream()).toList();
    }

    /**
     * The scored components (leaves), in order: 12 under PermenPANRB 88/2021.
     *
     * @return an unmodifiable list, never null
     */
    public List<KomponenSakip> getDaun() {
        return getSemuaKomponen().stream().filter(KomponenSakip::isDaun).toList();
    }

    /**
     * The component with a code.
     *
     * @param kode the code, for example {@code "1.a"}, not null
     * @return the component, or empty when no component has that code
     */
    public Optional<KomponenSakip> komponen(String kode) {
        Checks.notNull(kode, "PedomanSakip.komponen kode");
        return getSemuaKomponen().stream().filter(k -> k.getKode().equals(kode)).findFirst();
    }

    @Value.Check
    void check() {
        BigDecimal sum = getKomponen().stream().map(KomponenSakip::getBobot).reduce(BigDecimal.ZERO, BigDecimal::add);
        Checks.check(sum.compareTo(BigDecimal.valueOf(100)) == 0,
                "PedomanSakip \"%s\": the weights (bobot) of the components must add up to 100, was %s", getNama(),
                sum.toPlainString());
        Set<String> kode = new HashSet<>();
        for (KomponenSakip k : getSemuaKomponen()) {
            Checks.check(kode.add(k.getKode()), "PedomanSakip \"%s\": KomponenSakip.kode \"%s\" repeats", getNama(),
                    k.getKode());
        }
        Checks.check(!getNilaiJawaban().isEmpty(), "PedomanSakip \"%s\": nilaiJawaban must not be empty", getNama());
        getNilaiJawaban().forEach((label, faktor) -> Checks.check(
                faktor.signum() >= 0 && faktor.compareTo(BigDecimal.ONE) <= 0,
                "PedomanSakip \"%s\": the factor of answer \"%s\" must be between 0 and 1, was %s", getNama(), label,
                faktor.toPlainString()));
    }

    /**
     * The guideline as text: its name and components.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PedomanSakip[" + getNama() + ", " + getKomponen() + "]";
    }
}
