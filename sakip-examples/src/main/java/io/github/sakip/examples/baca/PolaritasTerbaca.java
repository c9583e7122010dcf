package io.github.sakip.examples.baca;

import io.github.sakip.reviu.JenisBesaran;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The polaritas of each indicator as its printed capaian show it ({@link KolomCapaian#polaritas}),
 * and the figures that cannot be checked without it. An indicator whose capaian the data allow
 * but whose printed capaian show no polaritas is doubtful: its capaian, and the average and the
 * counts of sasaran tercapai that depend on it, are left out of the reviu and reported, since a
 * wrong polaritas would turn each of them into a wrong KESALAHAN.
 *
 * <p>Not thread-safe; built once per report, then only read.
 */
final class PolaritasTerbaca {

    private static final Set<JenisBesaran> RATA_RATA = EnumSet.of(JenisBesaran.RATA_RATA_CAPAIAN,
            JenisBesaran.JUMLAH_SASARAN_TERCAPAI, JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI);

    private final Map<Entitas, String> polaritas = new HashMap<>();
    private final Set<Entitas> ragu = new HashSet<>();
    private final Cakupan cakupan;

    PolaritasTerbaca(Katalog katalog, DataTabel data, KolomCapaian kolom, List<Butir> butir, Cakupan cakupan) {
        this.cakupan = cakupan;
        for (Entitas i : katalog.indikator()) {
            tentukan(i, kolom.polaritas(i, butir, JenisBesaran.CAPAIAN, JenisBesaran.TARGET, JenisBesaran.REALISASI),
                    berbeda(data, i, JenisBesaran.TARGET, JenisBesaran.REALISASI));
        }
        for (Entitas ip : katalog.indikatorProgram()) {
            tentukan(ip, kolom.polaritas(ip, butir, JenisBesaran.CAPAIAN_PROGRAM, JenisBesaran.TARGET_PROGRAM,
                    JenisBesaran.REALISASI_PROGRAM), berbeda(data, ip, JenisBesaran.TARGET_PROGRAM,
                    JenisBesaran.REALISASI_PROGRAM));
        }
    }

    /**
     * Whether a year's realisasi differs from its target, so that the polaritas changes the
     * capaian (a realisasi equal to its target is 100 % whichever is better).
     */
    private static boolean berbeda(DataTabel data, Entitas e, JenisBesaran target, JenisBesaran realisasi) {
        return data.tahun(target, e).stream().anyMatch(t -> data.nilai(target, e, t).flatMap(tv -> data.nilai(
                realisasi, e, t).filter(rv -> rv.nilai().compareTo(tv.nilai()) != 0)).isPresent());
    }

    private void tentukan(Entitas e, Optional<String> p, boolean dapatDihitung) {
        p.ifPresent(v -> polaritas.put(e, v));
        if (p.isEmpty() && dapatDihitung) {
            ragu.add(e);
            cakupan.dilewati(e.nama() + " / polaritas", "tidak tampak dari capaian yang dicetak; ditulis POSITIF "
                    + "(periksa di berkas .lkjip), capaiannya dan rata-rata serta jumlah sasaran tercapai tidak direviu");
        }
    }

    /** The polaritas to write: as shown, else POSITIF (for a doubtful one, reported). */
    String polaritas(Entitas e) {
        return polaritas.getOrDefault(e, "POSITIF");
    }

    /** The figures without those that depend on a doubtful polaritas. */
    List<Butir> saring(List<Butir> butir) {
        boolean raguDiPk = ragu.stream().anyMatch(e -> e.induk().isEmpty());
        Set<String> sasaranRagu = new HashSet<>();
        ragu.forEach(e -> e.sasaran().ifPresent(sasaranRagu::add));
        return butir.stream().filter(b -> {
            JenisBesaran j = b.angka().jenis();
            boolean buang = (j == JenisBesaran.CAPAIAN || j == JenisBesaran.CAPAIAN_PROGRAM)
                    && b.rujukan().filter(ragu::contains).isPresent()
                    || raguDiPk && RATA_RATA.contains(j)
                    || j == JenisBesaran.EFISIENSI && b.rujukan().map(Entitas::kode).filter(sasaranRagu::contains)
                    .isPresent();
            if (buang) {
                cakupan.dilewati(b.angka().lokasi() + " / " + b.angka().dicetak(), "bergantung pada polaritas yang "
                        + "tidak pasti");
            }
            return !buang;
        }).toList();
    }
}
