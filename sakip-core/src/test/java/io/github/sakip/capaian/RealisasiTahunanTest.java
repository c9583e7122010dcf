package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PenggabunganTriwulan;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.Triwulan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealisasiTahunanTest {

    private static final Tahun Y2021 = Tahun.of(2021);
    private static final Indikator BASE = Indikator.of("Realisasi fisik", Satuan.PERSEN, Polaritas.POSITIF);

    private static Realisasi tw(int ke, String nilai) {
        return Realisasi.of(Triwulan.of(Y2021, ke), new BigDecimal(nilai));
    }

    private static final List<Realisasi> EMPAT = List.of(tw(1, "10"), tw(2, "25"), tw(3, "40"), tw(4, "60"));

    private static BigDecimal gabung(PenggabunganTriwulan rule, List<Realisasi> quarters) {
        return RealisasiTahunan.gabung(BASE.withPenggabungan(rule), quarters).getNilai();
    }

    @Test
    void quartersCombineByTheIndicatorsRule() {
        // the example of PenggabunganTriwulan's Javadoc: 10, 25, 40, 60
        assertThat(gabung(PenggabunganTriwulan.KUMULATIF, EMPAT)).isEqualByComparingTo("60");
        assertThat(gabung(PenggabunganTriwulan.NILAI_AKHIR, EMPAT)).isEqualByComparingTo("60");
        assertThat(gabung(PenggabunganTriwulan.JUMLAH, EMPAT)).isEqualByComparingTo("135");
        assertThat(gabung(PenggabunganTriwulan.RATA_RATA, EMPAT)).isEqualByComparingTo("33.75");
        Realisasi year = RealisasiTahunan.gabung(BASE, EMPAT);
        assertThat(year.getTahun()).isEqualTo(Y2021);
        assertThat(year.getTriwulan()).isEmpty();
    }

    @Test
    void orderOfTheListDoesNotMatter() {
        List<Realisasi> shuffled = new ArrayList<>(EMPAT);
        Collections.reverse(shuffled);
        for (PenggabunganTriwulan rule : PenggabunganTriwulan.values()) {
            assertThat(gabung(rule, shuffled)).isEqualByComparingTo(gabung(rule, EMPAT));
        }
    }

    @Test
    void missingQuartersAreLeftOutNotZero() {
        List<Realisasi> sd3 = List.of(tw(1, "10"), tw(2, "25"), tw(3, "40"));
        assertThat(gabung(PenggabunganTriwulan.NILAI_AKHIR, sd3)).isEqualByComparingTo("40");
        assertThat(gabung(PenggabunganTriwulan.RATA_RATA, List.of(tw(1, "10"), tw(3, "40")))).isEqualByComparingTo("25");
    }

    @Test
    void aMeanWithoutFiniteDecimalNeedsARounding() {
        List<Realisasi> sd3 = List.of(tw(1, "10"), tw(2, "20"), tw(3, "31"));
        Indikator rata = BASE.withPenggabungan(PenggabunganTriwulan.RATA_RATA);
        assertThatThrownBy(() -> RealisasiTahunan.gabung(rata, sd3)).isInstanceOf(SakipException.class)
                .hasMessage("RealisasiTahunan: the RATA_RATA mean 61 / 3 has no finite decimal; give a Pembulatan to"
                        + " round it once");
        assertThat(RealisasiTahunan.gabung(rata, sd3, Pembulatan.STANDAR).getNilai()).isEqualTo(new BigDecimal("20.33"));
        assertThatThrownBy(() -> RealisasiTahunan.gabung(rata, sd3, null)).isInstanceOf(SakipException.class);
    }

    @Test
    void quartersOfAnotherYearOrTwiceAreRejected() {
        Realisasi other = Realisasi.of(Triwulan.of(Tahun.of(2022), 1), BigDecimal.ONE);
        assertThatThrownBy(() -> RealisasiTahunan.gabung(BASE, List.of(tw(1, "1"), other)))
                .isInstanceOf(SakipException.class)
                .hasMessage("RealisasiTahunan triwulanan must all lie in 2021, was Realisasi[2022-TW1: 1]");
        assertThatThrownBy(() -> RealisasiTahunan.gabung(BASE, List.of(tw(2, "1"), tw(2, "2"))))
                .isInstanceOf(SakipException.class).hasMessage("RealisasiTahunan triwulanan must not repeat 2021-TW2");
        assertThatThrownBy(() -> RealisasiTahunan.gabung(BASE, List.of(Realisasi.of(Y2021, BigDecimal.ONE))))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be quarterly");
        assertThatThrownBy(() -> RealisasiTahunan.gabung(BASE, List.of())).isInstanceOf(SakipException.class)
                .hasMessage("RealisasiTahunan triwulanan must not be empty");
        assertThatThrownBy(() -> RealisasiTahunan.gabung(null, EMPAT)).isInstanceOf(SakipException.class);
    }

    @Test
    void theYearsRealisasiFeedsTheYearlyCapaian() {
        Indikator jumlah = BASE.withPenggabungan(PenggabunganTriwulan.JUMLAH);
        Capaian c = RumusCapaian.standar().hitung(jumlah, Target.of(Y2021, new BigDecimal("150")),
                RealisasiTahunan.gabung(jumlah, EMPAT));
        assertThat(c.getPersen().getNilai()).isEqualByComparingTo("90");
    }
}
