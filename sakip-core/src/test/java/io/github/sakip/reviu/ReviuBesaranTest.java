package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.dicetak;
import static io.github.sakip.reviu.KlojenLkjip.list;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Tahun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures real reports print besides the Klojen tables: means per year and per sasaran, sums, changes of capaian. */
class ReviuBesaranTest {

    private static final Tahun TAHUN_2020 = Tahun.of(2020);

    private static HasilReviu reviu(AngkaDicetak... dicetak) {
        return ReviuLkjip.standar().periksa(KlojenLkjip.data(list(dicetak), List.of()));
    }

    @Test
    void theMeanOfAnotherYearIsOfThatYear() {
        // 2020: 76,57 / 80,00 = 95,7125; 83,00 / 85,20 = 97,4178...; 4,02 / 3,13 = 128,4345...; mean 107,1883 = 107,19
        Besaran rataRata2020 = Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN, TAHUN_2020);
        assertThat(reviu(dicetak("Tabel 3.2", "Rata-rata", "2020", rataRata2020, "107.19")).getTemuan()).isEmpty();
        // the mean of 2021 (114,54) printed as the mean of 2020 is an error
        Temuan t = reviu(dicetak("Tabel 3.2", "Rata-rata", "2020", rataRata2020, "114.53")).getTemuan().get(0);
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("107.19");
        assertThatThrownBy(() -> Besaran.laporan(JenisBesaran.TOTAL_PAGU, TAHUN_2020))
                .isInstanceOf(SakipException.class).hasMessageContaining("of the report's year only");
    }

    @Test
    void theSumOfCapaianAddsThemAsPrinted() {
        // 109,74 + 93,29 + 140,58 = 343,61
        Besaran jumlah = Besaran.laporan(JenisBesaran.JUMLAH_CAPAIAN);
        assertThat(reviu(dicetak("Tabel 3.1", "Jumlah Capaian", "Capaian", jumlah, "343.61")).getTemuan()).isEmpty();
        Temuan t = reviu(dicetak("Tabel 3.1", "Jumlah Capaian", "Capaian", jumlah, "343.60")).getTemuan().get(0);
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getKeterangan()).startsWith("jumlah 3 capaian 2021, masing-masing dibulatkan 2 desimal HALF_UP");
    }

    @Test
    void theMeanOfASasaranIsOfItsIndicators() {
        Besaran rataRata = Besaran.sasaran(JenisBesaran.RATA_RATA_CAPAIAN_SASARAN, PELAYANAN);
        assertThat(reviu(dicetak("Tabel 3.1", "Pelayanan", "Rata-rata", rataRata, "109.74")).getTemuan()).isEmpty();
        assertThat(reviu(dicetak("Tabel 3.1", "Pelayanan", "Rata-rata", rataRata, "104.00")).getTemuan())
                .extracting(Temuan::getJenis).containsExactly(JenisTemuan.KESALAHAN);
    }

    @Test
    void theChangeOfCapaianIsInPercentagePointsOfTheRoundedCapaian() {
        // Nilai SAKIP: 109,74 (2021) - 95,71 (2020) = 14,03 percentage points
        Besaran perubahan = Besaran.indikator(JenisBesaran.PERUBAHAN_CAPAIAN, NILAI_SAKIP, TAHUN);
        assertThat(reviu(dicetak("Bab III", "SAKIP", "teks", perubahan, "14.03")).getTemuan()).isEmpty();
        Temuan turun = reviu(dicetak("Bab III", "SAKIP", "teks", perubahan, "-14.03")).getTemuan().get(0);
        assertThat(turun.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(turun.getKeterangan()).isEqualTo("capaian 2021 109,74 - capaian 2020 95,71 = 14,03");
        // 2019 has no capaian of 2018 (no target): not checked, and said so
        HasilReviu tanpa = reviu(dicetak("Bab III", "SAKIP", "teks",
                Besaran.indikator(JenisBesaran.PERUBAHAN_CAPAIAN, NILAI_SAKIP, Tahun.of(2019)), "1.00"));
        assertThat(tanpa.getCatatan()).singleElement().asString().contains("tidak diperiksa");
    }
}
