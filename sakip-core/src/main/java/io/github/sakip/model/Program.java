package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A program (Permendagri 90/2019) with its budget: either as an LKjIP prints it, one pagu and one
 * realisasi for the program, or as the APBD sets it, by kegiatan and sub kegiatan. When both are
 * given they must agree to the sen.
 *
 * <p>Example, the Klojen LKjIP 2021 (Tabel 2.4 and the realisasi anggaran table):
 * <pre>{@code
 * Program p = Program.of("Program Koordinasi Ketentraman dan Ketertiban Umum",
 *         Pagu.of(Tahun.of(2021), Rupiah.of(418_601_325L)))
 *     .withRealisasi(RealisasiAnggaran.of(Tahun.of(2021), Rupiah.of(395_246_192L)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Program {

    Program() {
    }

    /**
     * The code at the program level, for example {@code 7.01.04}, when known.
     *
     * @return the code, or empty
     */
    public abstract Optional<KodeNomenklatur> getKode();

    /**
     * The name.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The program's own budget ceiling, as an LKjIP prints it.
     *
     * @return the pagu, or empty when the budget is given by kegiatan only
     */
    public abstract Optional<Pagu> getPagu();

    /**
     * The program's own spending, as an LKjIP prints it.
     *
     * @return the realisasi anggaran, or empty
     */
    public abstract Optional<RealisasiAnggaran> getRealisasi();

    /**
     * The kegiatan, each coded under this program, no code twice.
     *
     * @return an unmodifiable list, possibly empty, never null
     */
    @JsonProperty("kegiatan")
    public abstract List<Kegiatan> getKegiatan();

    /**
     * Obtains a program with its budget at the program level, as an LKjIP prints it.
     *
     * @param nama the name, not blank
     * @param pagu the budget ceiling, not null
     * @return the program, never null
     * @throws SakipException when an argument is null or the name blank
     */
    public static Program of(String nama, Pagu pagu) {
        return ImmutableProgram.of(Optional.empty(), Checks.notBlank(nama, "Program.nama"),
                Optional.of(Checks.notNull(pagu, "Program.pagu")), Optional.empty(), List.of());
    }

    /**
     * Obtains a program whose budget is that of its kegiatan and sub kegiatan.
     *
     * @param kode the code at the program level, not null
     * @param nama the name, not blank
     * @param kegiatan the kegiatan, at least one, coded under {@code kode}; copied
     * @return the program, never null
     * @throws SakipException when an argument is null, the name blank, the list empty, a code not
     *     under the program's or repeated, or years mixed
     */
    public static Program of(KodeNomenklatur kode, String nama,
            List<Kegiatan> kegiatan) {
        List<Kegiatan> list = Checks.noNullElements(kegiatan, "Program.kegiatan");
        Checks.check(!list.isEmpty(), "Program.kegiatan must not be empty for program %s", kode);
        return ImmutableProgram.of(Optional.of(Checks.notNull(kode, "Program.kode")),
                Checks.notBlank(nama, "Program.nama"), Optional.empty(), Optional.empty(), list);
    }

    /**
     * A copy with the given code.
     *
     * @param kode the code at the program level, not null
     * @return the copy, never null
     * @throws SakipException when the code is null, not a program code, or not an induk of the
     *     kegiatan codes
     */
    public Program withKode(KodeNomenklatur kode) {
        return ImmutableProgram.of(Optional.of(Checks.notNull(kode, "Program.kode")), getNama(), getPagu(),
                getRealisasi(), getKegiatan());
    }

    /**
     * A copy with the program's own budget ceiling, as an LKjIP prints it; when the program has
     * sub kegiatan it must equal the sum of their pagu.
     *
     * @param pagu the budget ceiling, not null
     * @return the copy, never null
     * @throws SakipException when the pagu is null, of another year than the sub kegiatan, or
     *     differs from their sum
     */
    public Program withPagu(Pagu pagu) {
        return ImmutableProgram.of(getKode(), getNama(), Optional.of(Checks.notNull(pagu, "Program.pagu")),
                getRealisasi(), getKegiatan());
    }

    /**
     * A copy with the program's own spending, as an LKjIP prints it; when every sub kegiatan of
     * the program has reported its spending, it must equal the sum of theirs.
     *
     * @param realisasi the spending, of the pagu's year, not null
     * @return the copy, never null
     * @throws SakipException when the realisasi is null, of another year, the program has no
     *     own pagu, or it differs from the sum of its sub kegiatan's realisasi
     */
    public Program withRealisasi(RealisasiAnggaran realisasi) {
        return ImmutableProgram.of(getKode(), getNama(), getPagu(),
                Optional.of(Checks.notNull(realisasi, "Program.realisasi")), getKegiatan());
    }

    /**
     * The sub kegiatan of all kegiatan, in order.
     *
     * @return an unmodifiable list, possibly empty, never null
     */
    public List<SubKegiatan> getSubKegiatan() {
        List<SubKegiatan> all = new ArrayList<>();
        getKegiatan().forEach(k -> all.addAll(k.getSubKegiatan()));
        return List.copyOf(all);
    }

    /**
     * The fiscal year of the budget: of the own pagu, or of the sub kegiatan.
     *
     * @return the year, or empty for a program whose kegiatan have no sub kegiatan
     */
    public Optional<Tahun> getTahun() {
        if (getPagu().isPresent()) {
            return Optional.of(getPagu().get().getTahun());
        }
        return getSubKegiatan().stream().findFirst().map(s -> s.getPagu().getTahun());
    }

    /**
     * The budget ceiling: the own pagu when printed, else the sum of the sub kegiatan's.
     *
     * @return the amount, never null
     */
    public Rupiah getTotalPagu() {
        if (getPagu().isPresent()) {
            return getPagu().get().getNilai();
        }
        return sumOfSubPagu();
    }

    /**
     * The spending: the own realisasi when printed, else the sum of the sub kegiatan's when every
     * one of them has reported.
     *
     * @return the amount, or empty when it is not (fully) reported
     */
    public Optional<Rupiah> getTotalRealisasi() {
        if (getRealisasi().isPresent()) {
            return Optional.of(getRealisasi().get().getNilai());
        }
        return sumOfSubRealisasi();
    }

    private Optional<Rupiah> sumOfSubRealisasi() {
        List<SubKegiatan> subs = getSubKegiatan();
        if (subs.isEmpty() || subs.stream().anyMatch(s -> s.getRealisasi().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(Rupiah.total(subs.stream().map(s -> s.getRealisasi().get().getNilai()).toList()));
    }

    private Rupiah sumOfSubPagu() {
        return Rupiah.total(getSubKegiatan().stream().map(s -> s.getPagu().getNilai()).toList());
    }

    @JsonProperty("kode")
    @Nullable
    KodeNomenklatur kodeJson() {
        return getKode().orElse(null);
    }

    @JsonProperty("pagu")
    @Nullable
    Pagu paguJson() {
        return getPagu().orElse(null);
    }

    @JsonProperty("realisasi")
    @Nullable
    RealisasiAnggaran realisasiJson() {
        return getRealisasi().orElse(null);
    }

    @JsonCreator
    static Program json(@JsonProperty("kode") @Nullable KodeNomenklatur kode, @JsonProperty("nama") String nama,
            @JsonProperty("pagu") @Nullable Pagu pagu, @JsonProperty("realisasi") @Nullable RealisasiAnggaran realisasi,
            @JsonProperty("kegiatan") @Nullable List<Kegiatan> kegiatan) {
        boolean rinci = kegiatan != null && !kegiatan.isEmpty();
        Program p = rinci ? of(kode, nama, kegiatan) : of(nama, pagu);
        p = !rinci && kode != null ? p.withKode(kode) : p;
        p = rinci && pagu != null ? p.withPagu(pagu) : p;
        return realisasi == null ? p : p.withRealisasi(realisasi);
    }

    @Value.Check
    void check() {
        getKode().ifPresent(k -> Checks.check(k.getTingkat() == KodeNomenklatur.Tingkat.PROGRAM,
                "Program.kode must be a program code (3 segments), was %s", k));
        Checks.check(getRealisasi().isEmpty() || getPagu().isPresent(),
                "Program.realisasi of \"%s\" needs the program's own pagu; give spending per sub kegiatan instead",
                getNama());
        getRealisasi().ifPresent(r -> Checks.check(r.getTahun().equals(getPagu().get().getTahun()),
                "Program.realisasi of \"%s\" must be of the pagu's year %s, was %s", getNama(),
                getPagu().get().getTahun(), r.getTahun()));
        checkKegiatan();
    }

    private void checkKegiatan() {
        Set<KodeNomenklatur> codes = new HashSet<>();
        for (Kegiatan k : getKegiatan()) {
            Checks.check(getKode().isPresent() && getKode().get().isIndukDari(k.getKode()),
                    "Program.kegiatan %s must be coded under the program's code %s", k.getKode(),
                    getKode().map(Object::toString).orElse("(none)"));
            Checks.check(codes.add(k.getKode()), "Program.kegiatan must not repeat code %s", k.getKode());
        }
        List<SubKegiatan> subs = getSubKegiatan();
        for (SubKegiatan s : subs) {
            Checks.check(s.getPagu().getTahun().equals(getTahun().get()),
                    "Program.kegiatan must all be of one year %s, sub kegiatan %s is of %s", getTahun().get(),
                    s.getKode(), s.getPagu().getTahun());
        }
        if (getPagu().isPresent() && !subs.isEmpty()) {
            Checks.check(getPagu().get().getNilai().compareTo(sumOfSubPagu()) == 0,
                    "Program.pagu of \"%s\" must equal the sum of its sub kegiatan's pagu %s, was %s", getNama(),
                    sumOfSubPagu(), getPagu().get().getNilai());
        }
        if (getRealisasi().isPresent()) {
            Rupiah own = getRealisasi().get().getNilai();
            sumOfSubRealisasi().ifPresent(sum -> Checks.check(own.compareTo(sum) == 0,
                    "Program.realisasi of \"%s\" must equal the sum of its sub kegiatan's realisasi %s, was %s",
                    getNama(), sum, own));
        }
    }
}
