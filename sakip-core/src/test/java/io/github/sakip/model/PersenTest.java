package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PersenTest {

    /** Any value, with scales from -3 (1E+3) to 6. */
    private static Gen<BigDecimal> nilai() {
        return longs().between(-99_999_999_999L, 99_999_999_999L).zip(integers().between(-3, 6),
                BigDecimal::valueOf);
    }

    private static Persen persen(String nilai) {
        return Persen.of(new BigDecimal(nilai));
    }

    @Test
    void percentageMadeAgainIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(nilai(), Persen::of);
    }

    @Test
    void parseReadsWhatToStringPrintsWhateverTheScale() {
        ValueContract.assertParseReadsToString(nilai().map(Persen::of), Persen::parse);
    }

    @Test
    void parseFailsOnlyWithSakipExceptionOnAnyText() {
        ValueContract.assertParseFailsOnlyWithSakipException(
                ModelGen.parseInput("0123456789.-%, E", nilai().map(n -> Persen.of(n).toString())), Persen::parse);
    }

    @Test
    void aNegativeScaleIsTakenAsScaleZero() {
        assertThat(Persen.of(new BigDecimal("1E+2"))).isEqualTo(Persen.SERATUS).hasToString("100%");
        assertThat(Persen.of(new BigDecimal("1E+2")).getNilai().scale()).isZero();
    }

    @Test
    void theScaleIsPartOfTheValueButNotOfTheOrder() {
        assertThat(persen("100.00")).isNotEqualTo(Persen.SERATUS).isEqualByComparingTo(Persen.SERATUS);
        assertThat(persen("109.74")).isGreaterThan(persen("93.29"));
    }

    @Test
    void aTargetIsMetFromOneHundredPercentUp() {
        assertThat(persen("99.99").isAtLeastSeratus()).isFalse();
        assertThat(persen("100.00").isAtLeastSeratus()).isTrue();
        assertThat(persen("140.57").isAtLeastSeratus()).isTrue();
    }

    @Test
    void minusIsInPercentagePointsAsTheKlojenPenyerapanFall() {
        // Bab IV: penyerapan 92,57 % in 2021 against 96,30 % in 2020, "turun sebesar 3,73".
        assertThat(persen("92.57").minus(persen("96.30"))).isEqualTo(new BigDecimal("-3.73"));
    }

    @Test
    void withPembulatanRoundsOnceAsThePolicySays() {
        // Tabel 3.4: 4,40 / 3,13 = 140,5750...; the report prints 140,57 (DOWN), HALF_UP gives 140,58.
        Persen exact = persen("140.575079872");
        assertThat(exact.withPembulatan(Pembulatan.of(2, RoundingMode.DOWN))).isEqualTo(persen("140.57"));
        assertThat(exact.withPembulatan(Pembulatan.STANDAR)).isEqualTo(persen("140.58"));
        assertThatThrownBy(() -> exact.withPembulatan(Pembulatan.of(2, RoundingMode.UNNECESSARY)))
                .isInstanceOf(SakipException.class).hasMessageContaining("140.575079872");
    }

    @Test
    void printsAPlainNumberAndPercentSign() {
        assertThat(persen("109.74")).hasToString("109.74%");
        assertThat(persen("-3.73")).hasToString("-3.73%");
    }

    @Test
    void parseRejectsTheIndonesianCommaAtItsPositionAndAMissingPercentSign() {
        assertThatThrownBy(() -> Persen.parse("109,74%")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isEqualTo(3));
        assertThatThrownBy(() -> Persen.parse("109.74")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getMessage()).contains("\"109.74\"", "followed by '%'"));
        assertThatThrownBy(() -> Persen.parse("%")).isInstanceOf(SakipParseException.class);
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Persen.of(null), "Persen.nilai");
        ValueContract.assertNullRejected(() -> Persen.parse(null), "Persen text");
        ValueContract.assertNullRejected(() -> Persen.SERATUS.withPembulatan(null), "pembulatan");
    }
}
