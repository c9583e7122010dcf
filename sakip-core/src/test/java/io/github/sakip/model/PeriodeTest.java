package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodeTest {

    @Test
    void periodMadeAgainFromTheSameYearsIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(ModelGen.periode().map(p -> List.of(p.getAwal().getValue(),
                p.getAkhir().getValue())), in -> Periode.of(Tahun.of(in.get(0)), Tahun.of(in.get(1))));
    }

    @Test
    void parseReadsWhatToStringPrints() {
        ValueContract.assertParseReadsToString(ModelGen.periode(), Periode::parse);
    }

    @Test
    void parseFailsOnlyWithSakipExceptionOnAnyText() {
        ValueContract.assertParseFailsOnlyWithSakipException(
                ModelGen.parseInput("0123456789- ", ModelGen.periode().map(Periode::toString)), Periode::parse);
    }

    @Test
    void theRenstraPeriodHasFiveYearsBothEndsIncluded() {
        Periode p = Periode.parse("2019-2023");
        assertThat(p.getPanjang()).isEqualTo(5);
        assertThat(p.contains(Tahun.of(2019))).isTrue();
        assertThat(p.contains(Tahun.of(2023))).isTrue();
        assertThat(p.contains(Tahun.of(2018))).isFalse();
        assertThat(p.contains(Tahun.of(2024))).isFalse();
    }

    @Test
    void theYearsOfAPeriodAreExactlyThoseItContainsInOrder() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(ModelGen.periode(), ModelGen.tahun()).checkAssert((p, t) -> {
            List<Tahun> years = p.getTahun();
            assertThat(years).hasSize(p.getPanjang()).isSorted().doesNotHaveDuplicates();
            assertThat(years.get(0)).isEqualTo(p.getAwal());
            assertThat(years.get(years.size() - 1)).isEqualTo(p.getAkhir());
            assertThat(years.contains(t)).isEqualTo(p.contains(t));
        });
    }

    @Test
    void endBeforeStartIsRejectedNamingBothYears() {
        assertThatThrownBy(() -> Periode.of(Tahun.of(2019), Tahun.of(2018))).isInstanceOf(SakipException.class)
                .hasMessage("Periode.akhir must not be before Periode.awal 2019, was 2018");
    }

    @Test
    void aPeriodOfOneYearIsAllowed() {
        assertThat(Periode.parse("2021-2021").getPanjang()).isEqualTo(1);
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Periode.of(null, Tahun.of(2023)), "Periode.awal");
        ValueContract.assertNullRejected(() -> Periode.of(Tahun.of(2019), null), "Periode.akhir");
        ValueContract.assertNullRejected(() -> Periode.parse(null), "Periode text");
    }

    @Test
    void parseReportsABadSecondYearAtItsPositionInTheWholeText() {
        assertThatThrownBy(() -> Periode.parse("2019-20x3")).isInstanceOfSatisfying(SakipParseException.class, e -> {
            assertThat(e.getInput()).isEqualTo("2019-20x3");
            assertThat(e.getErrorIndex()).isEqualTo(7);
            assertThat(e.getMessage()).contains("Periode \"2019-20x3\"", "position 7");
        });
    }

    @Test
    void parseRejectsTextWithoutTheDash() {
        assertThatThrownBy(() -> Periode.parse("2019/2023")).isInstanceOf(SakipParseException.class)
                .hasMessageContaining("YYYY-YYYY");
    }
}
