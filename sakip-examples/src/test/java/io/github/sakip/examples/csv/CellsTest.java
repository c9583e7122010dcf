package io.github.sakip.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellsTest {

    private static final Tahun TAHUN = Tahun.of(2021);

    @Test
    void numbersAsTheReportPrintsThem() {
        // Tabel 2.4 40.353.401.000; Tabel 3.4 80,20%; Bab III.B Rp. 37.354.300.278,00
        assertThat(Cells.number("pagu", "40.353.401.000")).isEqualByComparingTo("40353401000");
        assertThat(Cells.number("target", " 80,01 ")).isEqualTo(new BigDecimal("80.01"));
        assertThat(Cells.number("target", "80,20%")).isEqualTo(new BigDecimal("80.20"));
        assertThat(Cells.number("realisasi", "Rp. 37.354.300.278,00")).isEqualTo(new BigDecimal("37354300278.00"));
        assertThat(Cells.number("x", "1234,5")).isEqualTo(new BigDecimal("1234.5"));
    }

    @Test
    void aBadNumberNamesItsColumn() {
        assertThatThrownBy(() -> Cells.number("target", "1,2,3")).isInstanceOf(SakipException.class)
                .hasMessageStartingWith("target: Angka \"1,2,3\" is not a number in Indonesian format");
        assertThatThrownBy(() -> Cells.number("target", "1.23.4")).hasMessageStartingWith("target: ");
    }

    @Test
    void notMeasuredIsNotZero() {
        assertThat(Cells.measured("realisasi", "NA")).isEmpty();
        assertThat(Cells.measured("realisasi", "na")).isEmpty();
        assertThat(Cells.measured("realisasi", " - ")).isEmpty();
        assertThat(Cells.measured("realisasi", "")).isEmpty();
        assertThat(Cells.measured("realisasi", "0")).contains(BigDecimal.ZERO);
    }

    @Test
    void rangeTargets() {
        assertThat(Cells.target("target", "80-90", TAHUN)).isEqualTo(Target.rentang(TAHUN, new BigDecimal("80"),
                new BigDecimal("90")));
        assertThat(Cells.target("target", "7 \u2013 8", TAHUN).isRentang()).isTrue();
        assertThat(Cells.target("target", "-5", TAHUN)).isEqualTo(Target.of(TAHUN, new BigDecimal("-5")));
        assertThat(Cells.target("target", "80,5-90,25", TAHUN).getAtas()).isEqualTo(new BigDecimal("90.25"));
        assertThatThrownBy(() -> Cells.target("target", "90-80", TAHUN)).hasMessageStartingWith("target: ");
        assertThatThrownBy(() -> Cells.target("target", "80-", TAHUN)).hasMessageStartingWith("target: ");
    }

    @Test
    void choicesAndYears() {
        assertThat(Cells.choice("polaritas", " positif ", Polaritas.class)).isEqualTo(Polaritas.POSITIF);
        assertThatThrownBy(() -> Cells.choice("polaritas", "NAIK", Polaritas.class))
                .hasMessage("polaritas \"NAIK\" must be one of POSITIF, NEGATIF, STABIL");
        assertThat(Cells.tahun("tahun", "2021")).isEqualTo(TAHUN);
        assertThatThrownBy(() -> Cells.tahun("tahun", "21")).hasMessageStartingWith("tahun: ");
        assertThat(Cells.isMissing("NA")).isTrue();
        // reports also write "n/a" and "N/A" for an indicator not measured
        assertThat(Cells.isMissing("n/a")).isTrue();
        assertThat(Cells.isMissing(" N/A ")).isTrue();
        assertThat(Cells.isMissing("N/A2")).isFalse();
    }
}
