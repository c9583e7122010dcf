package io.github.sakip.capaian;

import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.testing.Klojen2021;
import io.github.sakip.testing.SakipGen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RekapCapaianTest {

    private static final Tahun Y2021 = Tahun.of(2021);
    private static final RumusCapaian HALF_UP = RumusCapaian.standar();
    private static final RumusCapaian DOWN = RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN);

    private static Capaian hitung(RumusCapaian rumus, Indikator indikator, String target, String realisasi) {
        return rumus.hitung(indikator, Target.of(Y2021, new BigDecimal(target)),
                Realisasi.of(Y2021, new BigDecimal(realisasi)));
    }

    /** Klojen LKjIP 2021, Tabel 3.1: each indicator's 2021 target (Tabel 2.4) against its realisasi 2021. */
    private static List<Capaian> tabel31(RumusCapaian rumus) {
        PerjanjianKinerja pk = Klojen2021.perjanjianKinerja();
        Renstra renstra = Klojen2021.renstra();
        return pk.getIndikator().stream().map(i -> rumus.hitung(i, pk.getTarget(i).orElseThrow(),
                renstra.getRealisasi(i, Klojen2021.TAHUN).orElseThrow())).toList();
    }

    private static ButirCapaian dicetak(String nama, String persen) {
        return ButirCapaian.of(nama, Persen.of(new BigDecimal(persen)));
    }

    private static BigDecimal rataRata(RekapCapaian rekap) {
        return rekap.getRataRata().orElseThrow().getNilai();
    }

    @Test
    void klojenAverageFromThePrintedFiguresIs11453() {
        // Tabel 3.1 prints 109,74, 93,29, 140,57 and "Rata-rata capaian 114,53 %": (343,60) / 3 = 114,533...
        RekapCapaian printed = RataRataCapaian.standar().rekapButir("Tabel 3.1", List.of(
                dicetak("Nilai SAKIP OPD", "109.74"), dicetak("IPMas", "93.29"), dicetak("Sarpras", "140.57")));
        assertThat(rataRata(printed)).isEqualTo(new BigDecimal("114.53"));
    }

    @Test
    void klojenAverageFromHalfUpCapaianIs11454NotThePrinted11453() {
        // (109,74 + 93,29 + 140,58) / 3 = 114,536... -> 114,54; the report printed 114,53
        assertThat(rataRata(RataRataCapaian.standar().rekap("Tabel 3.1", tabel31(HALF_UP))))
                .isEqualTo(new BigDecimal("114.54"));
    }

    @Test
    void klojenAverageFromDownCapaianReproducesThePrinted11453() {
        // (109,73 + 93,29 + 140,57) / 3 = 114,53 exactly; the report printed 114,53
        assertThat(rataRata(RataRataCapaian.standar().rekap("Tabel 3.1", tabel31(DOWN))))
                .isEqualTo(new BigDecimal("114.53"));
    }

    @Test
    void klojenAverageFromExactCapaian() {
        // (109,7362... + 93,2949... + 140,5750...) / 3 = 114,5354...: 114,54 HALF_UP, 114,53 DOWN
        RataRataCapaian eksak = RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK);
        assertThat(rataRata(eksak.rekap("Tabel 3.1", tabel31(HALF_UP)))).isEqualTo(new BigDecimal("114.54"));
        assertThat(rataRata(eksak.withPembulatan(2, RoundingMode.DOWN).rekap("Tabel 3.1", tabel31(HALF_UP))))
                .isEqualTo(new BigDecimal("114.53"));
        assertThat(rataRata(eksak.withPembulatan(Pembulatan.of(6, RoundingMode.HALF_UP))
                .rekap("Tabel 3.1", tabel31(DOWN)))).isEqualTo(new BigDecimal("114.535431"));
    }

    @Test
    void klojenCountsTercapaiAndPredikat() {
        RekapCapaian rekap = RataRataCapaian.standar().rekap("Tabel 3.1", tabel31(HALF_UP));
        // Bab IV: of 3 sasaran, 2 reach their target, IPMas (93,29) does not
        assertThat(rekap.getJumlahTerukur()).isEqualTo(3);
        assertThat(rekap.getJumlahTercapai()).isEqualTo(2);
        assertThat(rekap.getJumlahBelumTercapai()).isEqualTo(1);
        assertThat(rekap.getJumlahTidakTerukur()).isZero();
        Map<Predikat, Integer> counts = rekap.getJumlahPerPredikat(SkalaBaku.LKJIP);
        assertThat(counts.values()).containsExactly(0, 0, 2, 1);
        assertThat(counts.keySet()).extracting(Predikat::getLabel).containsExactly("Tidak tercapai/ Tidak berhasil",
                "Cukup tercapai/ Cukup berhasil", "Tercapai/ Berhasil", "Sangat tercapai/ Sangat berhasil");
        assertThat(rekap.getPredikat(SkalaBaku.LKJIP)).get().extracting(Predikat::getLabel)
                .isEqualTo("Sangat tercapai/ Sangat berhasil");
        assertThat(rekap.isTercapai()).isTrue();
        assertThat(rekap).hasToString(
                "RekapCapaian[Tabel 3.1: rata-rata 114.54%, 3 terukur, 2 tercapai, 0 tidak terukur]");
    }

    @Test
    void tidakTerukurIsLeftOutOfAveragesAndCountedApart() {
        List<ButirCapaian> butir = new ArrayList<>();
        tabel31(DOWN).forEach(c -> butir.add(ButirCapaian.of(c)));
        butir.add(ButirCapaian.tidakTerukur(Indikator.of("Indeks X", Satuan.INDEKS, Polaritas.POSITIF)));
        RekapCapaian rekap = RataRataCapaian.standar().rekapButir("Dengan NA", butir);
        assertThat(rataRata(rekap)).isEqualTo(new BigDecimal("114.53"));
        assertThat(rekap.getMedian()).contains(Persen.of(new BigDecimal("109.73")));
        assertThat(rekap.getJumlahTidakTerukur()).isEqualTo(1);
        assertThat(rekap.getJumlahTerukur()).isEqualTo(3);
        assertThat(rekap.getJumlahBelumTercapai()).isEqualTo(1);
        assertThat(rekap.getJumlahPerPredikat(SkalaBaku.LKJIP).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(3);
    }

    @Test
    void nothingMeasuredHasNoAverage() {
        RekapCapaian rekap = RataRataCapaian.standar().rekapButir("NA", List.of(ButirCapaian.tidakTerukur("A")));
        assertThat(rekap.getRataRata()).isEmpty();
        assertThat(rekap.getRataRataTertimbang()).isEmpty();
        assertThat(rekap.getMedian()).isEmpty();
        assertThat(rekap.getPredikat(SkalaBaku.LKJIP)).isEmpty();
        assertThat(rekap.isTercapai()).isFalse();
        assertThat(rekap).hasToString("RekapCapaian[NA: rata-rata -, 0 terukur, 0 tercapai, 1 tidak terukur]");
        assertThat(ButirCapaian.of(rekap).isTerukur()).isFalse();
    }

    @Test
    void weightedAverageUsesTheWeightsOfMeasuredItems() {
        // (2 x 109,74 + 1 x 93,29) / 3 = 104,256... -> 104,26; the tidak terukur weight 5 is left out
        RekapCapaian rekap = RataRataCapaian.standar().rekapButir("Berbobot", List.of(
                dicetak("A", "109.74").withBobot(new BigDecimal("2")), dicetak("B", "93.29"),
                ButirCapaian.tidakTerukur("C").withBobot(new BigDecimal("5"))));
        assertThat(rekap.getRataRataTertimbang()).contains(Persen.of(new BigDecimal("104.26")));
        assertThat(rekap.getRataRata()).contains(Persen.of(new BigDecimal("101.52")));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        RekapCapaian rekap = RataRataCapaian.standar().rekapButir("Median", List.of(dicetak("A", "140.57"),
                dicetak("B", "93.29"), dicetak("C", "109.74"), dicetak("D", "50")));
        assertThat(rekap.getMedian()).contains(Persen.of(new BigDecimal("101.52")));
    }

    @Test
    void capLimitsTheAveragesButNotThePredikatOrTercapai() {
        RataRataCapaian capped = RataRataCapaian.standar().withBatasAtas(BatasAtasCapaian.SERATUS);
        RekapCapaian rekap = capped.rekap("Tabel 3.1", tabel31(HALF_UP));
        // (100 + 93,29 + 100) / 3 = 97,763... -> 97,76
        assertThat(rataRata(rekap)).isEqualTo(new BigDecimal("97.76"));
        assertThat(rekap.getMedian()).contains(Persen.of(new BigDecimal("100.00")));
        assertThat(rekap.getJumlahTercapai()).isEqualTo(2);
        assertThat(rekap.getJumlahPerPredikat(SkalaBaku.LKJIP).values()).containsExactly(0, 0, 2, 1);
        assertThat(rekap.isTercapai()).isFalse();
    }

    @Test
    void cappedAverageNeverExceedsTheCap() {
        RataRataCapaian capped = RataRataCapaian.standar().withBatasAtas(BatasAtasCapaian.SERATUS_DUA_PULUH);
        qt().withExamples(100).forAll(lists().of(SakipGen.capaian()).ofSizeBetween(1, 8)).checkAssert(list -> {
            RekapCapaian rekap = capped.rekap("Acak", list);
            assertThat(rataRata(rekap)).isLessThanOrEqualTo(new BigDecimal("120"));
            assertThat(rekap.getRataRataTertimbang().orElseThrow().getNilai()).isLessThanOrEqualTo(new BigDecimal("120"));
            assertThat(rekap.getMedian().orElseThrow().getNilai()).isLessThanOrEqualTo(new BigDecimal("120"));
        });
    }

    @Test
    void averageLiesBetweenTheSmallestAndTheLargestExactValue() {
        RataRataCapaian eksak = RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK)
                .withPembulatan(Pembulatan.of(2, RoundingMode.DOWN));
        qt().withExamples(100).forAll(lists().of(SakipGen.capaian()).ofSizeBetween(1, 8)).checkAssert(list -> {
            BigDecimal mean = rataRata(eksak.rekap("Acak", list));
            BigDecimal min = list.stream().map(c -> c.getPersen(Pembulatan.of(2, RoundingMode.FLOOR)).getNilai())
                    .min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = list.stream().map(c -> c.getPersen(Pembulatan.of(2, RoundingMode.CEILING)).getNilai())
                    .max(BigDecimal::compareTo).orElseThrow();
            assertThat(mean).isBetween(min, max);
        });
    }

    @Test
    void agencyRecapAveragesItsSasaranRecaps() {
        RataRataCapaian rata = RataRataCapaian.standar();
        RekapCapaian s1 = rata.rekap("Sasaran 1", List.of(hitung(HALF_UP, NILAI_SAKIP, "80.01", "87.80"),
                hitung(HALF_UP, IPMAS, "80", "100")));          // (109,74 + 125) / 2 = 117,37
        RekapCapaian s2 = rata.rekap("Sasaran 2", List.of(hitung(HALF_UP, KEPUASAN_PRASARANA, "100", "90")));   // 90
        RekapCapaian s3 = rata.rekapButir("Sasaran 3", List.of(ButirCapaian.tidakTerukur("Indeks Y")));
        RekapCapaian agency = rata.rekapButir("Perangkat daerah",
                List.of(ButirCapaian.of(s1), ButirCapaian.of(s2), ButirCapaian.of(s3)));
        // the average of the sasaran (117,37 + 90) / 2 = 103,685 -> 103,69, not of the three indicators
        assertThat(rataRata(agency)).isEqualTo(new BigDecimal("103.69"));
        assertThat(agency.getJumlahTercapai()).isEqualTo(1);
        assertThat(agency.getJumlahBelumTercapai()).isEqualTo(1);
        assertThat(agency.getJumlahTidakTerukur()).isEqualTo(1);
        assertThat(ButirCapaian.of(s1).getNama()).isEqualTo("Sasaran 1");
    }

    @Test
    void emptyRecapIsRejected() {
        assertThatThrownBy(() -> RataRataCapaian.standar().rekap("Kosong", List.of()))
                .isInstanceOf(SakipException.class).hasMessage("RekapCapaian.butir must not be empty for recap \"Kosong\"");
        assertThatThrownBy(() -> RataRataCapaian.standar().rekap(" ", tabel31(HALF_UP)))
                .isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RataRataCapaian.standar().rekap("A", null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RataRataCapaian.standar().rekap("A", tabel31(HALF_UP)).getJumlahPerPredikat(null))
                .isInstanceOf(SakipException.class);
    }
}
