package io.github.sakip.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.predikat.Pita;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SakipGenTest {

    @Test
    void valueGeneratorsStayInTheirDocumentedRanges() {
        qt().withExamples(200).forAll(SakipGen.nilaiPositif(), SakipGen.target(), SakipGen.realisasi(),
                SakipGen.targetRentang()).checkAssert((v, t, r, rentang) -> {
                    assertThat(v).isPositive().isLessThanOrEqualTo(new BigDecimal("10000.00"));
                    assertThat(t.getNilai()).isPositive();
                    assertThat(t.getTahun()).isEqualTo(SakipGen.TAHUN);
                    assertThat(r.getNilai()).isBetween(BigDecimal.ZERO, new BigDecimal("20000"));
                    assertThat(rentang.isRentang()).isTrue();
                    assertThat(rentang.getBawah()).isPositive();
                });
        qt().withExamples(50).forAll(SakipGen.tahun(), SakipGen.triwulan()).checkAssert((y, tw) -> {
            assertThat(y.getValue()).isBetween(2015, 2030);
            assertThat(tw.getTahun()).isEqualTo(SakipGen.TAHUN);
        });
    }

    @Test
    void indicatorsOfEveryPolarityAreGenerated() {
        Set<Object> seen = new HashSet<>();
        qt().withExamples(100).forAll(SakipGen.indikator()).checkAssert(i -> seen.add(i.getPolaritas()));
        assertThat(seen).hasSize(3);
    }

    @Test
    void scalesHaveOneToSixBandsWithBothKindsOfBound() {
        Set<Integer> sizes = new HashSet<>();
        Set<Boolean> inclusive = new HashSet<>();
        qt().withExamples(200).forAll(SakipGen.skala()).checkAssert(s -> {
            sizes.add(s.getPita().size());
            for (Pita p : s.getPita()) {
                p.getAtas().ifPresent(a -> inclusive.add(a.isInklusif()));
            }
        });
        assertThat(sizes).contains(1, 6);
        assertThat(inclusive).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void nilaiSekitarHitsTheBoundsOfAScale() {
        Skala skala = Skala.builder("S", "A").dari(new BigDecimal("60"), "B").build();
        Set<BigDecimal> hits = new HashSet<>();
        qt().withExamples(200).forAll(SakipGen.nilaiSekitar(skala)).checkAssert(v -> hits.add(v.stripTrailingZeros()));
        assertThat(hits).contains(new BigDecimal("60").stripTrailingZeros(), new BigDecimal("59.99"),
                new BigDecimal("60.01"));
    }

    @Test
    void capaianAreComputed() {
        qt().withExamples(100).forAll(SakipGen.capaian()).checkAssert(c -> assertThat(c.getPenyebut()).isPositive());
    }
}
