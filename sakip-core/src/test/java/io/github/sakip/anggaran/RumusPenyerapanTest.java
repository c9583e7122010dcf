package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RumusPenyerapanTest {

    private static final RumusPenyerapan RUMUS = RumusPenyerapan.standar();

    private static String persen(long pagu, long realisasi) {
        return RUMUS.hitung(Rupiah.of(pagu), Rupiah.of(realisasi)).getPersen().get().getNilai().toPlainString();
    }

    @Test
    void klojenProgramsAsPrinted() {
        // Bab III.B, realisasi anggaran table: computed beside printed
        assertThat(persen(418_601_325L, 395_246_192L)).isEqualTo("94.42"); // printed 94,42
        assertThat(persen(15_856_565_120L, 15_411_591_203L)).isEqualTo("97.19"); // printed 97,19
        assertThat(persen(19_072_791_175L, 16_822_811_324L)).isEqualTo("88.20"); // printed 88,20
        assertThat(persen(4_942_280_380L, 4_679_836_059L)).isEqualTo("94.69"); // printed 94,69
        assertThat(persen(63_163_000L, 44_815_500L)).isEqualTo("70.95"); // printed 70,95
    }

    @Test
    void klojenAgencyAndSasaranThreeAtEveryLevel() {
        // agency 92,57 % (Bab III.B and Bab IV); sasaran 3 89,49 % (Tabel 3.4)
        PosAnggaran klojen = KlojenAnggaran.klojen();
        assertThat(RUMUS.hitung(klojen).getPersen()).contains(Persen.of(new BigDecimal("92.57")));
        assertThat(RUMUS.hitung(klojen.getRincian().get(2)).getPersen()).contains(Persen.of(new BigDecimal("89.49")));
        assertThat(klojen.getSemua().stream().map(p -> RUMUS.hitung(p).getPersen().get().getNilai().toPlainString()))
                .containsExactly("92.57", "94.42", "94.42", "97.19", "97.19", "89.49", "88.20", "94.69", "70.95");
    }

    @Test
    void sisaIsPaguMinusRealisasi() {
        Penyerapan p = RUMUS.hitung(Rupiah.of(418_601_325L), Rupiah.of(395_246_192L));
        assertThat(p.getSisa()).isEqualTo(Rupiah.of(23_355_133L));
        assertThat(p.getPembulatan()).isEqualTo(Pembulatan.STANDAR);
        assertThat(p.toString()).isEqualTo("Penyerapan[Rp 395246192.00 / Rp 418601325.00 = 94.42%]");
        Penyerapan over = RUMUS.hitung(Rupiah.of(100L), Rupiah.of(120L));
        assertThat(over.getPersen()).contains(Persen.of(new BigDecimal("120.00")));
        assertThat(over.getSisa()).isEqualTo(Rupiah.of(-20L));
    }

    @Test
    void zeroPaguHasNoAbsorption() {
        Penyerapan p = RUMUS.hitung(Rupiah.NOL, Rupiah.of(5L));
        assertThat(p.getPersen()).isEmpty();
        assertThat(p.getSisa()).isEqualTo(Rupiah.of(-5L));
        assertThat(p.toString()).contains("pagu 0");
        assertThat(RUMUS.hitung(PosAnggaran.gabungan(TingkatPos.SASARAN, "Tanpa program", List.of())).getPersen())
                .isEmpty();
    }

    @Test
    void negativeAmountsAndNullsAreRejected() {
        assertThatThrownBy(() -> RUMUS.hitung(Rupiah.of(-1L), Rupiah.NOL)).isInstanceOf(SakipException.class)
                .hasMessage("Penyerapan.pagu must be >= 0, was Rp -1.00");
        assertThatThrownBy(() -> RUMUS.hitung(Rupiah.of(100L), null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RUMUS.hitung((PosAnggaran) null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> RUMUS.withPembulatan(null)).isInstanceOf(SakipException.class);
    }

    @Test
    void truncatingPolicy() {
        // 37.354.300.278 / 40.353.401.000 = 92,5679...: DOWN gives 92,56
        RumusPenyerapan down = RUMUS.withPembulatan(Pembulatan.of(2, RoundingMode.DOWN));
        assertThat(down.hitung(KlojenAnggaran.klojen()).getPersen()).contains(Persen.of(new BigDecimal("92.56")));
        assertThat(down.getPembulatan().getRoundingMode()).isEqualTo(RoundingMode.DOWN);
        assertThat(down.toString()).isEqualTo("RumusPenyerapan[Pembulatan[2, DOWN]]");
    }

    @Test
    void absorptionOfASumLiesBetweenTheSmallestAndLargestOfItsParts() {
        qt().withExamples(150).forAll(lists().of(longs().between(1, PohonAcak.MAX_SEN).zip(
                longs().between(0, PohonAcak.MAX_SEN), (p, r) -> new long[] {p, r})).ofSizeBetween(1, 12))
                .checkAssert(parts -> {
                    List<PosAnggaran> pos = parts.stream().map(x -> PosAnggaran.of(TingkatPos.PROGRAM, "P",
                            Rupiah.of(BigDecimal.valueOf(x[0], 2)), Rupiah.of(BigDecimal.valueOf(x[1], 2)))).toList();
                    PosAnggaran sum = PosAnggaran.gabungan(TingkatPos.SASARAN, "S", pos);
                    PosAnggaran min = pos.get(0);
                    PosAnggaran max = pos.get(0);
                    for (PosAnggaran p : pos) {
                        min = banding(p, min) < 0 ? p : min;
                        max = banding(p, max) > 0 ? p : max;
                    }
                    // exact fractions, by cross-multiplication
                    assertThat(banding(min, sum)).isLessThanOrEqualTo(0);
                    assertThat(banding(sum, max)).isLessThanOrEqualTo(0);
                    // rounding is monotone, so the rounded figures keep the order
                    BigDecimal s = RUMUS.hitung(sum).getPersen().get().getNilai();
                    assertThat(RUMUS.hitung(min).getPersen().get().getNilai()).isLessThanOrEqualTo(s);
                    assertThat(RUMUS.hitung(max).getPersen().get().getNilai()).isGreaterThanOrEqualTo(s);
                });
    }

    /** realisasi(a) / pagu(a) compared with realisasi(b) / pagu(b), exact. */
    private static int banding(PosAnggaran a, PosAnggaran b) {
        return a.getRealisasi().getNilai().multiply(b.getPagu().getNilai())
                .compareTo(b.getRealisasi().getNilai().multiply(a.getPagu().getNilai()));
    }

    @Test
    void amountsUpTo10Pow16RupiahLoseNothing() {
        Rupiah pagu = Rupiah.of(new BigDecimal("9999999999999999.99"));
        Rupiah realisasi = Rupiah.of(new BigDecimal("9999999999999999.98"));
        PosAnggaran sum = PosAnggaran.gabungan(TingkatPos.PERANGKAT_DAERAH, "PD", List.of(
                PosAnggaran.of(TingkatPos.SASARAN, "A", pagu, realisasi),
                PosAnggaran.of(TingkatPos.SASARAN, "B", pagu, realisasi)));
        assertThat(sum.getPagu()).isEqualTo(Rupiah.of(new BigDecimal("19999999999999999.98")));
        assertThat(sum.getSisa()).isEqualTo(Rupiah.of(new BigDecimal("0.02")));
        // 99,99999999999999989999999... rounds to 99,9999999999999999 at 20 decimals
        assertThat(RUMUS.withPembulatan(Pembulatan.of(20, RoundingMode.HALF_UP)).hitung(sum).getPersen().get()
                .getNilai()).isEqualTo(new BigDecimal("99.99999999999999990000"));
    }
}
