package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TargetTest {
    private static final Tahun Y2021 = Tahun.of(2021);

    /** What a target is made from: a year, a quarter number (0 for yearly) and two values. */
    private record Bahan(int tahun, int triwulan, BigDecimal a, BigDecimal b) {
        Target make() {
            Tahun t = Tahun.of(tahun);
            if (triwulan > 0) {
                return Target.of(Triwulan.of(t, triwulan), a);
            }
            return a.compareTo(b) <= 0 ? Target.rentang(t, a, b) : Target.rentang(t, b, a);
        }
    }

    private static Gen<Bahan> bahan() {
        return integers().between(Tahun.MIN, Tahun.MAX).zip(integers().between(0, 4), ModelGen.desimal(),
                ModelGen.desimal(), Bahan::new);
    }

    private static BigDecimal angka(String text) {
        return new BigDecimal(text);
    }

    @Test
    void targetMadeAgainFromTheSameInputsIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(bahan(), Bahan::make);
    }

    @Test
    void rangeTargetWithLowerAboveUpperIsRejectedNamingBothBounds() {
        assertThatThrownBy(() -> Target.rentang(Y2021, angka("90"), angka("80")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Target.bawah must be <= Target.atas in a range target (rentang), was 90 > 80");
    }

    @Test
    void quarterlyTargetOfAQuarterOfAnotherYearIsRejected() {
        // The public factories take the year from the quarter; the invariant guards the type itself.
        Optional<Triwulan> tw2022 = Optional.of(Triwulan.of(Tahun.of(2022), 1));
        assertThatThrownBy(() -> ImmutableTarget.of(Y2021, tw2022, BigDecimal.ONE, BigDecimal.ONE))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Target.triwulan must lie in Target.tahun 2021, was 2022-TW1");
    }

    @Test
    void aQuarterlyTargetIsOfItsQuartersYear() {
        Target t = Target.of(Triwulan.of(Y2021, 2), angka("40"));
        assertThat(t.getTahun()).isEqualTo(Y2021);
        assertThat(t.getTriwulan()).contains(Triwulan.of(Y2021, 2));
        assertThat(t).hasToString("Target[2021-TW2: 40]");
    }

    @Test
    void theKlojenNilaiSakipTargetIsASingleValue() {
        // Tabel 2.4: Nilai SAKIP OPD, target 80,01.
        Target t = Target.of(Y2021, angka("80.01"));
        assertThat(t.isRentang()).isFalse();
        assertThat(t.getNilai()).isEqualTo(angka("80.01"));
        assertThat(t.getBawah()).isEqualTo(t.getAtas());
        assertThat(t.getTriwulan()).isEmpty();
        assertThat(t).hasToString("Target[2021: 80.01]");
    }

    @Test
    void aRangeTargetHasNoSingleValue() {
        // PermenPANRB 8/2021 Bab VI: "target 80-90 %".
        Target t = Target.rentang(Y2021, angka("80"), angka("90"));
        assertThat(t.isRentang()).isTrue();
        assertThat(t).hasToString("Target[2021: 80-90]");
        assertThatThrownBy(t::getNilai).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Target.nilai").hasMessageContaining("rentang");
    }

    @Test
    void aRangeWithEqualBoundsIsASingleTarget() {
        Target t = Target.rentang(Y2021, angka("80"), angka("80.00"));
        assertThat(t.isRentang()).isFalse();
        assertThat(t.getNilai()).isEqualByComparingTo("80");
    }

    @Test
    void theScaleOfTheValueIsPartOfTheTarget() {
        assertThat(Target.of(Y2021, angka("80.01"))).isNotEqualTo(Target.of(Y2021, angka("80.010")));
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Target.of((Tahun) null, BigDecimal.ONE), "Target.tahun");
        ValueContract.assertNullRejected(() -> Target.of(Y2021, null), "Target.nilai");
        ValueContract.assertNullRejected(() -> Target.of((Triwulan) null, BigDecimal.ONE), "Target.triwulan");
        ValueContract.assertNullRejected(() -> Target.of(Triwulan.of(Y2021, 1), null), "Target.nilai");
        ValueContract.assertNullRejected(() -> Target.rentang(null, BigDecimal.ONE, BigDecimal.TEN), "Target.tahun");
        ValueContract.assertNullRejected(() -> Target.rentang(Y2021, null, BigDecimal.TEN), "Target.bawah");
        ValueContract.assertNullRejected(() -> Target.rentang(Y2021, BigDecimal.ONE, null), "Target.atas");
    }
}
