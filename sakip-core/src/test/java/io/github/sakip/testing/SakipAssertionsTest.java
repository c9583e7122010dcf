package io.github.sakip.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.sakip.testing.SakipAssertions.assertThat;

import io.github.sakip.SakipParseException;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SakipAssertionsTest {

    private static final Capaian NILAI_SAKIP = RumusCapaian.standar().hitung(
            Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF),
            Target.of(SakipGen.TAHUN, new BigDecimal("80.01")), Realisasi.of(SakipGen.TAHUN, new BigDecimal("87.80")));

    @Test
    void capaianAssertionsPassOnKlojenNilaiSakip() {
        assertThat(NILAI_SAKIP).hasCapaian("109,74").hasCapaian("109.74").hasCapaian("109,74 %")
                .hasCapaian(new BigDecimal("109.740")).isTercapai()
                .hasPredikat(SkalaBaku.LKJIP, "Tercapai/ Berhasil");
    }

    @Test
    void capaianAssertionsFailWithTheWorking() {
        assertThatThrownBy(() -> assertThat(NILAI_SAKIP).hasCapaian("109,73")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected capaian 109.73 but was 109.74")
                .hasMessageContaining("87.80 / 80.01 x 100");
        assertThatThrownBy(() -> assertThat(NILAI_SAKIP).isBelumTercapai()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(NILAI_SAKIP).hasPredikat(SkalaBaku.LKJIP, "Sangat tercapai/ Sangat berhasil"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("but was \"Tercapai/ Berhasil\"");
        assertThatThrownBy(() -> assertThat((Capaian) null).isTercapai()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(NILAI_SAKIP).hasCapaian("seratus"))
                .isInstanceOf(SakipParseException.class);
        assertThatThrownBy(() -> assertThat(NILAI_SAKIP).hasCapaian("109,7,4")).isInstanceOf(SakipParseException.class);
    }

    @Test
    void belumTercapaiFailsIsTercapai() {
        Capaian ipmas = RumusCapaian.standar().hitung(Indikator.of("IPMas", Satuan.INDEKS, Polaritas.POSITIF),
                Target.of(SakipGen.TAHUN, new BigDecimal("86.80")), Realisasi.of(SakipGen.TAHUN, new BigDecimal("80.98")));
        assertThat(ipmas).isBelumTercapai();
        assertThatThrownBy(() -> assertThat(ipmas).isTercapai()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected tercapai");
    }

    @Test
    void skalaAssertionsPassAndFail() {
        assertThat(SkalaBaku.LKJIP).hasPredikat("1.234,5", "Sangat tercapai/ Sangat berhasil")
                .assignsExactlyOneBandTo(new BigDecimal("110")).ratesInValueOrder(BigDecimal.TEN, new BigDecimal("90"));
        assertThatThrownBy(() -> assertThat(SkalaBaku.LKJIP).hasPredikat("89,99", "Tercapai/ Berhasil"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("it rated \"Cukup tercapai/ Cukup berhasil\"");
    }

    @Test
    void bandOrderIsTheRankNotTheLabelText() {
        // labels are data: "4" below "1" is still the lowest band
        Skala relabelled = SkalaBaku.LKJIP.withLabel("Terbalik", java.util.List.of("4", "3", "2", "1"));
        assertThat(relabelled).hasPredikat("50", "4").hasPredikat("95", "2")
                .ratesInValueOrder(new BigDecimal("50"), new BigDecimal("95"));
        assertThatThrownBy(() -> assertThat(relabelled).hasPredikat("95", "3")).isInstanceOf(AssertionError.class);
    }
}
