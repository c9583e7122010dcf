package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.model.Pecahan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Skala#predikat(Pecahan)}: rating exact fractions. */
class SkalaPecahanTest {

    @Test
    void ratingDecidesBoundsExactlyEvenWithoutFiniteDecimals() {
        Skala skala = Skala.builder("test", "rendah").dari(new BigDecimal("0.3334"), "tinggi").build();
        assertThat(skala.predikat(Pecahan.of(1, 3)).getLabel()).isEqualTo("rendah");
        assertThat(skala.predikat(Pecahan.of(3334, 10000)).getLabel()).isEqualTo("tinggi");
        Skala eksklusif = Skala.builder("test", "rendah").lebihDari(new BigDecimal("0.3333"), "tinggi").build();
        assertThat(eksklusif.predikat(Pecahan.of(1, 3)).getLabel()).isEqualTo("tinggi");
        assertThat(eksklusif.predikat(Pecahan.of(3333, 10000)).getLabel()).isEqualTo("rendah");
        assertThat(Skala.builder("neg", "rendah").dari(new BigDecimal("-0.3333"), "tinggi").build()
                .predikat(Pecahan.of(-1, 3)).getLabel()).isEqualTo("rendah");
    }

    @Test
    void ratingAgreesWithExactComparisonAgainstEveryBound() {
        qt().withExamples(300)
                .forAll(longs().between(-100_000, 100_000), longs().between(1, 9_999), integers().between(-2_000, 2_000))
                .checkAssert((p, q, b) -> {
                    BigDecimal bound = BigDecimal.valueOf(b, 3);
                    Skala inclusive = Skala.builder("t", "below").dari(bound, "from").build();
                    Skala exclusive = Skala.builder("t", "below").lebihDari(bound, "above").build();
                    Pecahan x = Pecahan.of(p, q);
                    int c = x.compareTo(Pecahan.of(bound));
                    assertThat(inclusive.predikat(x).getLabel()).isEqualTo(c >= 0 ? "from" : "below");
                    assertThat(exclusive.predikat(x).getLabel()).isEqualTo(c > 0 ? "above" : "below");
                });
    }
}
