package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.testing.SakipAssertions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkalaBakuTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            // Klojen LKjIP 2021, Tabel 3.1 and 3.4 printed capaian on Tabel 2.5's scale
            "109.74; Tercapai/ Berhasil",
            "140.57; Sangat tercapai/ Sangat berhasil",
            "93.29; Tercapai/ Berhasil",
            "173.69; Sangat tercapai/ Sangat berhasil",
            "106.38; Tercapai/ Berhasil",
            // the bounds of Tabel 2.5
            "59.99; Tidak tercapai/ Tidak berhasil",
            "60; Cukup tercapai/ Cukup berhasil",
            "89.99; Cukup tercapai/ Cukup berhasil",
            "90; Tercapai/ Berhasil",
            "109.99; Tercapai/ Berhasil",
            "110; Sangat tercapai/ Sangat berhasil",
            "-5; Tidak tercapai/ Tidak berhasil"})
    void lkjipScaleOfKlojenTabel25(String nilai, String label) {
        SakipAssertions.assertThat(SkalaBaku.LKJIP).hasPredikat(nilai, label);
    }

    @Test
    void klojenIpmasIsBerhasilButNotTercapai() {
        Tahun y = Tahun.of(2021);
        Capaian ipmas = RumusCapaian.standar().hitung(Indikator.of("IPMas", Satuan.INDEKS, Polaritas.POSITIF),
                Target.of(y, new BigDecimal("86.80")), Realisasi.of(y, new BigDecimal("80.98")));
        SakipAssertions.assertThat(ipmas).hasCapaian("93,29").hasPredikat(SkalaBaku.LKJIP, "Tercapai/ Berhasil")
                .isBelumTercapai();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "0; Sangat rendah", "50; Sangat rendah", "50.5; Sangat rendah", "51; Rendah", "65.5; Rendah",
            "66; Sedang", "75.99; Sedang", "76; Tinggi", "90.5; Tinggi", "91; Sangat tinggi", "100; Sangat tinggi",
            "140.57; Sangat tinggi"})
    void permendagri86GapsAreClosedAtThePrintedLowerBounds(String nilai, String label) {
        SakipAssertions.assertThat(SkalaBaku.PERMENDAGRI_86).hasPredikat(nilai, label);
    }

    @Test
    void sampangLabelsShareThePermendagri86Bounds() {
        SakipAssertions.assertThat(SkalaBaku.PERMENDAGRI_86_BAIK).hasPredikat("50", "Sangat kurang")
                .hasPredikat("65", "Kurang").hasPredikat("70", "Cukup").hasPredikat("80", "Baik")
                .hasPredikat("95", "Sangat baik");
        assertThat(SkalaBaku.PERMENDAGRI_86_BAIK.getPita()).hasSameSizeAs(SkalaBaku.PERMENDAGRI_86.getPita());
    }
}
