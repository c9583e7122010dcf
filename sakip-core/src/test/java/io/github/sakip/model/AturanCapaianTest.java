package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AturanCapaianTest {

    private static final Persen SERATUS_DUA_PULUH = Persen.of(new BigDecimal("120"));

    @Test
    void ikutRumusOverridesNothing() {
        assertThat(AturanCapaian.IKUT_RUMUS.isIkutRumus()).isTrue();
        assertThat(AturanCapaian.IKUT_RUMUS.getVarianNegatif()).isEmpty();
        assertThat(AturanCapaian.IKUT_RUMUS.getBatasAtas()).isEmpty();
        assertThat(AturanCapaian.IKUT_RUMUS).hasToString("AturanCapaian[IKUT_RUMUS]");
    }

    @Test
    void eachPartIsSetAlone() {
        AturanCapaian rasio = AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO);
        assertThat(rasio.getVarianNegatif()).contains(VarianNegatif.RASIO);
        assertThat(rasio.getBatasAtas()).isEmpty();
        assertThat(rasio.isIkutRumus()).isFalse();
        AturanCapaian both = rasio.withBatasAtas(SERATUS_DUA_PULUH);
        assertThat(both.getVarianNegatif()).contains(VarianNegatif.RASIO);
        assertThat(both.getBatasAtas()).contains(SERATUS_DUA_PULUH);
        assertThat(both).hasToString("AturanCapaian[RASIO, batasAtas 120%]");
        AturanCapaian cap = AturanCapaian.IKUT_RUMUS.withBatasAtas(Persen.SERATUS);
        assertThat(cap.isIkutRumus()).isFalse();
        assertThat(cap).hasToString("AturanCapaian[varianNegatif IKUT_RUMUS, batasAtas 100%]");
        assertThat(cap).isEqualTo(AturanCapaian.IKUT_RUMUS.withBatasAtas(Persen.SERATUS)).isNotEqualTo(both);
    }

    @Test
    void capBelow100IsRefused() {
        assertThatThrownBy(() -> AturanCapaian.IKUT_RUMUS.withBatasAtas(Persen.of(new BigDecimal("99.99"))))
                .isInstanceOf(SakipException.class)
                .hasMessage("AturanCapaian.batasAtas must be >= 100%, was 99.99%");
    }

    @SuppressWarnings("DataFlowIssue")
    @Test
    void nullIsRefusedByName() {
        assertThatThrownBy(() -> AturanCapaian.IKUT_RUMUS.withBatasAtas(null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("AturanCapaian.batasAtas");
        assertThatThrownBy(() -> AturanCapaian.IKUT_RUMUS.withVarianNegatif(null))
                .isInstanceOf(SakipException.class).hasMessageContaining("AturanCapaian.varianNegatif");
    }

    @Test
    void aLowerIsBetterFormulaNeedsALowerIsBetterIndicator() {
        AturanCapaian rasio = AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO);
        Indikator waktu = Indikator.of("Waktu layanan", Satuan.of("hari"), Polaritas.NEGATIF).withAturan(rasio);
        assertThat(waktu.getAturan()).isEqualTo(rasio);
        assertThat(waktu.withIku(true).getAturan()).isEqualTo(rasio);
        assertThat(waktu).hasToString("Indikator[Waktu layanan, hari, NEGATIF, AturanCapaian[RASIO]]");
        assertThatThrownBy(() -> Indikator.of("IPMas", Satuan.INDEKS, Polaritas.POSITIF).withAturan(rasio))
                .isInstanceOf(SakipException.class).hasMessage("Indikator.aturan.varianNegatif RASIO applies to "
                        + "Polaritas.NEGATIF only, indicator \"IPMas\" is POSITIF");
        Indikator capped = Indikator.of("IPMas", Satuan.INDEKS, Polaritas.POSITIF)
                .withAturan(AturanCapaian.IKUT_RUMUS.withBatasAtas(Persen.SERATUS));
        assertThat(capped.getAturan().getBatasAtas()).contains(Persen.SERATUS);
    }
}
