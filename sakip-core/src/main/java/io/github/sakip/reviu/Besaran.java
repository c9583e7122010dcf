package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Program;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran.Rujukan;
import java.util.Arrays;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * What a printed figure of an LKjIP stands for: a {@link JenisBesaran kind} and the indicator,
 * program indicator, program or sasaran it refers to. Two figures with equal {@code Besaran} are
 * the same quantity, wherever they are printed.
 *
 * <p>Examples from the Klojen LKjIP 2021:
 * <pre>{@code
 * Besaran.indikator(JenisBesaran.CAPAIAN, nilaiSakip, Tahun.of(2021));   // 109,74 in Tabel 3.1
 * Besaran.sasaran(JenisBesaran.EFISIENSI, kinerjaPelayanan);             // 122,56 in Tabel 3.4
 * Besaran.program(JenisBesaran.REALISASI_ANGGARAN, pemberdayaan);        // 15.411.591.203
 * Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI);                 // "hanya 1 (satu)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Besaran {

    Besaran() {
    }

    /**
     * The kind of quantity.
     *
     * @return the kind, never null
     */
    @JsonProperty("jenis")
    public abstract JenisBesaran getJenis();

    /**
     * The indicator, for kinds that refer to {@link Rujukan#INDIKATOR}.
     *
     * @return the indicator, or empty
     */
    public abstract Optional<Indikator> getIndikator();

    /**
     * The year, for kinds that refer to {@link Rujukan#INDIKATOR}.
     *
     * @return the year, or empty
     */
    public abstract Optional<Tahun> getTahun();

    /**
     * The program indicator, for kinds that refer to {@link Rujukan#INDIKATOR_PROGRAM}.
     *
     * @return the program indicator, or empty
     */
    public abstract Optional<IndikatorProgram> getIndikatorProgram();

    /**
     * The program, for kinds that refer to {@link Rujukan#PROGRAM}.
     *
     * @return the program, or empty
     */
    public abstract Optional<Program> getProgram();

    /**
     * The sasaran, for kinds that refer to {@link Rujukan#SASARAN}.
     *
     * @return the sasaran, or empty
     */
    public abstract Optional<Sasaran> getSasaran();

    /**
     * A quantity of an indicator in a year, for example its capaian in 2021.
     *
     * @param jenis a kind that refers to {@link Rujukan#INDIKATOR}, not null
     * @param indikator the indicator, not null
     * @param tahun the year, not null
     * @return the quantity, never null
     * @throws SakipException when an argument is null or the kind refers to something else
     */
    public static Besaran indikator(JenisBesaran jenis, Indikator indikator,
            Tahun tahun) {
        return ImmutableBesaran.of(rujukan(jenis, Rujukan.INDIKATOR), Optional.of(Checks.notNull(indikator,
                "Besaran.indikator")), Optional.of(Checks.notNull(tahun, "Besaran.tahun")), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * A quantity of a program indicator, for example its capaian.
     *
     * @param jenis a kind that refers to {@link Rujukan#INDIKATOR_PROGRAM}, not null
     * @param indikatorProgram the program indicator, not null
     * @return the quantity, never null
     * @throws SakipException when an argument is null or the kind refers to something else
     */
    public static Besaran indikatorProgram(JenisBesaran jenis, IndikatorProgram indikatorProgram) {
        return ImmutableBesaran.of(rujukan(jenis, Rujukan.INDIKATOR_PROGRAM), Optional.empty(), Optional.empty(),
                Optional.of(Checks.notNull(indikatorProgram, "Besaran.indikatorProgram")), Optional.empty(),
                Optional.empty());
    }

    /**
     * A quantity of a program, for example its penyerapan.
     *
     * @param jenis a kind that refers to {@link Rujukan#PROGRAM}, not null
     * @param program the program, not null
     * @return the quantity, never null
     * @throws SakipException when an argument is null or the kind refers to something else
     */
    public static Besaran program(JenisBesaran jenis, Program program) {
        return ImmutableBesaran.of(rujukan(jenis, Rujukan.PROGRAM), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Checks.notNull(program, "Besaran.program")), Optional.empty());
    }

    /**
     * A quantity of a sasaran, for example its efficiency.
     *
     * @param jenis a kind that refers to {@link Rujukan#SASARAN}, not null
     * @param sasaran the sasaran, not null
     * @return the quantity, never null
     * @throws SakipException when an argument is null or the kind refers to something else
     */
    public static Besaran sasaran(JenisBesaran jenis, Sasaran sasaran) {
        return ImmutableBesaran.of(rujukan(jenis, Rujukan.SASARAN), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Checks.notNull(sasaran, "Besaran.sasaran")));
    }

    /**
     * A quantity of the whole report, for example the total pagu.
     *
     * @param jenis a kind that refers to {@link Rujukan#LAPORAN}, not null
     * @return the quantity, never null
     * @throws SakipException when the kind is null or refers to something else
     */
    public static Besaran laporan(JenisBesaran jenis) {
        return ImmutableBesaran.of(rujukan(jenis, Rujukan.LAPORAN), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A quantity of the whole report for a year other than the report's, for example the mean
     * capaian of 2020 that a report of 2021 prints beside its own.
     *
     * @param jenis {@link JenisBesaran#RATA_RATA_CAPAIAN} or {@link JenisBesaran#JUMLAH_CAPAIAN}, not null
     * @param tahun the year, not null
     * @return the quantity, never null
     * @throws SakipException when an argument is null or the kind is not of a year
     */
    public static Besaran laporan(JenisBesaran jenis, Tahun tahun) {
        Checks.notNull(jenis, "Besaran.jenis");
        Checks.check(jenis == JenisBesaran.RATA_RATA_CAPAIAN || jenis == JenisBesaran.JUMLAH_CAPAIAN,
                "Besaran.jenis %s is of the report's year only; RATA_RATA_CAPAIAN and JUMLAH_CAPAIAN have a year", jenis);
        return ImmutableBesaran.of(rujukan(jenis, Rujukan.LAPORAN), Optional.empty(), Optional.of(Checks.notNull(tahun,
                "Besaran.tahun")), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static JenisBesaran rujukan(JenisBesaran jenis, Rujukan rujukan) {
        Checks.notNull(jenis, "Besaran.jenis");
        Checks.check(jenis.getRujukan() == rujukan, "Besaran.jenis %s refers to %s, not to %s", jenis,
                jenis.getRujukan(), rujukan);
        return jenis;
    }

    @JsonProperty("indikator")
    @Nullable
    Indikator indikatorJson() {
        return getIndikator().orElse(null);
    }

    @JsonProperty("tahun")
    @Nullable
    Tahun tahunJson() {
        return getTahun().orElse(null);
    }

    @JsonProperty("indikatorProgram")
    @Nullable
    IndikatorProgram indikatorProgramJson() {
        return getIndikatorProgram().orElse(null);
    }

    @JsonProperty("program")
    @Nullable
    Program programJson() {
        return getProgram().orElse(null);
    }

    @JsonProperty("sasaran")
    @Nullable
    Sasaran sasaranJson() {
        return getSasaran().orElse(null);
    }

    /**
     * Reads a quantity through the factory of its kind's {@link Rujukan}; a part the kind does not
     * refer to is refused, never dropped.
     */
    @JsonCreator
    static Besaran json(@JsonProperty("jenis") JenisBesaran jenis,
            @JsonProperty("indikator") @Nullable Indikator indikator, @JsonProperty("tahun") @Nullable Tahun tahun,
            @JsonProperty("indikatorProgram") @Nullable IndikatorProgram indikatorProgram,
            @JsonProperty("program") @Nullable Program program, @JsonProperty("sasaran") @Nullable Sasaran sasaran) {
        Checks.notNull(jenis, "Besaran.jenis");
        Besaran besaran = switch (jenis.getRujukan()) {
            case INDIKATOR -> indikator(jenis, indikator, tahun);
            case INDIKATOR_PROGRAM -> indikatorProgram(jenis, indikatorProgram);
            case PROGRAM -> program(jenis, program);
            case SASARAN -> sasaran(jenis, sasaran);
            case LAPORAN -> tahun == null ? laporan(jenis) : laporan(jenis, tahun);
        };
        Checks.check(besaran.equals(ImmutableBesaran.of(jenis, Optional.ofNullable(indikator),
                Optional.ofNullable(tahun), Optional.ofNullable(indikatorProgram), Optional.ofNullable(program),
                Optional.ofNullable(sasaran))), "Besaran of kind %s refers to %s only, was given %s", jenis,
                jenis.getRujukan(), Arrays.asList(indikator, tahun, indikatorProgram, program, sasaran));
        return besaran;
    }

    /**
     * The quantity as text, for example {@code CAPAIAN Nilai SAKIP OPD 2021} or
     * {@code EFISIENSI Meningkatnya kinerja pelayanan perangkat daerah}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(getJenis().name());
        getIndikator().ifPresent(i -> text.append(' ').append(i.getNama()));
        getTahun().ifPresent(t -> text.append(' ').append(t));
        getIndikatorProgram().ifPresent(i -> text.append(' ').append(i));
        getProgram().ifPresent(p -> text.append(' ').append(p.getNama()));
        getSasaran().ifPresent(s -> text.append(' ').append(s.getNama()));
        return text.toString();
    }
}
