package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The README's quick start, kept compiling and true: Klojen LKjIP 2021, Tabel 3.1, IPMas. */
class MulaiCepatTest {

    @Test
    void quickStartPrintsWhatTheReadmeSays() {
        Indikator ipmas = Indikator.of("IPMas Kecamatan", Satuan.INDEKS, Polaritas.POSITIF);
        Target target = Target.of(Tahun.of(2021), new BigDecimal("86.80"));
        Realisasi realisasi = Realisasi.of(Tahun.of(2021), new BigDecimal("80.98"));

        Capaian capaian = RumusCapaian.standar().hitung(ipmas, target, realisasi);

        assertThat(capaian).hasToString("Capaian[IPMas Kecamatan, 2021: 80.98 / 86.80 x 100 = 93.29%]");
        assertThat(capaian.getPredikat(SkalaBaku.LKJIP)).hasToString("Predikat[Tercapai/ Berhasil, 3 of 4]");
        assertThat(capaian.isTercapai()).isFalse();
    }
}
