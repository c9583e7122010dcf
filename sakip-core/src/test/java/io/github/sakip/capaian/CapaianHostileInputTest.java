package io.github.sakip.capaian;

import static io.github.sakip.hostile.Hostile.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.hostile.Hostile;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PenggabunganTriwulan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.Triwulan;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RumusCapaian, RataRataCapaian, ButirCapaian, BatasAtasCapaian and SkalaKualitatif fed random
 * and adversarial targets, realisasi, caps, weights and text (see {@link Hostile}): each call
 * gives a capaian or throws {@code SakipException} naming what was wrong, in time.
 */
class CapaianHostileInputTest {
    private static final Tahun Y2021 = Tahun.of(2021);
    /** What a calculation may name when its inputs make no capaian. */
    private static final String CAPAIAN_FIELDS = "Capaian|Target|Realisasi|Persen|Pecahan|Pembulatan";
    private static final List<RumusCapaian> RUMUS = rumus();

    private static List<RumusCapaian> rumus() {
        List<RumusCapaian> all = new ArrayList<>();
        for (VarianNegatif varian : VarianNegatif.values()) {
            all.add(RumusCapaian.standar().withVarianNegatif(varian).withBatasBawah(BatasBawahCapaian.NOL));
        }
        all.add(RumusCapaian.standar().withPembulatan(Pembulatan.of(30, RoundingMode.DOWN)));
        all.add(RumusCapaian.standar().withPembulatan(0, RoundingMode.CEILING));
        return List.copyOf(all);
    }

    @Test
    void rumusCapaianTakesAnyTargetAndRealisasi() {
        for (BigDecimal v : Hostile.DECIMALS) {
            checkCapaian(v, new BigDecimal("87.80"));
            checkCapaian(new BigDecimal("80.01"), v);
        }
        qt().withExamples(80).forAll(Hostile.decimals(), Hostile.decimals()).checkAssert(this::checkCapaian);
    }

    private void checkCapaian(BigDecimal target, BigDecimal realisasi) {
        Target t = call("Target", () -> Target.of(Y2021, target));
        Target rentang = call("Target", () -> Target.rentang(Y2021, target.min(realisasi), target.max(realisasi)));
        Realisasi r = call("Realisasi", () -> Realisasi.of(Y2021, realisasi));
        if (t == null || r == null) {
            return;
        }
        List<ButirCapaian> butir = new ArrayList<>();
        for (Polaritas polaritas : Polaritas.values()) {
            Indikator indikator = Indikator.of("Indikator", Satuan.PERSEN, polaritas);
            for (RumusCapaian rumus : RUMUS) {
                Capaian c = call(CAPAIAN_FIELDS, () -> rumus.hitung(indikator, t, r));
                if (c != null) {
                    Persen p = call(CAPAIAN_FIELDS, c::getPersen);
                    if (p != null) {
                        assertThat(c.isTercapai()).isEqualTo(p.isAtLeastSeratus());
                        call(CAPAIAN_FIELDS, () -> c.getPredikat(SkalaBaku.LKJIP));
                        butir.add(ButirCapaian.of(c));
                    }
                }
                if (rentang != null) {
                    call(CAPAIAN_FIELDS, () -> rumus.hitung(indikator, rentang, Optional.of(r)));
                }
            }
        }
        for (DasarRataRata dasar : DasarRataRata.values()) {
            RataRataCapaian rata = RataRataCapaian.standar().withDasar(dasar);
            RekapCapaian rekap = call(CAPAIAN_FIELDS, () -> rata.rekapButir("Rekap", butir));
            if (rekap != null) {
                call(CAPAIAN_FIELDS, rekap::getRataRata);
                call(CAPAIAN_FIELDS, rekap::getMedian);
            }
        }
    }

