package io.github.sakip.format;

import static io.github.sakip.hostile.Hostile.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.hostile.Hostile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AngkaFormat, PersenFormat, RupiahFormat and Terbilang fed random and adversarial numbers and
 * text (see {@link Hostile}): each call returns text or a number, or throws
 * {@code SakipException} naming what it reads, in time; whatever is printed is read back.
 */
class FormatHostileInputTest {
    private static final List<AngkaFormat> ANGKA = angkaFormats();

    private static List<AngkaFormat> angkaFormats() {
        return List.of(AngkaFormat.INDONESIA, AngkaFormat.PLAIN,
                AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.HALF_UP),
                AngkaFormat.INDONESIA.withDesimal(2, RoundingMode.UNNECESSARY),
                AngkaFormat.INDONESIA.withDesimal(0, RoundingMode.CEILING),
                AngkaFormat.PLAIN.withDesimal(30, RoundingMode.DOWN),
                AngkaFormat.PLAIN.withDesimal(AngkaFormat.MAX_DESIMAL, RoundingMode.HALF_EVEN));
    }

    @Test
    void formatsTakeAnyNumberAndReadBackWhatTheyPrint() {
        Hostile.forEachDecimal(80, this::checkFormat);
    }

    private void checkFormat(BigDecimal v) {
        for (AngkaFormat f : ANGKA) {
            String angka = call("Angka", () -> f.format(v));
            if (angka != null) {
                assertThat(f.format(f.parse(angka))).isEqualTo(angka);
            }
            PersenFormat pf = PersenFormat.of(f);
            String persen = call("Angka|Persen", () -> pf.format(v));
            if (persen != null) {
                assertThat(pf.parse(persen)).isEqualByComparingTo(f.parse(angka));
            }
            RupiahFormat rf = RupiahFormat.of(f);
            String rupiah = call("Angka|Rupiah", () -> rf.format(v));
            if (rupiah != null) {
                assertThat(rf.parse(rupiah)).isEqualByComparingTo(f.parse(angka));
            }
        }
        String rupiah = call("Angka|Rupiah", () -> RupiahFormat.INDONESIA.format(v));
        if (rupiah != null) {
            assertThat(RupiahFormat.INDONESIA.parse(rupiah)).isEqualByComparingTo(v);
        }
        call("Angka|Persen", () -> PersenFormat.INDONESIA.format(v));
        for (BacaanDesimal bacaan : BacaanDesimal.values()) {
            String words = call("Terbilang angka", () -> Terbilang.of(v, bacaan));
            if (words != null) {
                assertThat(words).isNotBlank().matches("[a-z ]+");
            }
        }
        String words = call("Terbilang rupiah", () -> Terbilang.rupiah(v));
        if (words != null) {
            assertThat(words).matches("[a-z ]+").containsPattern("rupiah|sen");
        }
    }

    @Test
    void parsersTakeAnyTextAndPrintBackWhatTheyRead() {
        Hostile.forEachText(300, Hostile.texts(), this::checkParse);
    }

    private void checkParse(String text) {
        for (AngkaFormat f : List.of(AngkaFormat.INDONESIA, AngkaFormat.PLAIN)) {
            BigDecimal angka = call("Angka", () -> f.parse(text));
            if (angka != null) {
                assertThat(f.parse(f.format(angka))).isEqualTo(angka);
            }
            PersenFormat pf = PersenFormat.of(f);
            BigDecimal persen = call("Persen", () -> pf.parse(text));
            if (persen != null) {
                assertThat(pf.parse(pf.format(persen))).isEqualTo(persen);
            }
            RupiahFormat rf = RupiahFormat.of(f);
            BigDecimal rupiah = call("Rupiah", () -> rf.parse(text));
            if (rupiah != null) {
                assertThat(rf.parse(rf.format(rupiah))).isEqualTo(rupiah);
            }
        }
        call("Rupiah", () -> RupiahFormat.INDONESIA.parse(text));
        call("Persen", () -> PersenFormat.INDONESIA.parse(text));
    }

    @Test
    void withDesimalTakesAnyScale() {
        for (int scale : Hostile.INTS) {
            for (RoundingMode mode : RoundingMode.values()) {
                call("AngkaFormat.desimal", () -> AngkaFormat.INDONESIA.withDesimal(scale, mode));
            }
            call("AngkaFormat", () -> AngkaFormat.PLAIN.withDesimal(scale, null));
        }
        call("PersenFormat.angka", () -> PersenFormat.of(null));
        call("RupiahFormat.angka", () -> RupiahFormat.of(null));
        call("Angka", () -> AngkaFormat.INDONESIA.parse(null));
        call("Persen", () -> PersenFormat.INDONESIA.parse(null));
        call("Rupiah", () -> RupiahFormat.INDONESIA.parse(null));
        call("Angka", () -> AngkaFormat.INDONESIA.format(null));
        call("Terbilang", () -> Terbilang.of(null));
        call("Terbilang", () -> Terbilang.of(BigDecimal.ONE, null));
        call("Terbilang", () -> Terbilang.rupiah(null));
    }
}
