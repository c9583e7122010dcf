package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.KodeNomenklatur;
import org.junit.jupiter.api.Test;

class TingkatPosTest {

    @Test
    void everyCodeLevelHasItsNodeLevel() {
        for (KodeNomenklatur.Tingkat t : KodeNomenklatur.Tingkat.values()) {
            assertThat(TingkatPos.of(t).name()).isEqualTo(t.name());
            assertThat(TingkatPos.of(t).isBerkode()).isTrue();
        }
        assertThat(TingkatPos.of(KodeNomenklatur.parse("7.01.01.2.01.0001").getTingkat()))
                .isEqualTo(TingkatPos.SUB_KEGIATAN);
    }

    @Test
    void sasaranAndAgencyHaveNoCode() {
        assertThat(TingkatPos.SASARAN.isBerkode()).isFalse();
        assertThat(TingkatPos.PERANGKAT_DAERAH.isBerkode()).isFalse();
        assertThat(TingkatPos.SASARAN).isGreaterThan(TingkatPos.URUSAN);
    }
}
