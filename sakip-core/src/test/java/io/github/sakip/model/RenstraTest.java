package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.Y2021;
import static io.github.sakip.model.ModelSamples.indikator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RenstraTest {
    private static final Indikator A = indikator("Indeks A");
    private static final Renstra KOSONG = Renstra.of(Periode.parse("2019-2023"));

    private static Target target(int tahun, String nilai) {
        return Target.of(Tahun.of(tahun), new BigDecimal(nilai));
    }

    private static Realisasi realisasi(int tahun, String nilai) {
        return Realisasi.of(Tahun.of(tahun), new BigDecimal(nilai));
    }

    @Test
    void aRealisasiOfAYearOutsideThePeriodIsRejectedNamingPeriodAndYear() {
        assertThatThrownBy(() -> KOSONG.withRealisasi(A, realisasi(2018, "75.74")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Renstra.realisasi of \"Indeks A\" must lie in the Renstra period 2019-2023, was 2018");
    }

    @Test
    void aTargetOfAYearOutsideThePeriodIsRejected() {
        assertThatThrownBy(() -> KOSONG.withTarget(A, target(2024, "80")))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Renstra.target of \"Indeks A\" must lie in the Renstra period 2019-2023, was 2024");
    }

    @Test
    void aSecondTargetForTheSameYearIsRejected() {
        Renstra r = KOSONG.withTarget(A, target(2021, "80.01"));
        assertThatThrownBy(() -> r.withTarget(A, target(2021, "80.02"))).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Renstra.target of \"Indeks A\" must not repeat year 2021");
    }

    @Test
    void aSecondRealisasiForTheSameYearIsRejected() {
        Renstra r = KOSONG.withRealisasi(A, realisasi(2021, "87.80"));
        assertThatThrownBy(() -> r.withRealisasi(A, realisasi(2021, "87.80"))).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Renstra.realisasi of \"Indeks A\" must not repeat year 2021");
    }

    @Test
    void theSameYearForTwoIndicatorsIsAllowed() {
        Renstra r = KOSONG.withTarget(A, target(2021, "1")).withTarget(indikator("Indeks B"), target(2021, "2"));
        assertThat(r.getIndikator()).containsExactly(A, indikator("Indeks B"));
    }

    @Test
    void quarterlyTargetsAndRealisasiAreRejected() {
        assertThatThrownBy(() -> KOSONG.withTarget(A, Target.of(Triwulan.of(Y2021, 1), BigDecimal.ONE)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Renstra.target of \"Indeks A\" must be yearly, was Target[2021-TW1: 1]");
        assertThatThrownBy(() -> KOSONG.withRealisasi(A, Realisasi.of(Triwulan.of(Y2021, 4), BigDecimal.ONE)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Renstra.realisasi of \"Indeks A\" must be yearly, was Realisasi[2021-TW4: 1]");
    }

    @Test
    void targetsAreKeptInYearOrderWhateverTheOrderTheyAreAdded() {
        Renstra r = KOSONG.withTarget(A, target(2023, "3")).withTarget(A, target(2019, "1"))
                .withTarget(A, target(2021, "2"));
        assertThat(r.getTarget().get(A)).extracting(Target::getTahun)
                .containsExactly(Tahun.of(2019), Tahun.of(2021), Tahun.of(2023));
    }

    @Test
    void withTargetLeavesTheOriginalUnchanged() {
        Renstra r = KOSONG.withTarget(A, target(2023, "80.02"));
        assertThat(KOSONG.getTarget()).isEmpty();
        assertThat(KOSONG.getTargetAkhir(A)).isEmpty();
        assertThat(r.getTargetAkhir(A)).contains(target(2023, "80.02"));
    }

    @Test
    void withoutATargetForTheLastYearThereIsNoEndTarget() {
        Renstra r = KOSONG.withTarget(A, target(2022, "80.01"));
        assertThat(r.getTargetAkhir(A)).isEmpty();
        assertThat(r.getTarget(A, Tahun.of(2022))).contains(target(2022, "80.01"));
        assertThat(r.getRealisasi(A, Tahun.of(2022))).isEmpty();
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Renstra.of(null), "Renstra.periode");
        ValueContract.assertNullRejected(() -> KOSONG.withTarget(null, target(2021, "1")), "Renstra indikator");
        ValueContract.assertNullRejected(() -> KOSONG.withTarget(A, null), "Renstra.target");
        ValueContract.assertNullRejected(() -> KOSONG.withRealisasi(null, realisasi(2021, "1")), "Renstra indikator");
        ValueContract.assertNullRejected(() -> KOSONG.withRealisasi(A, null), "Renstra.realisasi");
    }
}
