package io.github.sakip.tren;

import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PERIODE_RENSTRA;
import static io.github.sakip.tren.KlojenDeret.deret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.Triwulan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeretKinerjaTest {

    private static Realisasi r(int tahun, String nilai) {
        return Realisasi.of(Tahun.of(tahun), new BigDecimal(nilai));
    }

    @Test
    void missingYearIsAbsentNotZero() {
        // Tabel 3.2: IPMas 2018 is "NA"
        DeretKinerja ipmas = deret(IPMAS);
        assertThat(ipmas.getRealisasi(Tahun.of(2018))).isEmpty();
        assertThat(ipmas.getRealisasi(Tahun.of(2019))).contains(r(2019, "67.8"));
        assertThat(ipmas.getRealisasi()).hasSize(3);
    }

    @Test
    void realisasiAreKeptInYearOrder() {
        DeretKinerja d = DeretKinerja.of(NILAI_SAKIP, PERIODE_RENSTRA,
                List.of(r(2021, "87.80"), r(2018, "75.74"), r(2020, "76.57")));
        assertThat(d.getRealisasi()).extracting(x -> x.getTahun().getValue()).containsExactly(2018, 2020, 2021);
        assertThat(d.getRealisasiTerakhir()).contains(r(2021, "87.80"));
    }

    @Test
    void duplicateYearIsRejected() {
        assertThatThrownBy(() -> DeretKinerja.of(NILAI_SAKIP, PERIODE_RENSTRA,
                List.of(r(2020, "76.57"), r(2020, "76.60"))))
                .isInstanceOf(SakipException.class).hasMessageContaining("must not repeat year 2020");
        DeretKinerja d = deret(NILAI_SAKIP);
        assertThatThrownBy(() -> d.withTarget(Target.of(Tahun.of(2023), BigDecimal.ONE)))
                .isInstanceOf(SakipException.class).hasMessageContaining("target").hasMessageContaining("2023");
    }

    @Test
    void yearOutsideThePeriodIsRejected() {
        DeretKinerja d = deret(NILAI_SAKIP);
        assertThatThrownBy(() -> d.withRealisasi(r(2024, "90")))
                .isInstanceOf(SakipException.class).hasMessageContaining("must lie in the period 2018-2023, was 2024");
        assertThatThrownBy(() -> d.withTarget(Target.of(Tahun.of(2017), BigDecimal.ONE)))
                .isInstanceOf(SakipException.class).hasMessageContaining("was 2017");
    }

    @Test
    void quarterlyValueIsRejected() {
        DeretKinerja d = DeretKinerja.of(NILAI_SAKIP, PERIODE_RENSTRA);
        Realisasi tw = Realisasi.of(Triwulan.of(Tahun.of(2021), 2), BigDecimal.TEN);
        assertThatThrownBy(() -> d.withRealisasi(tw))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be yearly");
    }

    @Test
    void nullsAreRejectedWithTheirField() {
        assertThatThrownBy(() -> DeretKinerja.of(null, PERIODE_RENSTRA))
                .isInstanceOf(SakipException.class).hasMessage("DeretKinerja.indikator must not be null");
        assertThatThrownBy(() -> DeretKinerja.of(IPMAS, PERIODE_RENSTRA, null))
                .isInstanceOf(SakipException.class).hasMessage("DeretKinerja.realisasi must not be null");
        assertThatThrownBy(() -> deret(IPMAS).withRealisasi(null))
                .isInstanceOf(SakipException.class).hasMessage("DeretKinerja.realisasi must not be null");
    }

    @Test
    void fromRenstraTakesTheIndicatorsTargetsAndRealisasi() {
        Renstra renstra = Renstra.of(Periode.parse("2018-2023"))
                .withTarget(NILAI_SAKIP, Target.of(Tahun.of(2023), new BigDecimal("80.02")))
                .withTarget(NILAI_SAKIP, Target.of(Tahun.of(2021), new BigDecimal("80.01")))
                .withRealisasi(NILAI_SAKIP, r(2021, "87.80"))
                .withRealisasi(NILAI_SAKIP, r(2018, "75.74"))
                .withRealisasi(IPMAS, r(2021, "80.98"));
        DeretKinerja d = DeretKinerja.from(renstra, NILAI_SAKIP);
        assertThat(d.getPeriode()).isEqualTo(Periode.parse("2018-2023"));
        assertThat(d.getRealisasi()).containsExactly(r(2018, "75.74"), r(2021, "87.80"));
        assertThat(d.getTargetAkhir()).contains(Target.of(Tahun.of(2023), new BigDecimal("80.02")));
        assertThat(d.getTarget(Tahun.of(2021))).contains(Target.of(Tahun.of(2021), new BigDecimal("80.01")));
        assertThat(DeretKinerja.from(renstra, IPMAS).getTarget()).isEmpty();
    }

    @Test
    void fromRenstraWithoutTheIndicatorIsAnError() {
        Renstra renstra = Renstra.of(Periode.parse("2018-2023"));
        assertThatThrownBy(() -> DeretKinerja.from(renstra, KEPUASAN_PRASARANA))
                .isInstanceOf(SakipException.class)
                .hasMessageContaining("no target or realisasi for indicator \"Indeks Kepuasan Layanan");
    }

    @Test
    void emptySeriesHasNoLatestRealisasiNorEndTarget() {
        DeretKinerja d = DeretKinerja.of(IPMAS, PERIODE_RENSTRA);
        assertThat(d.getRealisasiTerakhir()).isEmpty();
        assertThat(d.getTargetAkhir()).isEmpty();
        assertThat(d.toString()).contains("IPMas", "2018-2023");
    }
}
