package io.github.sakip.anggaran;

import static io.github.sakip.hostile.Hostile.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.hostile.Hostile;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RumusPenyerapan, RumusEfisiensi, PerubahanPenyerapan, PosAnggaran and BarisAnggaran fed random
 * and adversarial amounts, percentages and names (see {@link Hostile}): each call gives a result or
 * a {@code SakipException} naming what was wrong, in time.
 */
class AnggaranHostileInputTest {
    private static final String FIELDS = "Penyerapan|Efisiensi|PosAnggaran|BarisAnggaran|Rupiah|Persen|Pecahan"
            + "|Pembulatan";

    @Test
    void calculatorsTakeAnyAmountsAndPercentages() {
        for (BigDecimal v : Hostile.DECIMALS) {
            check(v, new BigDecimal("40353401000.00"));
            check(new BigDecimal("37354300278.00"), v);
        }
        qt().withExamples(200).forAll(Hostile.decimals(), Hostile.decimals()).checkAssert(this::check);
    }

    private void check(BigDecimal a, BigDecimal b) {
        Rupiah pagu = call("Rupiah", () -> Rupiah.of(a, RoundingMode.HALF_UP));
        Rupiah realisasi = call("Rupiah", () -> Rupiah.of(b, RoundingMode.HALF_UP));
        for (RumusPenyerapan rumus : List.of(RumusPenyerapan.standar(),
                RumusPenyerapan.standar().withPembulatan(Pembulatan.of(30, RoundingMode.DOWN)))) {
            if (pagu != null && realisasi != null) {
                Penyerapan p = call(FIELDS, () -> rumus.hitung(pagu, realisasi));
                PosAnggaran pos = call(FIELDS, () -> PosAnggaran.of(TingkatPos.PROGRAM, "Program", pagu, realisasi));
                if (pos != null) {
                    assertThat(call(FIELDS, () -> rumus.hitung(pos))).isEqualTo(p);
                    call(FIELDS, () -> PosAnggaran.gabungan(TingkatPos.SASARAN, "Sasaran", List.of(pos, pos)));
                }
            }
        }
        Persen capaian = call("Persen", () -> Persen.of(a));
        Persen penyerapan = call("Persen", () -> Persen.of(b));
        if (capaian != null && penyerapan != null) {
            call(FIELDS, () -> RumusEfisiensi.standar().hitung(capaian, penyerapan));
            call(FIELDS, () -> RumusEfisiensi.standar().withPembulatan(Pembulatan.of(30, RoundingMode.UP))
                    .hitung(capaian, penyerapan));
            call(FIELDS, () -> PerubahanPenyerapan.of(capaian, penyerapan));
        }
    }

    @Test
    void namesAndCodesTakeAnyText() {
        KodeNomenklatur kode = KodeNomenklatur.parse("7.01.01");
        for (String text : Hostile.TEXTS) {
            call("PosAnggaran", () -> PosAnggaran.of(TingkatPos.PROGRAM, text, Rupiah.of(1), Rupiah.NOL));
            call("PosAnggaran", () -> PosAnggaran.gabungan(TingkatPos.PERANGKAT_DAERAH, text, List.of()));
            call("BarisAnggaran", () -> BarisAnggaran.of(kode, text, Rupiah.of(1)));
            call("PosAnggaran|RekapNomenklatur|BarisAnggaran", () -> RekapNomenklatur.susun(text,
                    List.of(BarisAnggaran.of(kode, Rupiah.of(1))), List.of()));
        }
    }
}
