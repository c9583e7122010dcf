package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ButirCapaianTest {

    private static final Tahun Y2021 = Tahun.of(2021);

    @Test
    void aCapaianItemCarriesThePrintedFigureAndTercapai() {
        Capaian ipmas = RumusCapaian.standar().hitung(Indikator.of("IPMas", Satuan.INDEKS, Polaritas.POSITIF),
                Target.of(Y2021, new BigDecimal("86.80")), Realisasi.of(Y2021, new BigDecimal("80.98")));
        ButirCapaian b = ButirCapaian.of(ipmas);
        assertThat(b.getNama()).isEqualTo("IPMas");
        assertThat(b.getPersen()).contains(Persen.of(new BigDecimal("93.29")));
        assertThat(b.isTerukur()).isTrue();
        assertThat(b.isTercapai()).isFalse();
        assertThat(b.getBobot()).isEqualByComparingTo("1");
        assertThat(b).hasToString("ButirCapaian[IPMas: 93.29%, belum tercapai]");
    }

    @Test
    void printedFigureIsTercapaiFrom100() {
        assertThat(ButirCapaian.of("A", Persen.of(new BigDecimal("100.00"))).isTercapai()).isTrue();
        assertThat(ButirCapaian.of("A", Persen.of(new BigDecimal("99.99"))).isTercapai()).isFalse();
    }

    @Test
    void tidakTerukurHasNoCapaian() {
        ButirCapaian b = ButirCapaian.tidakTerukur("Indeks X");
        assertThat(b.isTerukur()).isFalse();
        assertThat(b.isTercapai()).isFalse();
        assertThat(b.getPersen()).isEmpty();
        assertThat(b).hasToString("ButirCapaian[Indeks X: tidak terukur]");
    }

    @Test
    void weightMustBePositive() {
        ButirCapaian b = ButirCapaian.of("A", Persen.of(new BigDecimal("109.74")));
        assertThat(b.withBobot(new BigDecimal("2.5"))).hasToString("ButirCapaian[A: 109.74%, tercapai, bobot 2.5]");
        assertThatThrownBy(() -> b.withBobot(BigDecimal.ZERO)).isInstanceOf(SakipException.class)
                .hasMessage("ButirCapaian.bobot must be > 0, was 0 (item \"A\")");
        assertThatThrownBy(() -> b.withBobot(null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> ButirCapaian.of((Capaian) null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> ButirCapaian.of((RekapCapaian) null)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> ButirCapaian.of(" ", Persen.NOL)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> ButirCapaian.tidakTerukur((Indikator) null)).isInstanceOf(SakipException.class);
    }

    @Test
    void itemsAreValues() {
        ButirCapaian a = ButirCapaian.of("A", Persen.of(new BigDecimal("109.74")));
        assertThat(a).isEqualTo(ButirCapaian.of("A", Persen.of(new BigDecimal("109.74"))))
                .hasSameHashCodeAs(ButirCapaian.of("A", Persen.of(new BigDecimal("109.74"))))
                .isNotEqualTo(a.withBobot(BigDecimal.TEN)).isNotEqualTo(ButirCapaian.tidakTerukur("A"))
                .isNotEqualTo("A");
        assertThat(ButirCapaian.tidakTerukur("A")).isEqualTo(ButirCapaian.tidakTerukur("A"));
    }
}
