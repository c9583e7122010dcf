package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.anggaran.TingkatPos;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A row of a budget table as a report prints it, Program &gt; Kegiatan &gt; Sub kegiatan: its level,
 * name, and the pagu, realisasi (Rupiah) and penyerapan (percent) it prints, each possibly blank
 * (a program row that prints only a percentage, a table without amounts). A row's parts are the
 * rows of lower levels that follow it ({@link PemeriksaanAnggaran}).
 *
 * <p>Example, a provincial secretariat's table: {@code BarisAnggaranDicetak.of("Tabel 3.6",
 * "Program Penunjang Urusan Pemerintahan Daerah Provinsi", TingkatPos.PROGRAM, null, null,
 * new BigDecimal("88.6"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class BarisAnggaranDicetak {

    BarisAnggaranDicetak() {
    }

    /**
     * The table, for example {@code Tabel 3.6}.
     *
     * @return the table, not blank, never null
     */
    @JsonProperty("tabel")
    public abstract String getTabel();

    /**
     * The row's name as printed, with its code when printed.
     *
     * @return the name, not blank, never null
     */
    @JsonProperty("nama")
    public abstract String getNama();

    /**
     * The level: {@link TingkatPos#PROGRAM}, {@link TingkatPos#KEGIATAN} or {@link TingkatPos#SUB_KEGIATAN}.
     *
     * @return the level, never null
     */
    @JsonProperty("tingkat")
    public abstract TingkatPos getTingkat();

    /**
     * The pagu printed, in Rupiah.
     *
     * @return the pagu, or empty when the cell is blank
     */
    public abstract Optional<BigDecimal> getPagu();

    /**
     * The realisasi printed, in Rupiah.
     *
     * @return the realisasi, or empty when the cell is blank
     */
    public abstract Optional<BigDecimal> getRealisasi();

    /**
     * The penyerapan printed, in percent.
     *
     * @return the percentage, or empty when the cell is blank
     */
    public abstract Optional<BigDecimal> getPersen();

    /**
     * Obtains a row.
     *
     * @param tabel the table, not blank
     * @param nama the row's name, not blank
     * @param tingkat the level, program, kegiatan or sub kegiatan, not null
     * @param pagu the pagu printed, or null when blank; zero or more
     * @param realisasi the realisasi printed, or null when blank; zero or more
     * @param persen the percentage printed, or null when blank
     * @return the row, never null
     * @throws SakipException when a required argument is null or blank, the level is above program,
     *     an amount is negative or a number too long
     */
    public static BarisAnggaranDicetak of(String tabel, String nama, TingkatPos tingkat,
            @Nullable BigDecimal pagu, @Nullable BigDecimal realisasi, @Nullable BigDecimal persen) {
        Checks.notNull(tingkat, "BarisAnggaranDicetak.tingkat");
        Checks.check(tingkat.compareTo(TingkatPos.PROGRAM) <= 0,
                "BarisAnggaranDicetak.tingkat must be PROGRAM, KEGIATAN or SUB_KEGIATAN, was %s", tingkat);
        return ImmutableBarisAnggaranDicetak.of(Checks.notBlank(tabel, "BarisAnggaranDicetak.tabel"),
                Checks.notBlank(nama, "BarisAnggaranDicetak.nama"), tingkat,
                Optional.ofNullable(pagu).map(p -> Checks.notNegative(p, "BarisAnggaranDicetak.pagu")),
                Optional.ofNullable(realisasi).map(r -> Checks.notNegative(r, "BarisAnggaranDicetak.realisasi")),
                Optional.ofNullable(persen).map(x -> Checks.boundedDigits(x, "BarisAnggaranDicetak.persen")));
    }

    /**
     * Where a figure of this row stands.
     *
     * @param kolom the column, for example {@code Pagu}, not blank
     * @return the location, never null
     * @throws SakipException when the column is blank
     */
    public Lokasi lokasi(String kolom) {
        return Lokasi.of(getTabel(), getNama(), kolom);
    }

    /**
     * The number of figures the row prints.
     *
     * @return 0 to 3
     */
    public int getJumlahAngka() {
        return (getPagu().isPresent() ? 1 : 0) + (getRealisasi().isPresent() ? 1 : 0) + (getPersen().isPresent() ? 1 : 0);
    }

    @JsonProperty("pagu")
    @Nullable
    String paguJson() {
        return getPagu().map(BigDecimal::toString).orElse(null);
    }

    @JsonProperty("realisasi")
    @Nullable
    String realisasiJson() {
        return getRealisasi().map(BigDecimal::toString).orElse(null);
    }

    @JsonProperty("persen")
    @Nullable
    String persenJson() {
        return getPersen().map(BigDecimal::toString).orElse(null);
    }

    @JsonCreator
    static BarisAnggaranDicetak json(@JsonProperty("tabel") String tabel, @JsonProperty("nama") String nama,
            @JsonProperty("tingkat") TingkatPos tingkat, @JsonProperty("pagu") @Nullable BigDecimal pagu,
            @JsonProperty("realisasi") @Nullable BigDecimal realisasi,
            @JsonProperty("persen") @Nullable BigDecimal persen) {
        return of(tabel, nama, tingkat, pagu, realisasi, persen);
    }

    /**
     * The row as text, for example {@code PROGRAM Program Penunjang ... (Tabel 3.6)}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getTingkat() + " " + getNama() + " (" + getTabel() + ")";
    }
}
