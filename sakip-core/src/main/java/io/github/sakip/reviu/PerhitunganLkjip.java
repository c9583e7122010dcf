package io.github.sakip.reviu;

import io.github.sakip.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.PerubahanPenyerapan;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.ButirCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.DasarRataRata;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.tren.DeretKinerja;
import io.github.sakip.tren.PerubahanTahunan;
import io.github.sakip.tren.RumusKemajuan;
import io.github.sakip.tren.RumusTren;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

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
 *   <li>the average capaian: {@link RataRataCapaian} over the Perjanjian Kinerja's indicators on
 *       the exact capaian ({@link DasarRataRata#EKSAK}), rounded once;</li>
 *   <li>year-over-year ratio and change: {@link RumusTren}; progress toward the Renstra's end
 *       target: {@link RumusKemajuan} on the realisasi up to the year asked;</li>
 *   <li>pagu and realisasi of a sasaran and of the agency: {@link PosAnggaran}; penyerapan:
 *       {@link RumusPenyerapan}; efficiency and the unspent share: {@link RumusEfisiensi}, whose
 *       inputs are percentages as a report prints them, here the sasaran's capaian and penyerapan
 *       rounded by {@link #getPembulatanMasukan()} (default {@link Pembulatan#STANDAR});</li>
 *   <li>the change of the agency's penyerapan from the year before: {@link PerubahanPenyerapan}, in
 *       percentage points, from this year's penyerapan rounded by {@link #getPembulatanMasukan()}
 *       and the year before's as {@link DataLkjip#getPenyerapanSebelumnya()} states it;</li>
 *   <li>counts: a sasaran is tercapai when the recap of its indicators is
 *       ({@link RekapCapaian#isTercapai()}: the exact mean capaian is 100 or more); a sasaran
 *       none of whose indicators is measured is neither tercapai nor belum tercapai.</li>
 * </ul>
 * A figure whose data are missing (a realisasi "NA", a year before the first) has no
 * {@code Hitungan}; data the calculators refuse (a target of 0) throw their {@link SakipException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerhitunganLkjip {

    private final DataLkjip data;
    private final RumusCapaian rumusCapaian;
    private final Pembulatan pembulatanMasukan;

    private PerhitunganLkjip(DataLkjip data, RumusCapaian rumusCapaian, Pembulatan pembulatanMasukan) {
        this.data = data;
        this.rumusCapaian = rumusCapaian;
        this.pembulatanMasukan = pembulatanMasukan;
    }

    /**
     * Recomputes from a report's data with the default policies: {@link RumusCapaian#standar()}
     * and inputs of the efficiency rounded by {@link Pembulatan#STANDAR}.
     *
     * @param data the report's data, not null
     * @return the calculator, never null
     * @throws SakipException when the data are null
     */
    public static PerhitunganLkjip of(@Nullable DataLkjip data) {
        return new PerhitunganLkjip(Checks.notNull(data, "PerhitunganLkjip.data"), RumusCapaian.standar(),
                Pembulatan.STANDAR);
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
    public PerhitunganLkjip withRumusCapaian(@Nullable RumusCapaian rumus) {
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
        return switch (besaran.getJenis().getRujukan()) {
            case INDIKATOR -> indikator(besaran.getJenis(), besaran.getIndikator().get(), besaran.getTahun().get());
            case INDIKATOR_PROGRAM -> indikatorProgram(besaran.getJenis(), besaran.getIndikatorProgram().get());
            case PROGRAM -> program(besaran.getJenis(), besaran.getProgram().get());
            case SASARAN -> sasaran(besaran.getJenis(), komitmen(besaran.getSasaran().get()));
            case LAPORAN -> laporan(besaran.getJenis());
        };
    }

    private Optional<Hitungan> indikator(JenisBesaran jenis, Indikator i, Tahun tahun) {
        switch (jenis) {
            case TARGET:
                return target(i, tahun).filter(t -> !t.isRentang())
                        .map(t -> Hitungan.eksak(t.getNilai(), "target " + tahun));
            case REALISASI:
                return data.getRenstra().getRealisasi(i, tahun)
                        .map(r -> Hitungan.eksak(r.getNilai(), "realisasi " + tahun));
            case CAPAIAN:
                return capaian(i, tahun).map(PerhitunganLkjip::hitungan);
            case RASIO_TAHUNAN:
                return perubahan(i, tahun).flatMap(PerubahanTahunan::getRasio).map(rasio -> Hitungan.of(
                        p -> perubahan(i, tahun, p).flatMap(PerubahanTahunan::getRasio).get().getNilai(),
                        rumusPerubahan(i, tahun, " / ") + " x 100"));
            case PERUBAHAN_TAHUNAN:
                return perubahan(i, tahun).flatMap(PerubahanTahunan::getSelisih)
                        .map(s -> Hitungan.eksak(s, rumusPerubahan(i, tahun, " - ")));
            case KEMAJUAN_RENSTRA:
                return deretSampai(i, tahun).filter(d -> target(i, data.getRenstra().getPeriode().getAkhir())
                        .isPresent()).map(d -> Hitungan.of(
                        p -> RumusKemajuan.standar().withPembulatan(p).hitung(d).getCapaian().getNilai(),
                        "realisasi " + tahun + " / target " + data.getRenstra().getPeriode().getAkhir() + " x 100"));
            default:
                throw new IllegalStateException(jenis + " does not refer to an indicator");
        }
    }

    private Optional<Hitungan> indikatorProgram(JenisBesaran jenis, IndikatorProgram ip) {
        switch (jenis) {
            case TARGET_PROGRAM:
                return Optional.of(ip.getTarget()).filter(t -> !t.isRentang())
                        .map(t -> Hitungan.eksak(t.getNilai(), "target"));
            case REALISASI_PROGRAM:
                return ip.getRealisasi().map(r -> Hitungan.eksak(r.getNilai(), "realisasi"));
            case CAPAIAN_PROGRAM:
                return capaian(ip).map(PerhitunganLkjip::hitungan);
            default:
                throw new IllegalStateException(jenis + " does not refer to a program indicator");
        }
    }

    private Optional<Hitungan> program(JenisBesaran jenis, Program program) {
        switch (jenis) {
            case PAGU:
                return Optional.of(Hitungan.eksak(program.getTotalPagu().getAmount(), "pagu"));
            case REALISASI_ANGGARAN:
                return program.getTotalRealisasi().map(r -> Hitungan.eksak(r.getAmount(), "realisasi anggaran"));
            case PENYERAPAN:
                return program.getTotalRealisasi().flatMap(r -> penyerapan(PosAnggaran.of(program)));
            default:
                throw new IllegalStateException(jenis + " does not refer to a program");
        }
    }

    private Optional<Hitungan> sasaran(JenisBesaran jenis, KomitmenSasaran k) {
        if (jenis == JenisBesaran.PAGU_SASARAN) {
            BigDecimal pagu = Rupiah.total(k.getProgram().stream().map(Program::getTotalPagu).toList()).getAmount();
            return Optional.of(Hitungan.eksak(pagu, "sum of the pagu of " + k.getProgram().size()
                    + " program(s)"));
        }
        Optional<PosAnggaran> pos = pos(k);
        switch (jenis) {
            case REALISASI_ANGGARAN_SASARAN:
                return pos.map(p -> Hitungan.eksak(p.getRealisasi().getAmount(), "sum of the realisasi of "
                        + k.getProgram().size() + " program(s)"));
            case PENYERAPAN_SASARAN:
                return pos.flatMap(this::penyerapan);
            case EFISIENSI:
                return efisiensi(k.getSasaran()).map(e -> Hitungan.of(
                        p -> RumusEfisiensi.standar().withPembulatan(p).hitung(e.getCapaian(), e.getPenyerapan())
                                .getNilai().getNilai(),
                        e.getCapaian().getNilai().toPlainString() + " / " + e.getPenyerapan().getNilai().toPlainString()
                                + " x 100"));
            case SISA_ANGGARAN_SASARAN:
                return efisiensi(k.getSasaran()).map(e -> Hitungan.eksak(e.getPenghematan().getNilai(),
                        "100 - " + e.getPenyerapan().getNilai().toPlainString()));
            default:
                throw new IllegalStateException(jenis + " does not refer to a sasaran");
        }
    }

    private Optional<Hitungan> laporan(JenisBesaran jenis) {
        switch (jenis) {
            case RATA_RATA_CAPAIAN:
                List<Capaian> all = new ArrayList<>();
                data.getPerjanjianKinerja().getIndikator().forEach(i -> capaian(i, data.getTahun()).ifPresent(all::add));
                return all.isEmpty() ? Optional.empty() : Optional.of(Hitungan.of(
                        p -> RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK).withPembulatan(p)
                                .rekap("rata-rata", all).getRataRata().get().getNilai(),
                        "mean of " + all.size() + " exact capaian"));
            case TOTAL_PAGU:
                return Optional.of(Hitungan.eksak(data.getPerjanjianKinerja().getTotalPagu().getAmount(),
                        "sum of the pagu of every program"));
            case TOTAL_REALISASI_ANGGARAN:
                return posInstansi().map(p -> Hitungan.eksak(p.getRealisasi().getAmount(),
                        "sum of the realisasi of every program"));
            case PENYERAPAN_TOTAL:
                return posInstansi().flatMap(this::penyerapan);
            case PENYERAPAN_TOTAL_SEBELUMNYA:
                return data.getPenyerapanSebelumnya().map(p -> Hitungan.eksak(p.getNilai(),
                        "penyerapan of the year before"));
            case PERUBAHAN_PENYERAPAN_TOTAL:
                return perubahanPenyerapan().map(c -> Hitungan.eksak(c.getSelisih(), c.getSekarang().getNilai()
                        .toPlainString() + " - " + c.getSebelumnya().getNilai().toPlainString() + " (penyerapan "
                        + data.getTahun() + ", rounded by " + pembulatanMasukan + ", minus the year before's)"));
            case JUMLAH_SASARAN:
                return jumlah(data.getPerjanjianKinerja().getKomitmen().size(), "sasaran of the Perjanjian Kinerja");
            case JUMLAH_SASARAN_TERCAPAI:
                return jumlah(rekapSasaran().stream().filter(RekapCapaian::isTercapai).count(), "sasaran tercapai");
            case JUMLAH_SASARAN_BELUM_TERCAPAI:
                return jumlah(rekapSasaran().stream().filter(r -> r.getJumlahTerukur() > 0 && !r.isTercapai()).count(),
                        "sasaran measured and not tercapai");
            case JUMLAH_INDIKATOR_PROGRAM:
                return jumlah(data.getIndikatorProgram().size(), "program indicators");
            case JUMLAH_INDIKATOR_PROGRAM_TERCAPAI:
                return jumlah(data.getIndikatorProgram().stream().map(this::capaian).flatMap(Optional::stream)
                        .filter(Capaian::isTercapai).count(), "program indicators tercapai");
            default:
                throw new IllegalStateException(jenis + " does not refer to the report");
        }
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
        Optional<Target> pk = tahun.equals(data.getTahun()) ? data.getPerjanjianKinerja().getTarget(indikator)
                : Optional.empty();
        return pk.isPresent() ? pk : data.getRenstra().getTarget(indikator, tahun);
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
        return target(indikator, tahun).flatMap(t -> rumusCapaian.hitung(indikator, t,
                data.getRenstra().getRealisasi(indikator, tahun)));
    }

    /**
     * The capaian of a program indicator from its printed realisasi.
     *
     * @param ip the program indicator, not null
     * @return the capaian, or empty when not measured
     * @throws SakipException when the formula refuses the data
     */
    public Optional<Capaian> capaian(IndikatorProgram ip) {
        return rumusCapaian.hitung(ip.getIndikator(), ip.getTarget(), ip.getRealisasi());
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
        return ip.getRincian().map(r -> {
            Target t = ip.getTarget();
            BigDecimal b = r.getPenyebut();
            Target scaled = t.isRentang() ? Target.rentang(t.getTahun(), t.getBawah().multiply(b), t.getAtas().multiply(b))
                    : Target.of(t.getTahun(), t.getNilai().multiply(b));
            return rumusCapaian.hitung(ip.getIndikator(), scaled,
                    Realisasi.of(t.getTahun(), r.getPembilang().multiply(r.getPengali())));
        });
    }

    /**
     * The recap of a sasaran's indicators in the report's year; an indicator without realisasi
     * ("NA") is tidak terukur, left out of the mean and counted apart.
     *
     * @param sasaran a sasaran of the Perjanjian Kinerja, not null
     * @return the recap, never null
     * @throws SakipException when the sasaran is not in the agreement
     */
    public RekapCapaian rekap(Sasaran sasaran) {
        return rekap(komitmen(sasaran));
    }

    /**
     * The efficiency of a sasaran as Tabel 3.4 computes it, from its capaian (the recap's mean) and
     * penyerapan rounded by {@link #getPembulatanMasukan()}.
     *
     * @param sasaran a sasaran of the Perjanjian Kinerja, not null
     * @return the efficiency, or empty when the capaian or the penyerapan is missing
     * @throws SakipException when the sasaran is not in the agreement
     */
    public Optional<Efisiensi> efisiensi(Sasaran sasaran) {
        KomitmenSasaran k = komitmen(sasaran);
        Optional<Persen> capaian = RataRataCapaian.standar().withPembulatan(pembulatanMasukan).rekapButir(k.getSasaran()
                .getNama(), capaianSasaran(k)).getRataRata();
        Optional<Persen> penyerapan = pos(k).flatMap(p -> RumusPenyerapan.standar().withPembulatan(pembulatanMasukan)
                .hitung(p).getPersen());
        if (capaian.isEmpty() || penyerapan.isEmpty() || penyerapan.get().getNilai().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(RumusEfisiensi.standar().withPembulatan(pembulatanMasukan).hitung(capaian.get(),
                penyerapan.get()));
    }

    /**
     * The change of the agency's penyerapan from the year before, in percentage points, as a report
     * states it: from this year's penyerapan rounded by {@link #getPembulatanMasukan()} and the year
     * before's as the data give it. Klojen 2021: 92,57 - 96,30 = -3,73, "turun sebesar 3,73%".
     *
     * @return the change, or empty when the data give no penyerapan of the year before, or a
     *     program's realisasi is not reported
     */
    public Optional<PerubahanPenyerapan> perubahanPenyerapan() {
        return data.getPenyerapanSebelumnya().flatMap(sebelumnya -> posInstansi()
                .flatMap(pos -> RumusPenyerapan.standar().withPembulatan(pembulatanMasukan).hitung(pos).getPersen())
                .map(sekarang -> PerubahanPenyerapan.of(sebelumnya, sekarang)));
    }

    /**
     * The budget node of a sasaran: its programs' pagu and realisasi.
     *
     * @param sasaran a sasaran of the Perjanjian Kinerja, not null
     * @return the node, or empty when a program's realisasi is not reported
     * @throws SakipException when the sasaran is not in the agreement
     */
    public Optional<PosAnggaran> pos(Sasaran sasaran) {
        return pos(komitmen(sasaran));
    }

    /**
     * The budget node of the agency.
     *
     * @return the node, or empty when a program's realisasi is not reported
     */
    public Optional<PosAnggaran> posInstansi() {
        if (data.getPerjanjianKinerja().getProgram().stream().anyMatch(p -> p.getTotalRealisasi().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(PosAnggaran.of(data.getInstansi(), data.getPerjanjianKinerja()));
    }

    private Optional<PosAnggaran> pos(KomitmenSasaran k) {
        if (k.getProgram().isEmpty() || k.getProgram().stream().anyMatch(p -> p.getTotalRealisasi().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(PosAnggaran.of(k));
    }

    private Optional<Hitungan> penyerapan(PosAnggaran pos) {
        return RumusPenyerapan.standar().hitung(pos).getPersen().map(x -> Hitungan.of(
                p -> RumusPenyerapan.standar().withPembulatan(p).hitung(pos).getPersen().get().getNilai(),
                pos.getRealisasi().getAmount().toPlainString() + " / " + pos.getPagu().getAmount().toPlainString()
                        + " x 100"));
    }

    private List<RekapCapaian> rekapSasaran() {
        return data.getPerjanjianKinerja().getKomitmen().stream().map(this::rekap).toList();
    }

    private RekapCapaian rekap(KomitmenSasaran k) {
        return RataRataCapaian.standar().rekapButir(k.getSasaran().getNama(), capaianSasaran(k));
    }

    /** The capaian of a sasaran's indicators, an indicator without realisasi as tidak terukur. */
    private List<ButirCapaian> capaianSasaran(KomitmenSasaran k) {
        return k.getSasaran().getIndikator().stream().map(i -> capaian(i, data.getTahun()).map(ButirCapaian::of)
                .orElseGet(() -> ButirCapaian.tidakTerukur(i.getNama()))).toList();
    }

    private KomitmenSasaran komitmen(Sasaran sasaran) {
        return data.getPerjanjianKinerja().getKomitmen().stream().filter(k -> k.getSasaran().equals(sasaran))
                .findFirst().orElseThrow(() -> new SakipException("PerhitunganLkjip: sasaran \"" + sasaran.getNama()
                        + "\" is not in the Perjanjian Kinerja"));
    }

    private Optional<PerubahanTahunan> perubahan(Indikator i, Tahun tahun) {
        return perubahan(i, tahun, Pembulatan.STANDAR);
    }

    private Optional<PerubahanTahunan> perubahan(Indikator i, Tahun tahun, Pembulatan p) {
        return RumusTren.standar().withPembulatan(p).perubahan(DeretKinerja.from(data.getRenstra(), i), tahun);
    }

    private String rumusPerubahan(Indikator i, Tahun tahun, String op) {
        PerubahanTahunan t = perubahan(i, tahun).get();
        return t.getRealisasi().toPlainString() + op + t.getSebelumnya().map(BigDecimal::toPlainString).orElse("-");
    }

    /** The series of an indicator with its targets and its realisasi up to a year. */
    private Optional<DeretKinerja> deretSampai(Indikator i, Tahun tahun) {
        if (data.getRenstra().getRealisasi(i, tahun).isEmpty()) {
            return Optional.empty();
        }
        DeretKinerja deret = DeretKinerja.of(i, data.getRenstra().getPeriode());
        for (Tahun y : data.getRenstra().getPeriode().getTahun()) {
            Optional<Target> t = data.getRenstra().getTarget(i, y);
            if (t.isPresent()) {
                deret = deret.withTarget(t.get());
            }
            Optional<Realisasi> r = data.getRenstra().getRealisasi(i, y);
            if (r.isPresent() && !y.isAfter(tahun)) {
                deret = deret.withRealisasi(r.get());
            }
        }
        return Optional.of(deret);
    }

    private static Optional<Hitungan> jumlah(long n, String what) {
        return Optional.of(Hitungan.eksak(BigDecimal.valueOf(n), n + " " + what));
    }

    private static Hitungan hitungan(Capaian c) {
        return Hitungan.of(p -> c.getPersen(p).getNilai(), c.getKeterangan());
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
