package io.github.sakip.reviu;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.PerubahanPenyerapan;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.DasarRataRata;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.pengukuran.RumusPengukuran;
import io.github.sakip.tren.RumusKemajuan;
import io.github.sakip.tren.RumusTren;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes any {@link Besaran} of a report from its {@link DataLkjip} with the library's
 * calculators, as a {@link Hitungan} that can be rounded by any policy. {@link ReviuLkjip} checks
 * the printed figures with it; a program that prints a report's tables uses it for the recomputed
 * columns, so tables and findings always agree.
 *
 * <p>Which calculator computes what:
 * <ul>
 *   <li>capaian: {@link RumusCapaian} on the year's target (the Perjanjian Kinerja's for the
 *       report's year, else the Renstra's) and realisasi, exact. A program indicator's capaian from
 *       its raw counts ({@link Rincian}, realisasi {@code a / b x k}) is exact too: every polarity
 *       formula, range targets included, depends on realisasi and target only through their ratio,
 *       so {@code capaian(a / b x k, T) = capaian(a x k, b x T)} and the counts go in whole;</li>
 *   <li>the Pengukuran Kinerja of the report's year: {@link RumusPengukuran} on the Perjanjian
 *       Kinerja and the realisasi of its indicators, whose policies are set as a report prints
 *       each figure: the average capaian of each sasaran and of the agreement by
 *       {@link RataRataCapaian} on the exact capaian ({@link DasarRataRata#EKSAK}), rounded once;
 *       the counts of sasaran tercapai; the penyerapan and efisiensi of each sasaran and the
 *       agency's penyerapan. A year before the report's, which has no Perjanjian Kinerja, is
 *       averaged by the same {@code RataRataCapaian} over the capaian against the Renstra's
 *       targets;</li>
 *   <li>year-over-year ratio and change: {@link RumusTren}; progress toward the Renstra's end
 *       target: {@link RumusKemajuan} on the realisasi up to the year asked;</li>
 *   <li>pagu, realisasi and penyerapan of a program: {@link PosAnggaran} and
 *       {@link RumusPenyerapan}; of a sasaran and of the agency: the measurement's; efficiency
 *       and the unspent share: the measurement's {@link RumusEfisiensi}, whose inputs are
 *       percentages as a report prints them, here the sasaran's capaian and penyerapan rounded by
 *       {@link #getPembulatanMasukan()} (default {@link Pembulatan#STANDAR});</li>
 *   <li>the change of the agency's penyerapan from the year before: {@link PerubahanPenyerapan}, in
 *       percentage points, from this year's penyerapan rounded by {@link #getPembulatanMasukan()}
 *       and the year before's as {@link DataLkjip#getPenyerapanSebelumnya()} states it;</li>
 *   <li>counts: a sasaran is tercapai when the recap of its indicators is
 *       ({@link RekapCapaian#isTercapai()}: the exact mean capaian is 100 or more); a sasaran
 *       none of whose indicators is measured is neither tercapai nor belum tercapai.</li>
 * </ul>
 * A figure whose data are missing (a realisasi "NA", a year before the first) has no
 * {@code Hitungan}; data the calculators refuse (a target of 0) throw their {@link SakipException}:
 * a capaian of the report's year that the formula refuses leaves every figure of the measurement
 * (means, counts, penyerapan and efisiensi of sasaran and agency) uncomputed, the capaian of the
 * other indicators and the programs' figures computed.
 *
 * <p>The figures of each table are computed by their own package-private class:
 * {@code HitunganIndikator} (an indicator's), {@code HitunganIndikatorProgram} (a program
 * indicator's), {@code HitunganPengukuran} (the means and counts of the Pengukuran Kinerja),
 * {@code HitunganAnggaran} (the budget); {@code OpsiPerhitungan} and {@code RentangPresisi}
 * give the other policies and the precision a reviu weighs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerhitunganLkjip {

    private final DataLkjip data;
    private final RumusCapaian rumusCapaian;
    private final Pembulatan pembulatanMasukan;
    private final HitunganIndikator indikator;
    private final HitunganIndikatorProgram indikatorProgram;
    private final HitunganPengukuran pengukuran;
    private final HitunganAnggaran anggaran;

    private PerhitunganLkjip(DataLkjip data, RumusCapaian rumusCapaian, Pembulatan pembulatanMasukan) {
        this.data = data;
        this.rumusCapaian = rumusCapaian;
        this.pembulatanMasukan = pembulatanMasukan;
        this.indikator = new HitunganIndikator(data, rumusCapaian, pembulatanMasukan);
        this.indikatorProgram = new HitunganIndikatorProgram(indikator);
        this.pengukuran = new HitunganPengukuran(indikator);
        this.anggaran = new HitunganAnggaran(indikator, pengukuran);
    }

    /**
     * Recomputes from a report's data with the default policies: {@link RumusCapaian#standar()}
     * and inputs of the efficiency rounded by {@link Pembulatan#STANDAR}.
     *
     * @param data the report's data, not null
     * @return the calculator, never null
     * @throws SakipException when the data are null
     */
    public static PerhitunganLkjip of(DataLkjip data) {
        Checks.notNull(data, "PerhitunganLkjip.data");
        return new PerhitunganLkjip(data, RumusCapaian.standar().withVarianNegatif(
                data.getKebijakan().getVarianNegatifEfektif()), Pembulatan.STANDAR);
    }

    /**
     * A copy that computes capaian with another formula policy, for example
     * {@code VarianNegatif.RASIO} for an agency that divides target by realisasi. Its rounding
     * is used only for the capaian that go into an efficiency.
     *
     * @param rumus the capaian calculator, not null
     * @return the copy, never null
     * @throws SakipException when the argument is null
     */
    public PerhitunganLkjip withRumusCapaian(RumusCapaian rumus) {
        return new PerhitunganLkjip(data, Checks.notNull(rumus, "PerhitunganLkjip.rumusCapaian"), pembulatanMasukan);
    }

    /**
     * The report's data.
     *
     * @return the data, never null
     */
    public DataLkjip getData() {
        return data;
    }

    /**
     * How the capaian and penyerapan that go into an efficiency are rounded, as a report prints
     * them.
     *
     * @return the rounding, never null
     */
    public Pembulatan getPembulatanMasukan() {
        return pembulatanMasukan;
    }

    /**
     * Recomputes a quantity.
     *
     * @param besaran the quantity, referring to this report's data, not null
     * @return the figure, or empty when the data to compute it are missing
     * @throws SakipException when the argument is null or a calculator refuses the data
     */
    public Optional<Hitungan> hitung(Besaran besaran) {
        Checks.notNull(besaran, "PerhitunganLkjip besaran");
        JenisBesaran jenis = besaran.getJenis();
        return switch (jenis.getRujukan()) {
            case INDIKATOR -> indikator.hitung(jenis, besaran.getIndikator().get(), besaran.getTahun().get());
            case INDIKATOR_PROGRAM -> indikatorProgram.hitung(jenis, besaran.getIndikatorProgram().get());
            case PROGRAM -> anggaran.program(jenis, besaran.getProgram().get());
            case SASARAN -> jenis == JenisBesaran.RATA_RATA_CAPAIAN_SASARAN
                    ? pengukuran.rataRataSasaran(besaran.getSasaran().get())
                    : anggaran.sasaran(jenis, besaran.getSasaran().get());
            case LAPORAN -> laporan(jenis, besaran.getTahun().orElse(data.getTahun()));
        };
    }

    private Optional<Hitungan> laporan(JenisBesaran jenis, Tahun tahun) {
        return switch (jenis) {
            case JUMLAH_CAPAIAN, RATA_RATA_CAPAIAN, JUMLAH_SASARAN, JUMLAH_SASARAN_TERCAPAI,
                    JUMLAH_SASARAN_BELUM_TERCAPAI -> pengukuran.hitung(jenis, tahun);
            case JUMLAH_INDIKATOR_PROGRAM, JUMLAH_INDIKATOR_PROGRAM_TERCAPAI -> indikatorProgram.jumlah(jenis);
            default -> anggaran.laporan(jenis);
        };
    }

    /**
     * The target of an indicator for a year: the Perjanjian Kinerja's for the report's year, else
     * the Renstra's.
     *
     * @param indikator the indicator, not null
     * @param tahun the year, not null
     * @return the target, or empty when neither gives one
     */
    public Optional<Target> target(Indikator indikator, Tahun tahun) {
        return this.indikator.target(indikator, tahun);
    }

    /**
     * The capaian of an indicator in a year.
     *
     * @param indikator the indicator, not null
     * @param tahun the year, not null
     * @return the capaian, or empty when the target or the realisasi is missing
     * @throws SakipException when the formula refuses the data
     */
    public Optional<Capaian> capaian(Indikator indikator, Tahun tahun) {
        return this.indikator.capaian(indikator, tahun);
    }

    /**
     * The capaian of a program indicator from its printed realisasi.
     *
     * @param ip the program indicator, not null
     * @return the capaian, or empty when not measured
     * @throws SakipException when the formula refuses the data
     */
    public Optional<Capaian> capaian(IndikatorProgram ip) {
        return indikatorProgram.capaian(ip);
    }

    /**
     * The capaian of a program indicator from the raw counts behind its realisasi: for 588 Linmas
     * in 679 RT against a target ratio of 0,65, {@code 588 / (679 x 0.65) x 100} = 133,23, where
     * the printed ratio 0,87 gives 133,85.
     *
     * @param ip the program indicator, not null
     * @return the capaian, or empty when the report states no counts
     * @throws SakipException when the formula refuses the data
     */
    public Optional<Capaian> capaianRincian(IndikatorProgram ip) {
        return indikatorProgram.capaianRincian(ip);
    }

    /**
     * The recap of a sasaran's indicators in the report's year, the sasaran's part of the
     * {@link RumusPengukuran} measurement with the default averaging; an indicator without
     * realisasi ("NA") is tidak terukur, left out of the mean and counted apart.
     *
     * @param sasaran a sasaran of the Perjanjian Kinerja, not null
     * @return the recap, never null
     * @throws SakipException when the sasaran is not in the agreement, or the formula refuses a
     *     capaian of the report's year
     */
    public RekapCapaian rekap(Sasaran sasaran) {
        return pengukuran.rekap(sasaran);
    }

    /**
     * The efficiency of a sasaran as Tabel 3.4 computes it, from its capaian (the recap's mean) and
     * penyerapan rounded by {@link #getPembulatanMasukan()}: the {@link RumusPengukuran}
     * measurement's under those roundings.
     *
     * @param sasaran a sasaran of the Perjanjian Kinerja, not null
     * @return the efficiency, or empty when the capaian or the penyerapan is missing
     * @throws SakipException when the sasaran is not in the agreement, or the formula refuses a
     *     capaian of the report's year
     */
    public Optional<Efisiensi> efisiensi(Sasaran sasaran) {
        return anggaran.efisiensi(sasaran);
    }

    /**
     * The change of the agency's penyerapan from the year before, in percentage points, as a report
     * states it: from this year's penyerapan rounded by {@link #getPembulatanMasukan()} and the year
     * before's as the data give it. Klojen 2021: 92,57 - 96,30 = -3,73, "turun sebesar 3,73%".
     *
     * @return the change, or empty when the data give no penyerapan of the year before, or a
     *     program's realisasi is not reported
     * @throws SakipException when the formula refuses a capaian of the report's year
     */
    public Optional<PerubahanPenyerapan> perubahanPenyerapan() {
        return anggaran.perubahanPenyerapan();
    }

    /**
     * The budget node of a sasaran: its programs' pagu and realisasi.
     *
     * @param sasaran a sasaran of the Perjanjian Kinerja, not null
     * @return the node, or empty when a program's realisasi is not reported
     * @throws SakipException when the sasaran is not in the agreement
     */
    public Optional<PosAnggaran> pos(Sasaran sasaran) {
        return anggaran.pos(sasaran);
    }

    /**
     * The budget node of the agency.
     *
     * @return the node, or empty when a program's realisasi is not reported
     */
    public Optional<PosAnggaran> posInstansi() {
        return anggaran.posInstansi();
    }

    /** The other legitimate ways to compute a printed capaian or mean ({@link OpsiPerhitungan}). */
    List<Opsi> opsi(Besaran besaran) {
        return new OpsiPerhitungan(indikator, indikatorProgram, pengukuran).opsi(besaran);
    }

    /** The values a printed figure can stand for by the precision of its inputs ({@link RentangPresisi}). */
    Optional<Rentang> rentang(Besaran besaran, int skala) {
        return new RentangPresisi(indikator, indikatorProgram).rentang(besaran, skala);
    }

    /**
     * The policies as text.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "PerhitunganLkjip[" + data + ", " + rumusCapaian + ", masukan " + pembulatanMasukan + "]";
    }
}
