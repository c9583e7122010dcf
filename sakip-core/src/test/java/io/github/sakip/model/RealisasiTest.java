package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RealisasiTest {
    private static final Tahun Y2021 = Tahun.of(2021);

    /** What a realisasi is made from: a year, a quarter number (0 for yearly) and a value. */
    private record Bahan(int tahun, int triwulan, BigDecimal nilai) {
        Realisasi make() {
            Tahun t = Tahun.of(tahun);
            return triwulan > 0 ? Realisasi.of(Triwulan.of(t, triwulan), nilai) : Realisasi.of(t, nilai);
        }
    }

    private static Gen<Bahan> bahan() {
        return integers().between(Tahun.MIN, Tahun.MAX).zip(integers().between(0, 4), ModelGen.desimal(),
                Bahan::new);
    }

    @Test
    void realisasiMadeAgainFromTheSameInputsIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(bahan(), Bahan::make);
    }

    @Test
    void theKlojenNilaiSakipRealisasiPrintsWithItsYear() {
        // Tabel 3.1: Nilai SAKIP OPD 2021, realisasi 87,80.
        Realisasi r = Realisasi.of(Y2021, new BigDecimal("87.80"));
        assertThat(r.getNilai()).isEqualTo(new BigDecimal("87.80"));
        assertThat(r.getTriwulan()).isEmpty();
        assertThat(r).hasToString("Realisasi[2021: 87.80]");
    }

    @Test
    void aQuarterlyRealisasiIsOfItsQuartersYear() {
        Realisasi r = Realisasi.of(Triwulan.of(Y2021, 3), new BigDecimal("60"));
        assertThat(r.getTahun()).isEqualTo(Y2021);
        assertThat(r).hasToString("Realisasi[2021-TW3: 60]");
    }

    @Test
    void quarterlyRealisasiOfAQuarterOfAnotherYearIsRejected() {
        // The public factories take the year from the quarter; the invariant guards the type itself.
        Optional<Triwulan> tw2022 = Optional.of(Triwulan.of(Tahun.of(2022), 4));
        assertThatThrownBy(() -> ImmutableRealisasi.of(Y2021, tw2022, BigDecimal.ONE))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Realisasi.triwulan must lie in Realisasi.tahun 2021, was 2022-TW4");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Realisasi.of((Tahun) null, BigDecimal.ONE), "Realisasi.tahun");
        ValueContract.assertNullRejected(() -> Realisasi.of(Y2021, null), "Realisasi.nilai");
        ValueContract.assertNullRejected(() -> Realisasi.of((Triwulan) null, BigDecimal.ONE), "Realisasi.triwulan");
        ValueContract.assertNullRejected(() -> Realisasi.of(Triwulan.of(Y2021, 1), null), "Realisasi.nilai");
    }
}
