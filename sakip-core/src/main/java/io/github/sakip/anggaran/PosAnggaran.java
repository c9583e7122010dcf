package io.github.sakip.anggaran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import javax.annotation.Nullable;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Kegiatan;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Program;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.SubKegiatan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A node of a budget tree (pos anggaran): a sub kegiatan, kegiatan, program, bidang urusan, urusan,
 * sasaran or the whole agency, with its pagu and realisasi anggaran and its parts (rincian). The pagu
 * and the realisasi of a node with parts are the exact sums of its parts', to the sen; a node
 * without parts carries its own amounts.
 *
 * <p>Made from the model along the Perjanjian Kinerja links and the nomenclature codes:
 * {@link #of(String, PerjanjianKinerja)} gives the agency, its sasaran, their programs, and (where
 * a program is given by kegiatan) its kegiatan and sub kegiatan; or from flat rows keyed by code by
 * {@link RekapNomenklatur}. Every part must have reported its realisasi: a missing realisasi is an
 * error naming the part, never zero.
 *
 * <p>Example, the Klojen LKjIP 2021 (Tabel 3.4): the sasaran "Meningkatnya kinerja pelayanan
 * perangkat daerah" with programs C, D and E rolls up to pagu Rp 24.078.234.555 and realisasi
 * Rp 21.547.462.883; the agency to Rp 40.353.401.000 and Rp 37.354.300.278.
 *
 * <p>JSON (docs/json.md): {@code {"tingkat":"PROGRAM","kode":"7.01.01","nama":"...","pagu":"...","realisasi":"...",
 * "rincian":[...]}}, {@code kode} and {@code nama} when set; read back by recomputing: a node with parts
 * sums them again (its {@code pagu} and {@code realisasi} are written for readers and ignored on reading),
 * a node without parts keeps its own amounts; the checks of a tree (levels, codes under the parent's)
 * apply to JSON as to Java input.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonPropertyOrder({"tingkat", "kode", "nama", "pagu", "realisasi", "rincian"})
public abstract class PosAnggaran {

    PosAnggaran() {
    }

    /**
     * The level.
     *
     * @return the level, never null
     */
    @JsonProperty("tingkat")
    public abstract TingkatPos getTingkat();

    /**
     * The nomenclature code, of this node's level.
     *
     * @return the code, or empty (always for a sasaran and the agency)
     */
    public abstract Optional<KodeNomenklatur> getKode();

    /**
     * The name.
     *
     * @return the name, not blank, or empty for a node known by its code only
     */
    public abstract Optional<String> getNama();

    /**
     * The budget ceiling: the sum of the parts' when there are parts.
     *
     * @return the amount, zero or more, never null
     */
    @JsonProperty("pagu")
    public abstract Rupiah getPagu();

    /**
     * The spending: the sum of the parts' when there are parts.
     *
     * @return the amount, zero or more, never null
     */
    @JsonProperty("realisasi")
    public abstract Rupiah getRealisasi();

    /**
     * The parts, each of a lower level, coded under this node's code when both have one, no code
     * twice.
     *
     * @return an unmodifiable list, empty for a node with its own amounts, never null
     */
    @JsonProperty("rincian")
    public abstract List<PosAnggaran> getRincian();

    /**
     * Obtains a node with its own amounts, for example a program as an LKjIP prints it.
     *
     * @param tingkat the level, not null
     * @param nama the name, not blank
     * @param pagu the budget ceiling, zero or more, not null
     * @param realisasi the spending, zero or more, not null
     * @return the node, never null
     * @throws SakipException when an argument is null, the name blank or an amount negative
     */
    public static PosAnggaran of(TingkatPos tingkat, String nama, Rupiah pagu,
            Rupiah realisasi) {
        return ImmutablePosAnggaran.of(Checks.notNull(tingkat, "PosAnggaran.tingkat"),
                Optional.empty(), Optional.of(Checks.notBlank(nama, "PosAnggaran.nama")),
                Checks.notNull(pagu, "PosAnggaran.pagu"), Checks.notNull(realisasi, "PosAnggaran.realisasi"),
                List.of());
    }

    /**
     * Obtains a node whose amounts are the sums of its parts, for a grouping of the caller's own.
     *
     * @param tingkat the level, above every part's, not null
     * @param nama the name, not blank
     * @param rincian the parts, possibly none (then both amounts are zero); copied
     * @return the node, never null
     * @throws SakipException when an argument is null, the name blank, a part not of a lower level
     *     or a code repeated
     */
    public static PosAnggaran gabungan(TingkatPos tingkat, String nama,
            List<PosAnggaran> rincian) {
        return gabungan(Checks.notNull(tingkat, "PosAnggaran.tingkat"), Optional.empty(),
                Optional.of(Checks.notBlank(nama, "PosAnggaran.nama")),
                Checks.noNullElements(rincian, "PosAnggaran.rincian"));
    }

    static PosAnggaran gabungan(TingkatPos tingkat, Optional<KodeNomenklatur> kode, Optional<String> nama,
            List<PosAnggaran> rincian) {
        return ImmutablePosAnggaran.of(tingkat, kode, nama, Rupiah.total(rincian.stream().map(PosAnggaran::getPagu)
                .toList()), Rupiah.total(rincian.stream().map(PosAnggaran::getRealisasi).toList()), rincian);
    }

    static PosAnggaran daun(KodeNomenklatur kode, Optional<String> nama, Rupiah pagu, Rupiah realisasi) {
        return ImmutablePosAnggaran.of(TingkatPos.of(kode.getTingkat()), Optional.of(kode), nama, pagu, realisasi,
                List.of());
    }

    /**
     * Obtains the node of a sub kegiatan.
     *
     * @param subKegiatan the sub kegiatan, with its realisasi reported, not null
     * @return the node, never null
     * @throws SakipException when the argument is null or has no realisasi
     */
    public static PosAnggaran of(SubKegiatan subKegiatan) {
        Checks.notNull(subKegiatan, "PosAnggaran subKegiatan");
        RealisasiAnggaran r = subKegiatan.getRealisasi().orElseThrow(() -> new SakipException(String.format(
                "PosAnggaran needs the realisasi anggaran of sub kegiatan %s \"%s\", which is not reported",
                subKegiatan.getKode(), subKegiatan.getNama())));
        return daun(subKegiatan.getKode(), Optional.of(subKegiatan.getNama()), subKegiatan.getPagu().getNilai(),
                r.getNilai());
    }

    /**
     * Obtains the node of a kegiatan, with its sub kegiatan as parts.
     *
     * @param kegiatan the kegiatan, every sub kegiatan with its realisasi, not null
     * @return the node, never null
     * @throws SakipException when the argument is null or a sub kegiatan has no realisasi
     */
    public static PosAnggaran of(Kegiatan kegiatan) {
        Checks.notNull(kegiatan, "PosAnggaran kegiatan");
        return gabungan(TingkatPos.KEGIATAN, Optional.of(kegiatan.getKode()), Optional.of(kegiatan.getNama()),
                kegiatan.getSubKegiatan().stream().map(PosAnggaran::of).toList());
    }

    /**
     * Obtains the node of a program: with its kegiatan as parts when it is given by kegiatan, else
     * with its own pagu and realisasi as an LKjIP prints them.
     *
     * @param program the program, with its realisasi reported (its own, or of every sub kegiatan);
     *     not null
     * @return the node, never null
     * @throws SakipException when the argument is null or a realisasi is not reported
     */
    public static PosAnggaran of(Program program) {
        Checks.notNull(program, "PosAnggaran program");
        Optional<String> nama = Optional.of(program.getNama());
        if (!program.getKegiatan().isEmpty()) {
            return gabungan(TingkatPos.PROGRAM, program.getKode(), nama,
                    program.getKegiatan().stream().map(PosAnggaran::of).toList());
        }
        Rupiah realisasi = program.getTotalRealisasi().orElseThrow(() -> new SakipException(String.format(
                "PosAnggaran needs the realisasi anggaran of program \"%s\", which is not reported",
                program.getNama())));
        return ImmutablePosAnggaran.of(TingkatPos.PROGRAM, program.getKode(), nama, program.getTotalPagu(), realisasi,
                List.of());
    }

    /**
     * Obtains the node of a sasaran with the programs of its Perjanjian Kinerja commitment as parts.
     *
     * @param komitmen the sasaran's commitment, not null
     * @return the node, never null
     * @throws SakipException when the argument is null or a program's realisasi is not reported
     */
    public static PosAnggaran of(KomitmenSasaran komitmen) {
        Checks.notNull(komitmen, "PosAnggaran komitmen");
        return gabungan(TingkatPos.SASARAN, Optional.empty(), Optional.of(komitmen.getSasaran().getNama()),
                komitmen.getProgram().stream().map(PosAnggaran::of).toList());
    }

    /**
     * Obtains the node of an agency with the sasaran of its Perjanjian Kinerja as parts.
     *
     * @param namaPerangkatDaerah the agency's name, for example "Kecamatan Klojen", not blank
     * @param perjanjianKinerja the agreement, not null
     * @return the node, never null
     * @throws SakipException when an argument is null or blank, or a realisasi is not reported
     */
    public static PosAnggaran of(String namaPerangkatDaerah, PerjanjianKinerja perjanjianKinerja) {
        Checks.notBlank(namaPerangkatDaerah, "PosAnggaran.nama");
        Checks.notNull(perjanjianKinerja, "PosAnggaran perjanjianKinerja");
        return gabungan(TingkatPos.PERANGKAT_DAERAH, Optional.empty(), Optional.of(namaPerangkatDaerah),
                perjanjianKinerja.getKomitmen().stream().map(PosAnggaran::of).toList());
    }

    @JsonProperty("kode")
    @Nullable
    KodeNomenklatur kodeJson() {
        return getKode().orElse(null);
    }

    @JsonProperty("nama")
    @Nullable
    String namaJson() {
        return getNama().orElse(null);
    }

    /** Reads a node back: its parts summed again when it has parts, else its own amounts, checked as Java input. */
    @JsonCreator
    static PosAnggaran json(@JsonProperty("tingkat") TingkatPos tingkat,
            @JsonProperty("kode") @Nullable KodeNomenklatur kode, @JsonProperty("nama") @Nullable String nama,
            @JsonProperty("pagu") @Nullable Rupiah pagu, @JsonProperty("realisasi") @Nullable Rupiah realisasi,
            @JsonProperty("rincian") @Nullable List<PosAnggaran> rincian) {
        Checks.notNull(tingkat, "PosAnggaran.tingkat");
        if (rincian != null && !rincian.isEmpty()) {
            return gabungan(tingkat, Optional.ofNullable(kode), Optional.ofNullable(nama),
                    Checks.noNullElements(rincian, "PosAnggaran.rincian"));
        }
        return ImmutablePosAnggaran.of(tingkat, Optional.ofNullable(kode), Optional.ofNullable(nama),
                Checks.notNull(pagu, "PosAnggaran.pagu"), Checks.notNull(realisasi, "PosAnggaran.realisasi"),
                List.of());
    }

    /**
     * The unspent budget (sisa anggaran): pagu - realisasi, exact; negative when overspent.
     *
     * @return the amount, never null
     */
    public Rupiah getSisa() {
        return getPagu().minus(getRealisasi());
    }

    /**
     * How the node reads in a table: its name, else its code.
     *
     * @return the name or the code, never null
     */
    public String getUraian() {
        return getNama().orElseGet(() -> getKode().get().toString());
    }

    /**
     * This node and all its parts, depth first, each node before its parts: to compute
     * penyerapan at every level.
     *
     * @return an unmodifiable list, never null
     */
    public List<PosAnggaran> getSemua() {
        List<PosAnggaran> all = new ArrayList<>();
        tambah(this, all);
        return List.copyOf(all);
    }

    private static void tambah(PosAnggaran pos, List<PosAnggaran> all) {
        all.add(pos);
        pos.getRincian().forEach(p -> tambah(p, all));
    }

    /**
     * The node of a code in this tree.
     *
     * @param kode the code, not null
     * @return the node, or empty when no node has that code
     */
    public Optional<PosAnggaran> cari(KodeNomenklatur kode) {
        Checks.notNull(kode, "PosAnggaran.cari kode");
        return getSemua().stream().filter(p -> p.getKode().filter(kode::equals).isPresent()).findFirst();
    }

    @Value.Check
    void check() {
        Checks.check(getKode().isPresent() || getNama().isPresent(),
                "PosAnggaran of level %s must have a code (kode) or a name (nama)", getTingkat());
        getNama().ifPresent(n -> Checks.notBlank(n, "PosAnggaran.nama"));
        getKode().ifPresent(k -> Checks.check(TingkatPos.of(k.getTingkat()) == getTingkat(),
                "PosAnggaran of level %s must have a code of that level, was %s", getTingkat(), k));
        // the uraian is text built from the code: made only for a message that is thrown
        if (getPagu().isNegative()) {
            Checks.check(false, "PosAnggaran.pagu of \"%s\" must be >= 0, was %s", getUraian(), getPagu());
        }
        if (getRealisasi().isNegative()) {
            Checks.check(false, "PosAnggaran.realisasi of \"%s\" must be >= 0, was %s", getUraian(),
                    getRealisasi());
        }
        Set<KodeNomenklatur> codes = new HashSet<>();
        for (PosAnggaran p : getRincian()) {
            if (p.getTingkat().compareTo(getTingkat()) >= 0) {
                Checks.check(false,
                        "PosAnggaran \"%s\" of level %s must have parts of lower levels, had \"%s\" of level %s",
                        getUraian(), getTingkat(), p.getUraian(), p.getTingkat());
            }
            p.getKode().ifPresent(k -> {
                if (!codes.add(k)) {
                    Checks.check(false, "PosAnggaran \"%s\" must not repeat part code %s", getUraian(), k);
                }
                getKode().ifPresent(own -> Checks.check(own.isIndukDari(k),
                        "PosAnggaran %s: part %s must be coded under it", own, k));
            });
        }
    }

    /**
     * The node as text, for example
     * {@code PosAnggaran[PROGRAM 7.01.01 Program ..., pagu Rp 418601325.00, realisasi Rp 395246192.00]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PosAnggaran[" + getTingkat() + getKode().map(k -> " " + k).orElse("")
                + getNama().map(n -> " " + n).orElse("") + ", pagu " + getPagu() + ", realisasi " + getRealisasi()
                + (getRincian().isEmpty() ? "" : ", " + getRincian().size() + " rincian") + "]";
    }
}
