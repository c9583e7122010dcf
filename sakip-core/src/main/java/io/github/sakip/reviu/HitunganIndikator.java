package io.github.sakip.reviu;

import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Realisasi;
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

/**
 * The figures of one indicator in a year, as the tables of Bab III print them for each indicator
 * (Tabel 3.1 to 3.3 of the Klojen LKjIP 2021): target, realisasi, capaian, the change from the year
 * before and the progress toward the Renstra's end target. Each indicator's capaian is
 * {@link RumusCapaian}'s, the call {@link io.github.sakip.pengukuran.RumusPengukuran} makes for
 * each line of a measurement; it is computed here one indicator at a time because a report prints
 * capaian of earlier years too (against the Renstra's targets, where no Perjanjian Kinerja is at
 * hand) and because a figure the formula refuses must leave the other indicators checked.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HitunganIndikator {

    private final DataLkjip data;
    private final RumusCapaian rumusCapaian;
    private final Pembulatan pembulatanMasukan;

    HitunganIndikator(DataLkjip data, RumusCapaian rumusCapaian, Pembulatan pembulatanMasukan) {
        this.data = data;
        this.rumusCapaian = rumusCapaian;
        this.pembulatanMasukan = pembulatanMasukan;
    }

    DataLkjip data() {
        return data;
    }

    RumusCapaian rumusCapaian() {
        return rumusCapaian;
    }

    Pembulatan pembulatanMasukan() {
        return pembulatanMasukan;
    }

    /** The cap the report declares, else none. */
    BatasAtasCapaian batasAtas() {
        return data.getKebijakan().getBatasAtasCapaianEfektif();
    }

    Optional<Hitungan> hitung(JenisBesaran jenis, Indikator i, Tahun tahun) {
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

    /** The target of an indicator for a year: the Perjanjian Kinerja's for the report's year, else the Renstra's. */
    Optional<Target> target(Indikator indikator, Tahun tahun) {
        Optional<Target> pk = tahun.equals(data.getTahun()) ? data.getPerjanjianKinerja().getTarget(indikator)
                : Optional.empty();
        return pk.isPresent() ? pk : data.getRenstra().getTarget(indikator, tahun);
    }

    /** The capaian of an indicator in a year, empty when the target or the realisasi is missing. */
    Optional<Capaian> capaian(Indikator indikator, Tahun tahun) {
        return target(indikator, tahun).flatMap(t -> rumusCapaian.hitung(indikator, t,
                data.getRenstra().getRealisasi(indikator, tahun)));
    }

    /** The capaian of the Perjanjian Kinerja's indicators in a year, those measured. */
    List<Capaian> capaianPerjanjian(Tahun tahun) {
        List<Capaian> all = new ArrayList<>();
        data.getPerjanjianKinerja().getIndikator().forEach(i -> capaian(i, tahun).ifPresent(all::add));
        return all;
    }

    Optional<PerubahanTahunan> perubahan(Indikator i, Tahun tahun) {
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

    /** A capaian as a figure under the report's cap. */
    Hitungan hitungan(Capaian c) {
        return hitungan(c, batasAtas());
    }

    /** A capaian as a figure under a cap, rounded by the policy asked. */
    static Hitungan hitungan(Capaian c, BatasAtasCapaian batas) {
        return Hitungan.of(p -> batas.terapkan(c.getPersen(p)).getNilai(), Teks.rumus(c.getKeterangan())
                + dibatasi(batas));
    }

    /** ", dibatasi 120 %" for a cap, nothing without one. */
    static String dibatasi(BatasAtasCapaian batas) {
        return batas.getNilai().map(n -> ", dibatasi " + Teks.angka(n) + " %").orElse("");
    }
}
