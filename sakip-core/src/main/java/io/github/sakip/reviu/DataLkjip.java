package io.github.sakip.reviu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.SakipException;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Tahun;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * What a reviu of an LKjIP reads: the report's data as the library's model holds it, and every
 * figure the report prints with where it is printed and what it stands for.
 *
 * <ul>
 *   <li>{@link #getRenstra()}: the indicators with their targets per year (Tabel 2.3 of the Klojen
 *       LKjIP 2021) and realisasi per year (Tabel 3.2), including years before the report's;</li>
 *   <li>{@link #getPerjanjianKinerja()}: the year's sasaran, their indicators and targets, and
 *       their programs with pagu and realisasi anggaran (Tabel 2.4 and the budget table);</li>
 *   <li>{@link #getIndikatorProgram()}: the programs' own indicators (Tabel 3.4,
 *       Keberhasilan/Kegagalan);</li>
 *   <li>{@link #getDicetak()}: the printed figures, data and derived alike, from tables and text;</li>
 *   <li>{@link #getTerbilang()}: numbers printed with their words;</li>
 *   <li>{@link #getPenyerapanSebelumnya()}: the penyerapan of the whole budget the year before,
 *       which a report states as a percentage without that year's pagu or realisasi (Klojen, Bab
 *       IV.A: "realisasi belanja pada tahun 2020 yang tercatat 96,30%").</li>
 * </ul>
 * {@link ReviuLkjip} checks the printed figures against the data.
 *
 * <p>Invariants: the agreement is of the report's year, the Renstra's period holds that year, and
 * every printed figure refers to an indicator, program, sasaran or program indicator of this data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class DataLkjip {

    DataLkjip() {
    }

    /**
     * The agency, for example {@code Kecamatan Klojen Kota Malang}.
     *
     * @return the agency's name, not blank, never null
     */
    @JsonProperty("instansi")
    public abstract String getInstansi();

    /**
     * The year reported on.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The Renstra: indicators with targets and realisasi per year.
     *
     * @return the Renstra, never null
     */
    @JsonProperty("renstra")
    public abstract Renstra getRenstra();

    /**
     * The year's Perjanjian Kinerja: sasaran, targets, programs with their budget.
     *
     * @return the agreement, never null
     */
    @JsonProperty("perjanjianKinerja")
    public abstract PerjanjianKinerja getPerjanjianKinerja();

    /**
     * The programs' indicators, in the order printed.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("indikatorProgram")
    public abstract List<IndikatorProgram> getIndikatorProgram();

    /**
     * The printed figures, in the order of the report.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("dicetak")
    public abstract List<AngkaDicetak> getDicetak();

    /**
     * Numbers printed with their words.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("terbilang")
    public abstract List<TerbilangDicetak> getTerbilang();

    /**
     * The penyerapan of the whole budget in the year before the report's, in percent, as the report
     * states it (96,30 in the Klojen LKjIP 2021), against which this year's penyerapan is compared
     * in percentage points ({@link JenisBesaran#PERUBAHAN_PENYERAPAN_TOTAL}).
     *
     * @return the percentage, zero or more, or empty when the report does not state it
     */
    public abstract Optional<Persen> getPenyerapanSebelumnya();

    /**
     * The policies the report declares (its cap on capaian, rounding, formula for lower-is-better
     * indicators, rating scale); {@link KebijakanLaporan#standar()} when it declares none.
     *
     * @return the policies, never null
     */
    public abstract KebijakanLaporan getKebijakan();

    /**
     * The rows of the budget tables the report prints with their Program &gt; Kegiatan &gt; Sub
     * kegiatan breakdown, in the order printed; empty when it prints none.
     *
     * @return an unmodifiable list, never null
     */
    @JsonProperty("anggaranDicetak")
    public abstract List<BarisAnggaranDicetak> getAnggaranDicetak();

    /**
     * The raw counts behind an indicator's realisasi of the report's year, as the report states
     * them ("6 dari 9 desa", "51 kasus dari 5.350 kelahiran hidup" per 1.000): the reviu checks the
     * printed realisasi against them and tries the capaian computed from them.
     *
     * @return an unmodifiable map, never null
     */
    public abstract Map<Indikator, Rincian> getRincian();

    /**
     * Obtains a report's data.
     *
     * @param instansi the agency, not blank
     * @param tahun the year reported on, not null
     * @param renstra the Renstra, not null
     * @param perjanjianKinerja the year's agreement, not null
     * @param indikatorProgram the programs' indicators, not null, no null element; copied
     * @param dicetak the printed figures, not null, no null element; copied
     * @param terbilang numbers printed with words, not null, no null element; copied
     * @return the data, without the year before's penyerapan, never null
     * @throws SakipException when an argument is null, or an invariant does not hold
     */
    public static DataLkjip of(String instansi, Tahun tahun, Renstra renstra,
            PerjanjianKinerja perjanjianKinerja, List<IndikatorProgram> indikatorProgram,
            List<AngkaDicetak> dicetak, List<TerbilangDicetak> terbilang) {
        return ImmutableDataLkjip.of(Checks.notBlank(instansi, "DataLkjip.instansi"),
                Checks.notNull(tahun, "DataLkjip.tahun"), Checks.notNull(renstra, "DataLkjip.renstra"),
                Checks.notNull(perjanjianKinerja, "DataLkjip.perjanjianKinerja"),
                Checks.noNullElements(indikatorProgram, "DataLkjip.indikatorProgram"),
                Checks.noNullElements(dicetak, "DataLkjip.dicetak"),
                Checks.noNullElements(terbilang, "DataLkjip.terbilang"), Optional.empty(), KebijakanLaporan.standar(),
                List.of(), Map.of());
    }

    /**
     * A copy with the penyerapan of the whole budget in the year before, as the report states it:
     * {@code data.withPenyerapanSebelumnya(Persen.of(new BigDecimal("96.30")))} for the Klojen
     * LKjIP 2021.
     *
     * @param penyerapan the year before's penyerapan in percent, zero or more, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null or negative
     */
    public DataLkjip withPenyerapanSebelumnya(Persen penyerapan) {
        Checks.notNull(penyerapan, "DataLkjip.penyerapanSebelumnya");
        return ImmutableDataLkjip.of(getInstansi(), getTahun(), getRenstra(), getPerjanjianKinerja(),
                getIndikatorProgram(), getDicetak(), getTerbilang(), Optional.of(penyerapan), getKebijakan(),
                getAnggaranDicetak(), getRincian());
    }

    /**
     * A copy with the policies the report declares, for example a cap of capaian at 100:
     * {@code data.withKebijakan(KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.SERATUS))}.
     *
     * @param kebijakan the declared policies, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public DataLkjip withKebijakan(KebijakanLaporan kebijakan) {
        return ImmutableDataLkjip.of(getInstansi(), getTahun(), getRenstra(), getPerjanjianKinerja(),
                getIndikatorProgram(), getDicetak(), getTerbilang(), getPenyerapanSebelumnya(),
                Checks.notNull(kebijakan, "DataLkjip.kebijakan"), getAnggaranDicetak(), getRincian());
    }

    /**
     * A copy with the rows of the report's budget tables (Program &gt; Kegiatan &gt; Sub kegiatan).
     *
     * @param baris the rows in the order printed, not null, no null element; copied
     * @return the copy, never null
     * @throws SakipException when the list is null or holds null
     */
    public DataLkjip withAnggaranDicetak(List<BarisAnggaranDicetak> baris) {
        return ImmutableDataLkjip.of(getInstansi(), getTahun(), getRenstra(), getPerjanjianKinerja(),
                getIndikatorProgram(), getDicetak(), getTerbilang(), getPenyerapanSebelumnya(), getKebijakan(),
                Checks.noNullElements(baris, "DataLkjip.anggaranDicetak"), getRincian());
    }

    /**
     * A copy with the raw counts behind realisasi of the report's year, for example
     * {@code Map.of(desaBerkembang, Rincian.of(6, 9, 100))} for a realisasi printed 66,7 %.
     *
     * @param rincian the counts per indicator, not null, no null key or value; copied
     * @return the copy, never null
     * @throws SakipException when the map is null, holds null, or names an indicator not in the data
     */
    public DataLkjip withRincian(Map<Indikator, Rincian> rincian) {
        Checks.notNull(rincian, "DataLkjip.rincian");
        rincian.forEach((i, r) -> {
            Checks.notNull(i, "DataLkjip.rincian key");
            Checks.notNull(r, "DataLkjip.rincian of " + i.getNama());
        });
        return ImmutableDataLkjip.of(getInstansi(), getTahun(), getRenstra(), getPerjanjianKinerja(),
                getIndikatorProgram(), getDicetak(), getTerbilang(), getPenyerapanSebelumnya(), getKebijakan(),
                getAnggaranDicetak(), rincian);
    }

    @JsonProperty("penyerapanSebelumnya")
    @Nullable
    Persen penyerapanSebelumnyaJson() {
        return getPenyerapanSebelumnya().orElse(null);
    }

    @JsonProperty("kebijakan")
    @Nullable
    KebijakanLaporan kebijakanJson() {
        return getKebijakan().equals(KebijakanLaporan.standar()) ? null : getKebijakan();
    }

    /** The counts as a list of pairs: an indicator is not a JSON object key. */
    @JsonProperty("rincian")
    List<RincianIndikator> rincianJson() {
        return getRincian().entrySet().stream().map(e -> new RincianIndikator(e.getKey(), e.getValue())).toList();
    }

    /** One entry of {@link #getRincian()} in JSON. */
    record RincianIndikator(@JsonProperty("indikator") Indikator indikator, @JsonProperty("rincian") Rincian rincian) {
    }

    /** Reads the data through the factory and its {@code with} methods; absent later parts are empty. */
    @JsonCreator
    static DataLkjip json(@JsonProperty("instansi") String instansi, @JsonProperty("tahun") Tahun tahun,
            @JsonProperty("renstra") Renstra renstra,
            @JsonProperty("perjanjianKinerja") PerjanjianKinerja perjanjianKinerja,
            @JsonProperty("indikatorProgram") List<IndikatorProgram> indikatorProgram,
            @JsonProperty("dicetak") List<AngkaDicetak> dicetak,
            @JsonProperty("terbilang") List<TerbilangDicetak> terbilang,
            @JsonProperty("penyerapanSebelumnya") @Nullable Persen penyerapanSebelumnya,
            @JsonProperty("kebijakan") @Nullable KebijakanLaporan kebijakan,
            @JsonProperty("anggaranDicetak") @Nullable List<BarisAnggaranDicetak> anggaranDicetak,
            @JsonProperty("rincian") @Nullable List<RincianIndikator> rincian) {
        DataLkjip data = of(instansi, tahun, renstra, perjanjianKinerja, indikatorProgram, dicetak, terbilang);
        if (penyerapanSebelumnya != null) {
            data = data.withPenyerapanSebelumnya(penyerapanSebelumnya);
        }
        Map<Indikator, Rincian> byIndikator = new LinkedHashMap<>();
        for (RincianIndikator r : rincian == null ? List.<RincianIndikator>of() : rincian) {
            Checks.notNull(r, "DataLkjip.rincian element");
            Checks.check(byIndikator.put(Checks.notNull(r.indikator(), "DataLkjip.rincian indikator"),
                    Checks.notNull(r.rincian(), "DataLkjip.rincian of " + r.indikator().getNama())) == null,
                    "DataLkjip.rincian names indicator \"%s\" twice", r.indikator().getNama());
        }
        return data.withKebijakan(kebijakan == null ? KebijakanLaporan.standar() : kebijakan)
                .withAnggaranDicetak(anggaranDicetak == null ? List.of() : anggaranDicetak).withRincian(byIndikator);
    }

    @Value.Check
    void check() {
        getPenyerapanSebelumnya().ifPresent(p -> Checks.check(p.getNilai().signum() >= 0,
                "DataLkjip.penyerapanSebelumnya must be >= 0, was %s", p));
        Checks.check(getPerjanjianKinerja().getTahun().equals(getTahun()),
                "DataLkjip.perjanjianKinerja must be of the report's year %s, was %s", getTahun(),
                getPerjanjianKinerja().getTahun());
        Checks.check(getRenstra().getPeriode().contains(getTahun()),
                "DataLkjip.renstra period %s must hold the report's year %s", getRenstra().getPeriode(), getTahun());
        for (IndikatorProgram ip : getIndikatorProgram()) {
            Checks.check(getPerjanjianKinerja().getProgram().contains(ip.getProgram()),
                    "DataLkjip.indikatorProgram \"%s\" refers to a program not in the Perjanjian Kinerja", ip);
            Checks.check(ip.getTarget().getTahun().equals(getTahun()),
                    "DataLkjip.indikatorProgram \"%s\" must be of the report's year %s, was %s", ip, getTahun(),
                    ip.getTarget().getTahun());
        }
        Set<Indikator> indikator = new HashSet<>(getRenstra().getIndikator());
        indikator.addAll(getPerjanjianKinerja().getIndikator());
        getRincian().keySet().forEach(i -> Checks.check(indikator.contains(i),
                "DataLkjip.rincian refers to indicator \"%s\", which is neither in the Renstra nor in the Perjanjian Kinerja",
                i.getNama()));
        for (AngkaDicetak a : getDicetak()) {
            Besaran b = a.getBesaran();
            b.getIndikator().ifPresent(i -> Checks.check(indikator.contains(i),
                    "DataLkjip.dicetak at %s refers to indicator \"%s\", which is neither in the Renstra nor in the "
                    + "Perjanjian Kinerja", a.getLokasi(), i.getNama()));
            b.getProgram().ifPresent(p -> Checks.check(getPerjanjianKinerja().getProgram().contains(p),
                    "DataLkjip.dicetak at %s refers to program \"%s\", which is not in the Perjanjian Kinerja",
                    a.getLokasi(), p.getNama()));
            b.getSasaran().ifPresent(s -> Checks.check(getPerjanjianKinerja().getSasaran().contains(s),
                    "DataLkjip.dicetak at %s refers to sasaran \"%s\", which is not in the Perjanjian Kinerja",
                    a.getLokasi(), s.getNama()));
            b.getIndikatorProgram().ifPresent(ip -> Checks.check(getIndikatorProgram().contains(ip),
                    "DataLkjip.dicetak at %s refers to program indicator \"%s\", which is not in the data",
                    a.getLokasi(), ip));
        }
    }

    /**
     * The data as text, for example {@code DataLkjip[Kecamatan Klojen Kota Malang 2021, 63 figures]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "DataLkjip[" + getInstansi() + " " + getTahun() + ", " + getDicetak().size() + " figures]";
    }
}
