package io.github.sakip.examples.baca;

import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a table's "Capaian" column of an indicator is, told by which rule its printed figures
 * follow, and each indicator's polaritas, told the same way. A column headed "Capaian Kinerja
 * 2020" may print the capaian against the year's target (realisasi / target x 100, Tabel 3.1 of
 * an LKjIP) or, as Tabel 3.2 of the Klojen LKjIP 2021 does, the realisasi against the year before
 * (76,26 / 75,74 x 100 = 100,7); a column is taken for the rule more of its figures follow to the
 * last printed digit, and one whose figures follow neither while the data allow both is skipped.
 * The polaritas (higher or lower is better), which reports do not print, is the one whose formula
 * more printed capaian are near; none when no printed capaian tells.
 *
 * <p>Not thread-safe; one instance serves one report.
 */
final class KolomCapaian {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final BigDecimal DUA = BigDecimal.valueOf(2);

    private final DataTabel data;
    private final Cakupan cakupan;

    KolomCapaian(DataTabel data, Cakupan cakupan) {
        this.data = data;
        this.cakupan = cakupan;
    }

    /** The figures with each capaian column taken for its rule; a column that follows none left out. */
    List<Butir> putuskan(List<Butir> butir) {
        Map<String, int[]> cocok = new LinkedHashMap<>();
        Map<String, String> nama = new LinkedHashMap<>();
        for (Butir b : butir) {
            if (b.angka().jenis() == JenisBesaran.CAPAIAN && b.angka().kolom().isPresent() && b.rujukan().isPresent()) {
                int[] n = cocok.computeIfAbsent(b.angka().kolom().get(), k -> new int[4]);
                nama.putIfAbsent(b.angka().kolom().get(), b.angka().lokasi().getTabel() + " / "
                        + b.angka().lokasi().getKolom());
                Entitas e = b.rujukan().get();
                Tahun t = b.angka().tahun();
                Optional<BigDecimal> capaian = capaian(e, t, b.angka().nilai(), JenisBesaran.TARGET,
                        JenisBesaran.REALISASI);
                Optional<BigDecimal> rasio = bagi(data.nilai(JenisBesaran.REALISASI, e, t),
                        data.nilai(JenisBesaran.REALISASI, e, t.minus(1)));
                n[0] += capaian.isPresent() && cocok(b.angka().nilai(), capaian.get()) ? 1 : 0;
                n[1] += rasio.isPresent() && cocok(b.angka().nilai(), rasio.get()) ? 1 : 0;
                n[2] += capaian.isPresent() ? 1 : 0;
                n[3] += rasio.isPresent() ? 1 : 0;
            }
        }
        List<Butir> hasil = new ArrayList<>();
        for (Butir b : butir) {
            String kolom = b.angka().kolom().orElse("");
            int[] n = cocok.get(kolom);
            if (b.angka().jenis() != JenisBesaran.CAPAIAN || n == null) {
                hasil.add(b);
            } else if (n[1] > n[0]) {
                hasil.add(new Butir(b.angka().withJenis(JenisBesaran.RASIO_TAHUNAN), b.rujukan()));
            } else if (n[0] > 0 || n[2] == 0) {
                hasil.add(b);
            } else {
                cakupan.dilewati(b.angka().lokasi() + " / " + b.angka().dicetak(), "tidak mengikuti rumus capaian "
                        + "maupun rasio terhadap tahun sebelumnya, padahal datanya ada: arti kolom tidak pasti");
            }
        }
        cocok.forEach((kolom, n) -> cakupan.terbaca(nama.get(kolom) + ": diambil sebagai " + (n[1] > n[0]
                ? "rasio realisasi terhadap tahun sebelumnya (" + n[1] + " dari " + n[3] + " angka cocok; rumus capaian: "
                + n[0] + ")" : "capaian terhadap target (" + n[0] + " dari " + n[2] + " angka cocok; rasio tahunan: "
                + n[1] + ")")));
        return hasil;
    }

    /**
     * The polaritas of an indicator as its printed capaian show it: NEGATIF when more of them
     * are within 1 % of a lower-is-better formula ((2T - R) / T x 100, or T / R x 100) than of
     * R / T x 100, POSITIF when more are near R / T x 100; empty when none is near either.
     */
    Optional<String> polaritas(Entitas e, List<Butir> butir, JenisBesaran capaian, JenisBesaran target,
            JenisBesaran realisasi) {
        int positif = 0;
        int negatif = 0;
        for (Butir b : butir) {
            if (b.angka().jenis() == capaian && b.rujukan().equals(Optional.of(e))) {
                Optional<AngkaTerbaca> t = data.nilai(target, e, b.angka().tahun());
                Optional<AngkaTerbaca> r = data.nilai(realisasi, e, b.angka().tahun());
                BigDecimal dicetak = b.angka().nilai();
                positif += bagi(r, t).filter(v -> dekat(dicetak, v)).isPresent() ? 1 : 0;
                negatif += bagi(r, t).map(v -> DUA.multiply(SERATUS).subtract(v)).filter(v -> dekat(dicetak, v))
                        .or(() -> bagi(t, r).filter(v -> dekat(dicetak, v))).isPresent() ? 1 : 0;
            }
        }
        return positif == negatif ? Optional.empty() : Optional.of(negatif > positif ? "NEGATIF" : "POSITIF");
    }

    /** Within 1 % of the value. */
    private static boolean dekat(BigDecimal dicetak, BigDecimal nilai) {
        return dicetak.subtract(nilai).abs().compareTo(nilai.abs().movePointLeft(2)) <= 0;
    }

    private Optional<BigDecimal> capaian(Entitas e, Tahun t, BigDecimal dicetak, JenisBesaran target,
            JenisBesaran realisasi) {
        Optional<BigDecimal> positif = bagi(data.nilai(realisasi, e, t), data.nilai(target, e, t));
        Optional<BigDecimal> rasio = bagi(data.nilai(target, e, t), data.nilai(realisasi, e, t));
        return positif.map(p -> cocok(dicetak, p) || rasio.filter(v -> cocok(dicetak, v)).isEmpty() ? p
                : rasio.get()).map(p -> cocok(dicetak, p) ? p : DUA.multiply(SERATUS).subtract(p));
    }

    /** a / b x 100, when both are printed and b is not zero. */
    private static Optional<BigDecimal> bagi(Optional<AngkaTerbaca> a, Optional<AngkaTerbaca> b) {
        if (a.isEmpty() || b.isEmpty() || b.get().nilai().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(a.get().nilai().multiply(SERATUS).divide(b.get().nilai(), MathContext.DECIMAL64));
    }

    /** Whether a printed figure is the value to its last printed digit (rounded or cut). */
    static boolean cocok(BigDecimal dicetak, BigDecimal nilai) {
        BigDecimal satuan = BigDecimal.ONE.movePointLeft(Math.max(0, dicetak.scale()));
        return dicetak.subtract(nilai).abs().compareTo(satuan) < 0;
    }
}
