package io.github.sakip.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Rupiah;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.testing.SakipGen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RumusPengukuranPropertiesTest {

    private static final RumusPengukuran STANDAR = RumusPengukuran.standar();

    /** An agreement and the realisasi of some of its indicators. */
    private record Data(PerjanjianKinerja pk, Map<Indikator, Realisasi> realisasi) {
    }

    private static Gen<Data> data() {
        return SakipGen.perjanjianKinerja().flatMap(pk -> SakipGen.realisasi(pk).map(r -> new Data(pk, r)));
    }

    @Test
    void everyIndicatorIsMeasuredOnceInOrderAsRumusCapaianComputesIt() {
        qt().withExamples(150).forAll(data()).checkAssert(d -> {
            PengukuranKinerja p = STANDAR.hitung(d.pk(), d.realisasi());
            assertThat(p.getIndikator()).extracting(PengukuranIndikator::getIndikator)
                    .containsExactlyElementsOf(d.pk().getIndikator());
            for (PengukuranIndikator i : p.getIndikator()) {
                Optional<Realisasi> r = Optional.ofNullable(d.realisasi().get(i.getIndikator()));
                Optional<Capaian> expected = RumusCapaian.standar().hitung(i.getIndikator(), i.getTarget(), r);
                assertThat(i.getCapaian()).isEqualTo(expected);
                assertThat(i.isTerukur()).isEqualTo(r.isPresent());
                assertThat(i.isTercapai()).isEqualTo(expected.map(Capaian::isTercapai).orElse(false));
                assertThat(i.getPredikat()).isEqualTo(expected.map(c -> c.getPredikat(SkalaBaku.LKJIP)));
            }
        });
    }

    @Test
    void countsAddUpForIndicatorsAndSasaran() {
        qt().withExamples(150).forAll(data()).checkAssert(d -> {
            PengukuranKinerja p = STANDAR.hitung(d.pk(), d.realisasi());
            assertThat(p.getJumlahIndikatorTercapai() + p.getJumlahIndikatorBelumTercapai()
                    + p.getJumlahIndikatorTidakTerukur()).isEqualTo(p.getJumlahIndikator());
            assertThat(p.getJumlahIndikatorTidakTerukur()).isEqualTo(p.getJumlahIndikator() - d.realisasi().size());
            assertThat(p.getJumlahSasaranTercapai() + p.getJumlahSasaranBelumTercapai()
                    + p.getJumlahSasaranTidakTerukur()).isEqualTo(d.pk().getKomitmen().size());
            assertThat(p.getSasaran().stream().mapToInt(s -> s.getRekap().getJumlahTercapai()).sum())
                    .isEqualTo(p.getJumlahIndikatorTercapai());
            assertThat(p.getRekap().getJumlahTerukur()).isEqualTo(d.realisasi().size());
        });
    }

    @Test
    void overallMeanOfIndicatorsIsTheMeanOfEveryMeasuredCapaianAndLiesBetweenThem() {
        qt().withExamples(150).forAll(data()).checkAssert(d -> {
            PengukuranKinerja p = STANDAR.hitung(d.pk(), d.realisasi());
            List<Capaian> measured = new ArrayList<>();
            p.getIndikator().forEach(i -> i.getCapaian().ifPresent(measured::add));
            if (measured.isEmpty()) {
                assertThat(p.getRataRata()).isEmpty();
                assertThat(p.getPredikat()).isEmpty();
                return;
            }
            Persen mean = p.getRataRata().orElseThrow();
            assertThat(mean).isEqualTo(RataRataCapaian.standar().rekap("x", measured).getRataRata().orElseThrow());
            assertThat(mean.getNilai()).isBetween(
                    measured.stream().map(c -> c.getPersen().getNilai()).min(BigDecimal::compareTo).orElseThrow(),
                    measured.stream().map(c -> c.getPersen().getNilai()).max(BigDecimal::compareTo).orElseThrow());
            assertThat(p.getPredikat()).contains(SkalaBaku.LKJIP.predikat(mean));
        });
    }

    @Test
    void overallMeanOfSasaranIsTheMeanOfTheSasaranMeans() {
        RumusPengukuran dariSasaran = STANDAR.withRataRataKeseluruhan(RataRataKeseluruhan.DARI_SASARAN);
        qt().withExamples(150).forAll(data()).checkAssert(d -> {
            PengukuranKinerja p = dariSasaran.hitung(d.pk(), d.realisasi());
            List<BigDecimal> means = p.getSasaran().stream().flatMap(s -> s.getRataRata().stream())
                    .map(Persen::getNilai).toList();
            Optional<BigDecimal> expected = means.isEmpty() ? Optional.empty() : Optional.of(means.stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(means.size()), 2,
                            RoundingMode.HALF_UP));
            assertThat(p.getRataRata().map(Persen::getNilai)).isEqualTo(expected);
            if (d.pk().getKomitmen().stream().allMatch(k -> k.getSasaran().getIndikator().size() == 1)) {
                assertThat(p.getRataRata()).isEqualTo(STANDAR.hitung(d.pk(), d.realisasi()).getRataRata());
            }
        });
    }

    @Test
    void budgetAddsUpAndEfisiensiIsMeanCapaianOverPenyerapan() {
        qt().withExamples(150).forAll(data()).checkAssert(d -> {
            PengukuranKinerja p = STANDAR.hitung(d.pk(), d.realisasi());
            assertThat(p.getPagu()).isEqualTo(d.pk().getTotalPagu())
                    .isEqualByComparingTo(Rupiah.total(p.getSasaran().stream().map(PengukuranSasaran::getPagu)
                            .toList()));
            boolean allReported = p.getSasaran().stream().allMatch(s -> s.getPenyerapan().isPresent());
            assertThat(p.getPenyerapan().isPresent()).isEqualTo(allReported);
            if (allReported) {
                assertThat(p.getPenyerapan().get().getRealisasi()).isEqualByComparingTo(Rupiah.total(p.getSasaran()
                        .stream().map(s -> s.getPenyerapan().get().getRealisasi()).toList()));
            }
            for (PengukuranSasaran s : p.getSasaran()) {
                Optional<Persen> penyerapan = s.getPenyerapan().flatMap(Penyerapan::getPersen)
                        .filter(x -> x.getNilai().signum() > 0);
                assertThat(s.getEfisiensi().isPresent())
                        .isEqualTo(penyerapan.isPresent() && s.getRataRata().isPresent());
                s.getEfisiensi().ifPresent(e -> assertThat(e).isEqualTo(RumusEfisiensi.standar()
                        .hitung(s.getRataRata().get(), penyerapan.get())));
            }
        });
    }

    @Test
    void aMissingRealisasiChangesOnlyItsOwnLine() {
        qt().withExamples(150).forAll(data()).assuming(d -> !d.realisasi().isEmpty()).checkAssert(d -> {
            Indikator hilang = d.realisasi().keySet().iterator().next();
            Map<Indikator, Realisasi> tanpa = new HashMap<>(d.realisasi());
            tanpa.remove(hilang);
            PengukuranKinerja semua = STANDAR.hitung(d.pk(), d.realisasi());
            PengukuranKinerja kurang = STANDAR.hitung(d.pk(), tanpa);
            for (int n = 0; n < semua.getIndikator().size(); n++) {
                PengukuranIndikator a = semua.getIndikator().get(n);
                PengukuranIndikator b = kurang.getIndikator().get(n);
                if (a.getIndikator().equals(hilang)) {
                    assertThat(b.isTerukur()).isFalse();
                    assertThat(b.getPersen()).isEmpty();
                } else {
                    assertThat(b).isEqualTo(a);
                }
            }
            assertThat(kurang.getJumlahIndikatorTidakTerukur()).isEqualTo(semua.getJumlahIndikatorTidakTerukur() + 1);
        });
    }
}
