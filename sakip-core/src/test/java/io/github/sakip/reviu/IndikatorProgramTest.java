package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.LINMAS;
import static io.github.sakip.testing.Klojen2021.KETENTRAMAN;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndikatorProgramTest {

    @Test
    void linmasOfTabel34() {
        assertThat(LINMAS.getRealisasi()).map(Realisasi::getNilai).contains(new BigDecimal("0.87"));
        assertThat(LINMAS.getRincian()).isPresent();
        assertThat(LINMAS).hasToString("Program Koordinasi Ketentraman Dan Ketertiban Umum / Rasio Linmas per RT");
    }

    @Test
    void realisasiIsOfTheTargetsYearAndCountsNeedARealisasi() {
        assertThatThrownBy(() -> IndikatorProgram.of(KETENTRAMAN, NILAI_SAKIP, Target.of(TAHUN, BigDecimal.TEN),
                Realisasi.of(Tahun.of(2020), BigDecimal.ONE), null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("must be of the target's year 2021, was 2020");
        assertThatThrownBy(() -> IndikatorProgram.of(KETENTRAMAN, NILAI_SAKIP, Target.of(TAHUN, BigDecimal.TEN), null,
                Rincian.of(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE))).isInstanceOf(SakipException.class)
                .hasMessageContaining("needs a realisasi");
        assertThat(IndikatorProgram.of(KETENTRAMAN, NILAI_SAKIP, Target.of(TAHUN, BigDecimal.TEN), null, null)
                .getRealisasi()).isEmpty();
    }
}
