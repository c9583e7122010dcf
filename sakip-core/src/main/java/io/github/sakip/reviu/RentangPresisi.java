package io.github.sakip.reviu;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The values a printed capaian or mean can stand for when the realisasi behind it is printed
 * with fewer decimals than the figure itself (66,7 beside a capaian 95,24): each such realisasi
 * stands for half a unit of its last digit either side. A target is taken as printed (it is set,
 * not measured), and so is a whole realisasi (a count, a full 100 %). The same for a change
 * between two realisasi printed with fewer decimals than the change (0,0207 - 0,0189 printed
 * 0,00186: the inputs allow 0,00170 to 0,00190). Interval arithmetic is the reviu's own: no
 * calculator of the library bounds a figure by the precision of its inputs.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RentangPresisi {

    private final HitunganIndikator indikator;
    private final HitunganIndikatorProgram indikatorProgram;

    RentangPresisi(HitunganIndikator indikator, HitunganIndikatorProgram indikatorProgram) {
        this.indikator = indikator;
        this.indikatorProgram = indikatorProgram;
    }

    Optional<Rentang> rentang(Besaran besaran, int skala) {
        switch (besaran.getJenis()) {
            case CAPAIAN:
                return indikator.capaian(besaran.getIndikator().get(), besaran.getTahun().get())
                        .flatMap(c -> rentang(c, skala));
            case CAPAIAN_PROGRAM:
                return indikatorProgram.capaian(besaran.getIndikatorProgram().get()).flatMap(c -> rentang(c, skala));
            case PERUBAHAN_TAHUNAN:
                return indikator.perubahan(besaran.getIndikator().get(), besaran.getTahun().get())
                        .flatMap(t -> t.getSebelumnya()
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
                List<Capaian> all = indikator.capaianPerjanjian(besaran.getTahun().orElse(indikator.data().getTahun()));
                if (all.stream().allMatch(c -> rentang(c, skala).isEmpty())) {
                    return Optional.empty();
                }
                Pembulatan halus = Pembulatan.of(skala + 4, RoundingMode.HALF_EVEN);
                BigDecimal bawah = BigDecimal.ZERO;
                BigDecimal atas = BigDecimal.ZERO;
                for (Capaian c : all) {
                    BigDecimal nilai = indikator.batasAtas().terapkan(c.getPersen(halus)).getNilai();
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
        return indikator.batasAtas().terapkan(lain.getPersen(Pembulatan.of(skala + 4, RoundingMode.HALF_EVEN)))
                .getNilai();
    }
}
