package io.github.sakip.reviu;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.PerubahanPenyerapan;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.ButirCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.DasarRataRata;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RekapCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
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
import java.math.RoundingMode;
import java.util.ArrayList;
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

    /** The caps reports are seen to use, with none first: the options a reviu tries. */
    private static final List<BatasAtasCapaian> BATAS_DIKENAL = List.of(BatasAtasCapaian.TANPA,
            BatasAtasCapaian.SERATUS, BatasAtasCapaian.SERATUS_DUA_PULUH, BatasAtasCapaian.SERATUS_LIMA_PULUH);

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
        return switch (besaran.getJenis().getRujukan()) {
            case INDIKATOR -> indikator(besaran.getJenis(), besaran.getIndikator().get(), besaran.getTahun().get());
            case INDIKATOR_PROGRAM -> indikatorProgram(besaran.getJenis(), besaran.getIndikatorProgram().get());
            case PROGRAM -> program(besaran.getJenis(), besaran.getProgram().get());
            case SASARAN -> sasaran(besaran.getJenis(), komitmen(besaran.getSasaran().get()));
            case LAPORAN -> laporan(besaran.getJenis(), besaran.getTahun().orElse(data.getTahun()));
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
                return capaian(i, tahun).map(this::hitungan);
            case RASIO_TAHUNAN:
                return perubahan(i, tahun).flatMap(PerubahanTahunan::getRasio).map(rasio -> Hitungan.of(
                        p -> perubahan(i, tahun, p).flatMap(PerubahanTahunan::getRasio).get().getNilai(),
                        rumusPerubahan(i, tahun, " / ") + " x 100"));
            case PERUBAHAN_TAHUNAN:
                return perubahan(i, tahun).flatMap(PerubahanTahunan::getSelisih)
                        .map(s -> Hitungan.eksak(s, rumusPerubahan(i, tahun, " - ")));
            case PERUBAHAN_CAPAIAN:
                Optional<Capaian> kini = capaian(i, tahun);
                Optional<Capaian> lalu = capaian(i, tahun.minus(1));
                if (kini.isEmpty() || lalu.isEmpty()) {
                    return Optional.empty();
                }
                BigDecimal a = batasAtas().terapkan(kini.get().getPersen(pembulatanMasukan)).getNilai();
                BigDecimal b = batasAtas().terapkan(lalu.get().getPersen(pembulatanMasukan)).getNilai();
                return Optional.of(Hitungan.eksak(a.subtract(b), "capaian " + tahun + " " + Teks.angka(a)
                        + " - capaian " + tahun.minus(1) + " " + Teks.angka(b)));
            case KEMAJUAN_RENSTRA:
                return deretSampai(i, tahun).map(d -> Hitungan.of(
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
                return capaian(ip).map(this::hitungan);
            default:
                throw new IllegalStateException(jenis + " does not refer to a program indicator");
        }
    }

    private Optional<Hitungan> program(JenisBesaran jenis, Program program) {
        switch (jenis) {
            case PAGU:
                return Optional.of(Hitungan.eksak(program.getTotalPagu().getNilai(), "pagu"));
            case REALISASI_ANGGARAN:
                return program.getTotalRealisasi().map(r -> Hitungan.eksak(r.getNilai(), "realisasi anggaran"));
            case PENYERAPAN:
                return program.getTotalRealisasi().flatMap(r -> penyerapan(PosAnggaran.of(program)));
            default:
                throw new IllegalStateException(jenis + " does not refer to a program");
        }
    }

    private Optional<Hitungan> sasaran(JenisBesaran jenis, KomitmenSasaran k) {
        if (jenis == JenisBesaran.RATA_RATA_CAPAIAN_SASARAN) {
            List<Capaian> all = new ArrayList<>();
            k.getSasaran().getIndikator().forEach(i -> capaian(i, data.getTahun()).ifPresent(all::add));
            return all.isEmpty() ? Optional.empty() : Optional.of(Hitungan.of(
                    p -> rataRata(all, DasarRataRata.EKSAK, batasAtas(), p),
                    "rata-rata " + all.size() + " capaian eksak sasaran ini" + dibatasi(batasAtas())));
        }
        if (jenis == JenisBesaran.PAGU_SASARAN) {
            BigDecimal pagu = Rupiah.total(k.getProgram().stream().map(Program::getTotalPagu).toList()).getNilai();
            return Optional.of(Hitungan.eksak(pagu, "jumlah pagu " + k.getProgram().size() + " program"));
        }
        Optional<PosAnggaran> pos = pos(k);
        switch (jenis) {
            case REALISASI_ANGGARAN_SASARAN:
                return pos.map(p -> Hitungan.eksak(p.getRealisasi().getNilai(), "jumlah realisasi "
                        + k.getProgram().size() + " program"));
            case PENYERAPAN_SASARAN:
                return pos.flatMap(this::penyerapan);
            case EFISIENSI:
                return efisiensi(k.getSasaran()).map(e -> Hitungan.of(
                        p -> RumusEfisiensi.standar().withPembulatan(p).hitung(e.getCapaian(), e.getPenyerapan())
                                .getNilai().getNilai(),
                        Teks.angka(e.getCapaian().getNilai()) + " / " + Teks.angka(e.getPenyerapan().getNilai())
                                + " x 100"));
            case SISA_ANGGARAN_SASARAN:
                return efisiensi(k.getSasaran()).map(e -> Hitungan.eksak(e.getPenghematan().getNilai(),
                        "100 - " + Teks.angka(e.getPenyerapan().getNilai())));
            default:
                throw new IllegalStateException(jenis + " does not refer to a sasaran");
        }
    }

    private Optional<Hitungan> laporan(JenisBesaran jenis, Tahun tahun) {
        switch (jenis) {
            case JUMLAH_CAPAIAN:
                List<Capaian> semua = capaianPerjanjian(tahun);
                return semua.isEmpty() ? Optional.empty() : Optional.of(Hitungan.eksak(semua.stream()
                        .map(c -> batasAtas().terapkan(c.getPersen(pembulatanMasukan)).getNilai())
                        .reduce(BigDecimal.ZERO, BigDecimal::add), "jumlah " + semua.size() + " capaian "
                                + tahun + ", masing-masing dibulatkan " + Teks.pembulatan(pembulatanMasukan)));
            case RATA_RATA_CAPAIAN:
                List<Capaian> all = capaianPerjanjian(tahun);
                return all.isEmpty() ? Optional.empty() : Optional.of(Hitungan.of(
                        p -> rataRata(all, DasarRataRata.EKSAK, batasAtas(), p),
                        "rata-rata " + all.size() + " capaian eksak" + dibatasi(batasAtas())));
            case TOTAL_PAGU:
                return Optional.of(Hitungan.eksak(data.getPerjanjianKinerja().getTotalPagu().getNilai(),
                        "jumlah pagu semua program"));
            case TOTAL_REALISASI_ANGGARAN:
                return posInstansi().map(p -> Hitungan.eksak(p.getRealisasi().getNilai(),
                        "jumlah realisasi semua program"));
            case PENYERAPAN_TOTAL:
                return posInstansi().flatMap(this::penyerapan);
            case PENYERAPAN_TOTAL_SEBELUMNYA:
                return data.getPenyerapanSebelumnya().map(p -> Hitungan.eksak(p.getNilai(),
                        "penyerapan tahun sebelumnya"));
            case PERUBAHAN_PENYERAPAN_TOTAL:
                return perubahanPenyerapan().map(c -> Hitungan.eksak(c.getSelisih(), Teks.angka(c.getSekarang().getNilai())
                        + " - " + Teks.angka(c.getSebelumnya().getNilai()) + " (penyerapan " + data.getTahun()
                        + " dibulatkan " + Teks.pembulatan(pembulatanMasukan) + ", dikurangi penyerapan tahun sebelumnya)"));
            case JUMLAH_SASARAN:
                return jumlah(data.getPerjanjianKinerja().getKomitmen().size(), "sasaran Perjanjian Kinerja");
            case JUMLAH_SASARAN_TERCAPAI:
                return jumlah(rekapSasaran().stream().filter(RekapCapaian::isTercapai).count(), "sasaran tercapai");
            case JUMLAH_SASARAN_BELUM_TERCAPAI:
                return jumlah(rekapSasaran().stream().filter(r -> r.getJumlahTerukur() > 0 && !r.isTercapai()).count(),
                        "sasaran terukur yang belum tercapai");
            case JUMLAH_INDIKATOR_PROGRAM:
                return jumlah(data.getIndikatorProgram().size(), "indikator program");
            case JUMLAH_INDIKATOR_PROGRAM_TERCAPAI:
                return jumlah(data.getIndikatorProgram().stream().map(this::capaian).flatMap(Optional::stream)
                        .filter(Capaian::isTercapai).count(), "indikator program tercapai");
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
        return ip.getRincian().map(r -> capaianRincian(rumusCapaian, ip.getIndikator(), ip.getTarget(), r));
    }

    /** The capaian from counts, exact: {@code capaian(a / b x k, T) = capaian(a x k, b x T)}. */
    private static Capaian capaianRincian(RumusCapaian rumus, Indikator i, Target t, Rincian r) {
        BigDecimal b = r.getPenyebut();
        Target scaled = t.isRentang() ? Target.rentang(t.getTahun(), t.getBawah().multiply(b), t.getAtas().multiply(b))
                : Target.of(t.getTahun(), t.getNilai().multiply(b));
        return rumus.hitung(i, scaled, Realisasi.of(t.getTahun(), r.getPembilang().multiply(r.getPengali())));
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
        Optional<Persen> capaian = RataRataCapaian.standar().withPembulatan(pembulatanMasukan).withBatasAtas(batasAtas())
                .rekapButir(k.getSasaran()
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
                Teks.angka(pos.getRealisasi().getNilai()) + " / " + Teks.angka(pos.getPagu().getNilai())
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
        return Teks.angka(t.getRealisasi()) + op + t.getSebelumnya().map(Teks::angka).orElse("-");
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

    private Hitungan hitungan(Capaian c) {
        return hitungan(c, batasAtas());
    }

    private static Hitungan hitungan(Capaian c, BatasAtasCapaian batas) {
        return Hitungan.of(p -> batas.terapkan(c.getPersen(p)).getNilai(), Teks.rumus(c.getKeterangan())
                + dibatasi(batas));
    }

    private static String dibatasi(BatasAtasCapaian batas) {
        return batas.getNilai().map(n -> ", dibatasi " + Teks.angka(n) + " %").orElse("");
    }

    /** The cap the report declares, else none. */
    private BatasAtasCapaian batasAtas() {
        return data.getKebijakan().getBatasAtasCapaianEfektif();
    }

    /** The capaian of the Perjanjian Kinerja's indicators in a year, those measured. */
    private List<Capaian> capaianPerjanjian(Tahun tahun) {
        List<Capaian> all = new ArrayList<>();
        data.getPerjanjianKinerja().getIndikator().forEach(i -> capaian(i, tahun).ifPresent(all::add));
        return all;
    }

    private static BigDecimal rataRata(List<Capaian> all, DasarRataRata dasar, BatasAtasCapaian batas, Pembulatan p) {
        return RataRataCapaian.standar().withDasar(dasar).withBatasAtas(batas).withPembulatan(p)
                .rekap("rata-rata", all).getRataRata().get().getNilai();
    }

    /**
     * The other legitimate ways to compute a printed capaian or mean, under the policies the report
     * does not declare: a cap at 100, 120 or 150, the other formula for lower-is-better
     * indicators. Each family lists its default first.
     */
    List<Opsi> opsi(Besaran besaran) {
        List<Opsi> out = new ArrayList<>();
        switch (besaran.getJenis()) {
            case CAPAIAN -> capaian(besaran.getIndikator().get(), besaran.getTahun().get())
                    .ifPresent(c -> opsiCapaian(c, out));
            case CAPAIAN_PROGRAM -> capaian(besaran.getIndikatorProgram().get()).ifPresent(c -> opsiCapaian(c, out));
            case RATA_RATA_CAPAIAN -> {
                List<Capaian> all = capaianPerjanjian(besaran.getTahun().orElse(data.getTahun()));
                if (!all.isEmpty() && data.getKebijakan().getBatasAtasCapaian().isEmpty()) {
                    for (BatasAtasCapaian b : BATAS_DIKENAL) {
                        out.add(new Opsi(Opsi.BATAS_ATAS, namaBatas(b), b.getNilai().isEmpty(), Hitungan.of(
                                p -> rataRata(all, DasarRataRata.EKSAK, b, p), "rata-rata " + all.size()
                                        + " capaian eksak" + dibatasi(b))));
                    }
                }
            }
            default -> {
                // no other policy applies
            }
        }
        return out;
    }

    private static String namaBatas(BatasAtasCapaian b) {
        return b.getNilai().map(n -> "capaian dibatasi " + Teks.angka(n) + " %").orElse("capaian tanpa batas atas");
    }

    private void opsiCapaian(Capaian c, List<Opsi> out) {
        Optional<Rincian> rincian = c.getTarget().getTahun().equals(data.getTahun())
                ? Optional.ofNullable(data.getRincian().get(c.getIndikator())) : Optional.empty();
        if (rincian.isPresent()) {
            out.add(new Opsi(Opsi.DASAR_REALISASI, "realisasi seperti dicetak", true, hitungan(c)));
            out.add(new Opsi(Opsi.DASAR_REALISASI, "realisasi dari rincian", false,
                    hitungan(capaianRincian(c.getRumus(), c.getIndikator(), c.getTarget(), rincian.get()))));
        }
        if (data.getKebijakan().getBatasAtasCapaian().isEmpty()) {
            for (BatasAtasCapaian b : BATAS_DIKENAL) {
                out.add(new Opsi(Opsi.BATAS_ATAS, namaBatas(b), b.getNilai().isEmpty(), hitungan(c, b)));
            }
        }
        if (c.getIndikator().getPolaritas() == Polaritas.NEGATIF && data.getKebijakan().getVarianNegatif().isEmpty()
                && !c.getTarget().isRentang()) {
            for (VarianNegatif v : VarianNegatif.values()) {
                try {
                    Capaian lain = c.getRumus().withVarianNegatif(v).hitung(c.getIndikator(), c.getTarget(),
                            c.getRealisasi());
                    out.add(new Opsi(Opsi.RUMUS_NEGATIF, v == VarianNegatif.RASIO ? "rumus RASIO, T / R x 100"
                            : "rumus PermenPANRB 8/2021, (2T - R) / T x 100", v == VarianNegatif.PERMENPANRB,
                            hitungan(lain)));
                } catch (SakipException e) {
                    // RASIO of a realisasi of 0 is undefined: not an option for this figure
                }
            }
        }
    }

    /**
     * The values a printed capaian or mean can stand for when the realisasi behind it is printed
     * with fewer decimals than the figure itself (66,7 beside a capaian 95,24): each such realisasi
     * stands for half a unit of its last digit either side. A target is taken as printed (it is set,
     * not measured), and so is a whole realisasi (a count, a full 100 %). The same for a change
     * between two realisasi printed with fewer decimals than the change (0,0207 - 0,0189 printed
     * 0,00186: the inputs allow 0,00170 to 0,00190).
     */
    Optional<Rentang> rentang(Besaran besaran, int skala) {
        switch (besaran.getJenis()) {
            case CAPAIAN:
                return capaian(besaran.getIndikator().get(), besaran.getTahun().get()).flatMap(c -> rentang(c, skala));
            case CAPAIAN_PROGRAM:
                return capaian(besaran.getIndikatorProgram().get()).flatMap(c -> rentang(c, skala));
            case PERUBAHAN_TAHUNAN:
                return perubahan(besaran.getIndikator().get(), besaran.getTahun().get()).flatMap(t -> t.getSebelumnya()
                        .filter(lalu -> lalu.scale() > 0 && lalu.scale() < skala && t.getRealisasi().scale() > 0
                                && t.getRealisasi().scale() < skala)
                        .map(lalu -> {
                            BigDecimal selisih = t.getRealisasi().subtract(lalu);
                            BigDecimal h = BigDecimal.valueOf(5, lalu.scale() + 1)
                                    .add(BigDecimal.valueOf(5, t.getRealisasi().scale() + 1));
                            return new Rentang(selisih.subtract(h), selisih.add(h));
                        }));
            case RATA_RATA_CAPAIAN:
            case JUMLAH_CAPAIAN:
                List<Capaian> all = capaianPerjanjian(besaran.getTahun().orElse(data.getTahun()));
                if (all.stream().allMatch(c -> rentang(c, skala).isEmpty())) {
                    return Optional.empty();
                }
                Pembulatan halus = Pembulatan.of(skala + 4, RoundingMode.HALF_EVEN);
                BigDecimal bawah = BigDecimal.ZERO;
                BigDecimal atas = BigDecimal.ZERO;
                for (Capaian c : all) {
                    BigDecimal nilai = batasAtas().terapkan(c.getPersen(halus)).getNilai();
                    Optional<Rentang> r = rentang(c, skala);
                    bawah = bawah.add(r.map(Rentang::bawah).orElse(nilai));
                    atas = atas.add(r.map(Rentang::atas).orElse(nilai));
                }
                BigDecimal n = besaran.getJenis() == JenisBesaran.JUMLAH_CAPAIAN ? BigDecimal.ONE
                        : BigDecimal.valueOf(all.size());
                return Optional.of(new Rentang(halus.bagi(bawah, n), halus.bagi(atas, n)));
            default:
                return Optional.empty();
        }
    }

    private Optional<Rentang> rentang(Capaian c, int skala) {
        BigDecimal r = c.getRealisasi().getNilai();
        if (r.scale() <= 0 || r.scale() >= skala || c.getIndikator().getPolaritas() == Polaritas.STABIL) {
            return Optional.empty();
        }
        BigDecimal setengah = BigDecimal.valueOf(5, r.scale() + 1);
        try {
            BigDecimal a = nilaiDengan(c, r.subtract(setengah), skala);
            BigDecimal b = nilaiDengan(c, r.add(setengah), skala);
            return Optional.of(new Rentang(a.min(b), a.max(b)));
        } catch (SakipException e) {
            return Optional.empty(); // the interval reaches a realisasi the formula refuses
        }
    }

    private BigDecimal nilaiDengan(Capaian c, BigDecimal realisasi, int skala) {
        Capaian lain = c.getRumus().hitung(c.getIndikator(), c.getTarget(), Realisasi.of(c.getTarget().getTahun(),
                realisasi));
        return batasAtas().terapkan(lain.getPersen(Pembulatan.of(skala + 4, RoundingMode.HALF_EVEN))).getNilai();
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
