package io.github.sakip.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PembacaTerbilangTest {

    @Test
    void klojenWordsSayWhatTheySay() {
        // Bab III.A.4: "76,57 (tujuh puluh enam koma dua puluh enam)" and "80,01 (delapan puluh koma nol satu)"
        assertThat(PembacaTerbilang.baca("tujuh puluh enam koma dua puluh enam")).contains(new BigDecimal("76.26"));
        assertThat(PembacaTerbilang.baca("Delapan  puluh koma nol satu")).contains(new BigDecimal("80.01"));
        assertThat(PembacaTerbilang.baca("sebelas")).contains(new BigDecimal("11"));
        assertThat(PembacaTerbilang.baca("empat puluh miliar tiga ratus lima puluh tiga juta empat ratus satu ribu"))
                .contains(new BigDecimal("40353401000"));
        assertThat(PembacaTerbilang.baca("tujuh puluh enam koma lima tujuh")).contains(new BigDecimal("76.57"));
        assertThat(PembacaTerbilang.baca("minus dua koma nol dua")).contains(new BigDecimal("-2.02"));
    }

    @Test
    void wordsTerbilangWouldNotWriteAreNotRead() {
        assertThat(PembacaTerbilang.baca("dua tiga")).isEmpty();
        assertThat(PembacaTerbilang.baca("satu ribu")).isEmpty();
        assertThat(PembacaTerbilang.baca("sepuluh satu")).isEmpty();
        assertThat(PembacaTerbilang.baca("dua ekor")).isEmpty();
        assertThat(PembacaTerbilang.baca("koma lima")).isEmpty();
        assertThat(PembacaTerbilang.baca("lima koma")).isEmpty();
        // decimals that are neither a number nor digits
        assertThat(PembacaTerbilang.baca("dua koma tiga ekor")).isEmpty();
        assertThat(PembacaTerbilang.baca("minus")).isEmpty();
    }

    @Test
    void isTerbilangAcceptsBothReadingsOfTheDecimalsAndNothingElse() {
        assertThat(PembacaTerbilang.isTerbilang("Tujuh puluh enam koma dua puluh enam", new BigDecimal("76.26"))).isTrue();
        assertThat(PembacaTerbilang.isTerbilang("tujuh\u00A0puluh enam koma dua enam", new BigDecimal("76.26"))).isTrue();
        assertThat(PembacaTerbilang.isTerbilang("tujuh puluh enam koma dua puluh enam", new BigDecimal("76.57")))
                .isFalse();
        assertThatThrownBy(() -> PembacaTerbilang.isTerbilang("satu", null)).isInstanceOf(SakipException.class)
                .hasMessage("PembacaTerbilang angka must not be null");
        assertThatThrownBy(() -> PembacaTerbilang.isTerbilang(null, BigDecimal.ONE)).isInstanceOf(SakipException.class)
                .hasMessageContaining("PembacaTerbilang kata");
    }

    @Test
    void wordsAreComparedWithEveryUnicodeSpaceAsOne() {
        assertThat(PembacaTerbilang.baca("\u00A0tujuh\u2003puluh enam\nkoma dua\u00A0puluh enam "))
                .contains(new BigDecimal("76.26"));
        assertThat(PembacaTerbilang.normal("\u00A0Tujuh\u00A0 Puluh\n")).isEqualTo("tujuh puluh");
        assertThatThrownBy(() -> PembacaTerbilang.baca("\u00A0 ")).isInstanceOf(SakipException.class)
                .hasMessageContaining("PembacaTerbilang kata");
    }

    @Test
    void readsBackWhatTerbilangSpellsBothWays() {
        qt().withExamples(300).forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 4))
                .checkAssert((v, scale) -> {
                    BigDecimal n = BigDecimal.valueOf(v, scale);
                    assertThat(PembacaTerbilang.baca(Terbilang.of(n))).contains(n);
                    assertThat(PembacaTerbilang.baca(Terbilang.of(n, BacaanDesimal.PER_DIGIT))).contains(n);
                });
    }

    @Test
    void wordsAreReadUpToEighteenDecimals() {
        assertThat(PembacaTerbilang.baca("nol koma " + "satu ".repeat(18).strip()))
                .contains(new BigDecimal("0." + "1".repeat(18)));
        assertThat(PembacaTerbilang.baca("nol koma " + "satu ".repeat(19).strip())).isEmpty();
    }
}
