package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.VarianNegatif;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.SkalaBaku;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class KebijakanLaporanTest {

    @Test
    void undeclaredPoliciesAreTheRegulationsDefaults() {
        KebijakanLaporan k = KebijakanLaporan.standar();
        assertThat(k.getBatasAtasCapaian()).isEmpty();
        assertThat(k.getPembulatan()).isEmpty();
        assertThat(k.getVarianNegatif()).isEmpty();
        assertThat(k.getSkala()).isEmpty();
        assertThat(k.getBatasAtasCapaianEfektif()).isEqualTo(BatasAtasCapaian.TANPA);
        assertThat(k.getPembulatanEfektif()).isEqualTo(Pembulatan.STANDAR);
        assertThat(k.getVarianNegatifEfektif()).isEqualTo(VarianNegatif.PERMENPANRB);
        assertThat(k.getSkalaEfektif()).isSameAs(SkalaBaku.LKJIP);
        assertThat(k).hasToString("KebijakanLaporan[standar]");
    }

    @Test
    void declaredPoliciesAreKeptAndCompared() {
        KebijakanLaporan k = KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.SERATUS)
                .withPembulatan(Pembulatan.of(2, RoundingMode.DOWN)).withVarianNegatif(VarianNegatif.RASIO)
                .withSkala(SkalaBaku.PERMENDAGRI_86);
        assertThat(k.getBatasAtasCapaianEfektif()).isEqualTo(BatasAtasCapaian.SERATUS);
        assertThat(k.getPembulatanEfektif()).isEqualTo(Pembulatan.of(2, RoundingMode.DOWN));
        assertThat(k.getVarianNegatifEfektif()).isEqualTo(VarianNegatif.RASIO);
        assertThat(k.getSkalaEfektif()).isSameAs(SkalaBaku.PERMENDAGRI_86);
        assertThat(k).isEqualTo(KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.SERATUS)
                .withPembulatan(Pembulatan.of(2, RoundingMode.DOWN)).withVarianNegatif(VarianNegatif.RASIO)
                .withSkala(SkalaBaku.PERMENDAGRI_86)).hasSameHashCodeAs(KebijakanLaporan.standar()
                        .withBatasAtasCapaian(BatasAtasCapaian.SERATUS).withPembulatan(Pembulatan.of(2, RoundingMode.DOWN))
                        .withVarianNegatif(VarianNegatif.RASIO).withSkala(SkalaBaku.PERMENDAGRI_86));
        assertThat(k).isNotEqualTo(KebijakanLaporan.standar()).isNotEqualTo("KebijakanLaporan");
        assertThat(k.toString()).startsWith("KebijakanLaporan[BatasAtasCapaian[100], Pembulatan[2, DOWN], RASIO, ");
    }

    @Test
    void nullIsRefusedNamingThePolicy() {
        KebijakanLaporan k = KebijakanLaporan.standar();
        assertThatThrownBy(() -> k.withBatasAtasCapaian(null)).isInstanceOf(SakipException.class)
                .hasMessage("KebijakanLaporan.batasAtasCapaian must not be null");
        assertThatThrownBy(() -> k.withPembulatan(null)).hasMessage("KebijakanLaporan.pembulatan must not be null");
        assertThatThrownBy(() -> k.withVarianNegatif(null)).hasMessage("KebijakanLaporan.varianNegatif must not be null");
        assertThatThrownBy(() -> k.withSkala(null)).hasMessage("KebijakanLaporan.skala must not be null");
        assertThatThrownBy(() -> KlojenLkjip.data(java.util.List.of(), java.util.List.of()).withKebijakan(null))
                .hasMessage("DataLkjip.kebijakan must not be null");
        assertThatThrownBy(() -> KlojenLkjip.data(java.util.List.of(), java.util.List.of()).withRincian(null))
                .hasMessage("DataLkjip.rincian must not be null");
        assertThatThrownBy(() -> KlojenLkjip.data(java.util.List.of(), java.util.List.of()).withAnggaranDicetak(null))
                .isInstanceOf(SakipException.class).hasMessageContaining("DataLkjip.anggaranDicetak");
    }
}