    @Test
    void capsWeightsAndPoliciesTakeAnyValue() {
        Persen persen = Persen.of(new BigDecimal("114.53"));
        for (BigDecimal v : Hostile.DECIMALS) {
            BatasAtasCapaian cap = call("BatasAtasCapaian.nilai", () -> BatasAtasCapaian.of(v));
            if (cap != null) {
                assertThat(cap.terapkan(persen)).isLessThanOrEqualTo(persen);
                call("RataRataCapaian|Persen|Pecahan", () -> RataRataCapaian.standar().withBatasAtas(cap)
                        .rekapButir("Rekap", List.of(ButirCapaian.of("Butir", persen))).getRataRata());
            }
            call("ButirCapaian.bobot", () -> ButirCapaian.of("Butir", persen).withBobot(v));
            Persen p = call("Persen", () -> Persen.of(v));
            if (p != null) {
                call("ButirCapaian|Persen|Pecahan", () -> RataRataCapaian.standar().rekapButir("Rekap",
                        List.of(ButirCapaian.of("Butir", p), ButirCapaian.tidakTerukur("Tidak"))).getRataRata());
                call("BatasAtasCapaian|Persen", () -> BatasAtasCapaian.SERATUS_DUA_PULUH.terapkan(p));
            }
            call("SkalaKualitatif", () -> SkalaKualitatif.OPINI_BPK.kategori(v));
        }
        for (int scale : Hostile.INTS) {
            call("Pembulatan", () -> RumusCapaian.standar().withPembulatan(scale, RoundingMode.HALF_UP));
            call("Pembulatan", () -> RataRataCapaian.standar().withPembulatan(scale, RoundingMode.HALF_UP));
        }
        assertThatThrownBy(() -> BatasAtasCapaian.of(new BigDecimal("-1E+1000000000")))
                .hasMessageStartingWith("BatasAtasCapaian.nilai must have at most 1000 digits");
    }

    @Test
    void namesAndCategoriesTakeAnyText() {
        for (String text : Hostile.TEXTS) {
            call("ButirCapaian", () -> ButirCapaian.of(text, Persen.SERATUS));
            call("ButirCapaian", () -> ButirCapaian.tidakTerukur(text));
            call("SkalaKualitatif", () -> SkalaKualitatif.of(text, List.of("Tidak", "Ya")));
            call("SkalaKualitatif", () -> SkalaKualitatif.of("Skala", List.of(text, "Ya")));
            call("SkalaKualitatif", () -> SkalaKualitatif.OPINI_BPK.nilai(text));
            call("SkalaKualitatif|Indikator", () -> SkalaKualitatif.YA_TIDAK.indikator(text));
            call("SkalaKualitatif", () -> SkalaKualitatif.TERSEDIA.realisasi(Y2021, text));
            call("RataRataCapaian|RekapCapaian", () -> RataRataCapaian.standar().rekapButir(text, List.of()));
        }
    }

    @Test
    void quartersOfAnyValuesCombineIntoAYearOrSakipException() {
        Hostile.forEachDecimal(100, v -> {
            for (PenggabunganTriwulan cara : PenggabunganTriwulan.values()) {
                Indikator indikator = Indikator.of("Indikator", Satuan.PERSEN, Polaritas.POSITIF)
                        .withPenggabungan(cara);
                List<Realisasi> triwulanan = new ArrayList<>();
                for (int ke = 1; ke <= 4; ke++) {
                    int k = ke;
                    Realisasi r = call("Realisasi", () -> Realisasi.of(Triwulan.of(Y2021, k),
                            k % 2 == 0 ? v : BigDecimal.valueOf(k)));
                    if (r != null) {
                        triwulanan.add(r);
                    }
                }
                call(CAPAIAN_FIELDS + "|RealisasiTahunan", () -> RealisasiTahunan.gabung(indikator, triwulanan));
                call(CAPAIAN_FIELDS + "|RealisasiTahunan", () -> RealisasiTahunan.gabung(indikator, triwulanan,
                        Pembulatan.of(30, RoundingMode.HALF_EVEN)));
            }
        });
    }
}
