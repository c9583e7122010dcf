package io.github.sakip.pengukuran;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.sakip.internal.Checks;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Tahun;
import io.github.sakip.predikat.Predikat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The Pengukuran Kinerja (performance measurement) of a year: every sasaran of the Perjanjian
 * Kinerja with its indicators' capaian, predikat and tercapai, its mean and counts, its budget,
 * penyerapan and efisiensi; and the agreement's overall mean (by the calculator's
 * {@link RataRataKeseluruhan} policy), counts and budget. Made by {@link RumusPengukuran#hitung};
 * carries the calculator, so a screen can show which policies produced it.
 *
 * <p>Example, the Klojen LKjIP 2021 (Tabel 3.1 and the budget table of Bab III.B), with capaian
 * truncated as the report does ({@code RoundingMode.DOWN}): capaian 109,73, 93,29 and 140,57,
 * {@link #getRataRata()} 114.53% ("Rata-rata capaian 114,53 %"), {@link #getJumlahIndikatorTercapai()}
 * 2, {@link #getJumlahSasaranTercapai()} 2, pagu Rp 40.353.401.000, realisasi Rp 37.354.300.278,
 * penyerapan 92.57%.
 *
 * <p>JSON (docs/json.md): {@code {"tahun":2021,"sasaran":[...],"rumus":{...},"rataRata":"114.53",
 * "predikat":{...},"pagu":"...","penyerapan":{...},"jumlahIndikator":6,...}}: read back by recomputing
 * with its {@code rumus} from its sasaran's inputs (each without the shared {@code rumus}); the overall
 * figures and counts are written for readers.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
@JsonIgnoreProperties(value = {"rataRata", "predikat", "penyerapan", "pagu", "jumlahIndikator",
    "jumlahIndikatorTercapai", "jumlahIndikatorBelumTercapai", "jumlahIndikatorTidakTerukur", "jumlahSasaranTercapai",
    "jumlahSasaranBelumTercapai", "jumlahSasaranTidakTerukur"}, allowGetters = true)
@JsonPropertyOrder({"tahun", "sasaran", "rumus", "rataRata", "predikat", "pagu", "penyerapan", "jumlahIndikator",
    "jumlahIndikatorTercapai", "jumlahIndikatorBelumTercapai", "jumlahIndikatorTidakTerukur", "jumlahSasaranTercapai",
    "jumlahSasaranBelumTercapai", "jumlahSasaranTidakTerukur"})
public abstract class PengukuranKinerja extends HasilPengukuran {

    PengukuranKinerja() {
    }

    /**
     * The year measured: the Perjanjian Kinerja's.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The sasaran, in the agreement's order.
     *
     * @return an unmodifiable list, at least one, never null
     */
    @JsonProperty("sasaran")
    @JsonIgnoreProperties("rumus")
    public abstract List<PengukuranSasaran> getSasaran();

    /**
     * Reads a measurement back by recomputing it with its calculator from its sasaran's inputs,
     * checked as the Perjanjian Kinerja they come from (the year of every target, no sasaran twice,
     * no indicator code twice).
     */
    @JsonCreator
    static PengukuranKinerja json(@JsonProperty("tahun") Tahun tahun,
            @JsonProperty("sasaran") List<SasaranDibaca> sasaran, @JsonProperty("rumus") RumusPengukuran rumus) {
        return SasaranDibaca.hitung(tahun, sasaran, Checks.notNull(rumus, "PengukuranKinerja.rumus"));
    }

    /**
     * The overall recap: of every indicator, or of the sasaran's means, as
     * {@link RumusPengukuran#getRataRataKeseluruhan()} says.
     *
     * @return the recap, never null
     */
    @Override
    public abstract RekapCapaian getRekap();

    /**
     * The predikat of the overall mean on the calculator's scale.
     *
     * @return the predikat, or empty when no indicator is measured
     */
    @Override
    public abstract Optional<Predikat> getPredikat();

    /**
     * The agency's budget: total pagu and realisasi of every program and the penyerapan.
     *
     * @return the penyerapan, or empty when a program's realisasi anggaran is not reported
     */
    @Override
    public abstract Optional<Penyerapan> getPenyerapan();

    /**
     * The total budget ceiling of every program, exact.
     *
     * @return the sum, never null
     */
    @Override
    public abstract Rupiah getPagu();

    /**
     * The calculator, with its policies, that produced this measurement.
     *
     * @return the calculator, never null
     */
    @Override
    public abstract RumusPengukuran getRumus();

    /**
     * The lines of every indicator, sasaran by sasaran.
     *
     * @return an unmodifiable list, never null
     */
    public List<PengukuranIndikator> getIndikator() {
        return getSasaran().stream().flatMap(s -> s.getIndikator().stream()).toList();
    }

    /**
     * The number of indicators of the agreement.
     *
     * @return the count, at least one
     */
    @JsonProperty("jumlahIndikator")
    public int getJumlahIndikator() {
        return getIndikator().size();
    }

    /**
     * The number of indicators whose target is met.
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahIndikatorTercapai")
    public int getJumlahIndikatorTercapai() {
        return jumlahIndikator(PengukuranIndikator::isTercapai);
    }

    /**
     * The number of measured indicators whose target is not met.
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahIndikatorBelumTercapai")
    public int getJumlahIndikatorBelumTercapai() {
        return jumlahIndikator(i -> i.isTerukur() && !i.isTercapai());
    }

    /**
     * The number of indicators without realisasi (tidak terukur).
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahIndikatorTidakTerukur")
    public int getJumlahIndikatorTidakTerukur() {
        return jumlahIndikator(i -> !i.isTerukur());
    }

    /**
     * The number of sasaran that are tercapai ({@link PengukuranSasaran#isTercapai()}).
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahSasaranTercapai")
    public int getJumlahSasaranTercapai() {
        return jumlahSasaran(PengukuranSasaran::isTercapai);
    }

    /**
     * The number of measured sasaran that are not tercapai.
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahSasaranBelumTercapai")
    public int getJumlahSasaranBelumTercapai() {
        return jumlahSasaran(s -> s.isTerukur() && !s.isTercapai());
    }

    /**
     * The number of sasaran none of whose indicators was measured.
     *
     * @return the count, zero or more
     */
    @JsonProperty("jumlahSasaranTidakTerukur")
    public int getJumlahSasaranTidakTerukur() {
        return jumlahSasaran(s -> !s.isTerukur());
    }

    private int jumlahIndikator(Predicate<PengukuranIndikator> which) {
        return (int) getIndikator().stream().filter(which).count();
    }

    private int jumlahSasaran(Predicate<PengukuranSasaran> which) {
        return (int) getSasaran().stream().filter(which).count();
    }

    /**
     * The measurement as text, for example
     * {@code PengukuranKinerja[2021: rata-rata 114.53%, 2 of 3 indikator tercapai, 0 tidak terukur,
     * penyerapan 92.57%]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PengukuranKinerja[" + getTahun() + ": rata-rata " + getRataRata().map(Persen::toString).orElse("-")
                + ", " + getJumlahIndikatorTercapai() + " of " + getJumlahIndikator() + " indikator tercapai, "
                + getJumlahIndikatorTidakTerukur() + " tidak terukur, penyerapan "
                + getPenyerapan().flatMap(Penyerapan::getPersen).map(Persen::toString).orElse("-") + "]";
    }
}
