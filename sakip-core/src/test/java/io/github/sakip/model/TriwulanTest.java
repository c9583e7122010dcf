package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import org.junit.jupiter.api.Test;

class TriwulanTest {

    @Test
    void quarterMadeAgainIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(ModelGen.tahun().zip(integers().between(1, 4), (t, ke) -> new int[] {
            t.getValue(), ke}), in -> Triwulan.of(Tahun.of(in[0]), in[1]));
    }

    @Test
    void parseReadsWhatToStringPrints() {
        ValueContract.assertParseReadsToString(ModelGen.triwulan(), Triwulan::parse);
    }

    @Test
    void parseFailsOnlyWithSakipExceptionOnAnyText() {
        ValueContract.assertParseFailsOnlyWithSakipException(
                ModelGen.parseInput("0123456789-TW ", ModelGen.triwulan().map(Triwulan::toString)), Triwulan::parse);
    }

    @Test
    void printsAsYearDashTwAndQuarterNumber() {
        assertThat(Triwulan.of(Tahun.of(2021), 4)).hasToString("2021-TW4");
    }

    @Test
    void quarterNumberOutsideOneToFourIsRejectedWithTheNumber() {
        assertThatThrownBy(() -> Triwulan.of(Tahun.of(2021), 0)).isInstanceOf(SakipException.class)
                .hasMessage("Triwulan.ke must be between 1 and 4, was 0");
        assertThatThrownBy(() -> Triwulan.of(Tahun.of(2021), 5)).isInstanceOf(SakipException.class)
                .hasMessage("Triwulan.ke must be between 1 and 4, was 5");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Triwulan.of(null, 1), "Triwulan.tahun");
        ValueContract.assertNullRejected(() -> Triwulan.parse(null), "Triwulan text");
    }

    @Test
    void quartersOrderByYearThenNumber() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(ModelGen.triwulan(), ModelGen.triwulan()).checkAssert((a, b) -> {
            int expected = a.getTahun().equals(b.getTahun()) ? Integer.compare(a.getKe(), b.getKe())
                    : a.getTahun().compareTo(b.getTahun());
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        });
    }

    @Test
    void onlyTheFourthQuarterIsTheLast() {
        assertThat(Triwulan.of(Tahun.of(2021), 4).isTerakhir()).isTrue();
        assertThat(Triwulan.of(Tahun.of(2021), 3).isTerakhir()).isFalse();
    }

    @Test
    void parseRejectsAQuarterNumberOutsideOneToFourAtItsPosition() {
        assertThatThrownBy(() -> Triwulan.parse("2021-TW5")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isEqualTo(7));
    }

    @Test
    void parseReportsABadYearWithTheWholeTextAndThePositionInIt() {
        assertThatThrownBy(() -> Triwulan.parse("20x1-TW4")).isInstanceOfSatisfying(SakipParseException.class, e -> {
            assertThat(e.getInput()).isEqualTo("20x1-TW4");
            assertThat(e.getErrorIndex()).isEqualTo(2);
            assertThat(e.getMessage()).contains("Triwulan \"20x1-TW4\"", "position 2");
        });
    }

    @org.junit.jupiter.api.Test
    void convertsToAndFromJavaTimeQuarters() {
        for (int month = 1; month <= 12; month++) {
            Triwulan tw = Triwulan.from(java.time.YearMonth.of(2021, month));
            org.assertj.core.api.Assertions.assertThat(tw.getKe()).isEqualTo((month + 2) / 3);
            org.assertj.core.api.Assertions.assertThat(tw.getTanggalAwal().getMonthValue()).isEqualTo(3 * tw.getKe() - 2);
            org.assertj.core.api.Assertions.assertThat(Triwulan.from(tw.getTanggalAwal())).isEqualTo(tw);
            org.assertj.core.api.Assertions.assertThat(Triwulan.from(tw.getTanggalAkhir())).isEqualTo(tw);
            org.assertj.core.api.Assertions.assertThat(tw.getTanggalAkhir().plusDays(1))
                    .isEqualTo(tw.isTerakhir() ? java.time.LocalDate.of(2022, 1, 1)
                            : Triwulan.of(tw.getTahun(), tw.getKe() + 1).getTanggalAwal());
        }
        org.assertj.core.api.Assertions.assertThat(Triwulan.from(java.time.LocalDate.of(2021, 5, 17)))
                .hasToString("2021-TW2");
        org.assertj.core.api.Assertions.assertThat(Triwulan.parse("2021-TW2").getTanggalAkhir())
                .isEqualTo(java.time.LocalDate.of(2021, 6, 30));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Triwulan.from(java.time.Year.of(2021)))
                .isInstanceOf(io.github.sakip.SakipException.class).hasMessage("Triwulan.from needs a month, 2021 has none");
    }
}
