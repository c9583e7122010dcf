package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.SubKegiatan;
import io.github.sakip.model.Tahun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edges of RumusPenyerapan that the example tests leave open: spending below zero, and zero. */
class AnggaranMutationTest {

    @Test
    void spendingBelowZeroIsRefusedAndZeroIsNone() {
        assertThatThrownBy(() -> RumusPenyerapan.standar().hitung(Rupiah.of(100), Rupiah.of(-1)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Penyerapan.realisasi must be >= 0, was Rp -1.00");
        assertThatThrownBy(() -> RumusPenyerapan.standar().hitung(Rupiah.of(-1), Rupiah.of(0)))
                .hasMessage("Penyerapan.pagu must be >= 0, was Rp -1.00");
        assertThat(RumusPenyerapan.standar().hitung(Rupiah.of(100), Rupiah.NOL).getPersen().orElseThrow().getNilai())
                .isEqualByComparingTo("0");
    }

    @Test
    void aNodeRefusesNegativeSpendingAndARepeatedPart() {
        assertThatThrownBy(() -> PosAnggaran.of(TingkatPos.PROGRAM, "Program", Rupiah.of(1), Rupiah.of(-1)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("PosAnggaran.realisasi of \"Program\" must be >= 0, was Rp -1.00");
        PosAnggaran sub = PosAnggaran.of(SubKegiatan.of(KodeNomenklatur.parse("7.01.01.2.01.0001"), "Sub",
                Pagu.of(Tahun.of(2021), Rupiah.of(10)))
                .withRealisasi(RealisasiAnggaran.of(Tahun.of(2021), Rupiah.of(7))));
        assertThatThrownBy(() -> PosAnggaran.gabungan(TingkatPos.KEGIATAN, "Kegiatan", List.of(sub, sub)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("PosAnggaran \"Kegiatan\" must not repeat part code 7.01.01.2.01.0001");
        PosAnggaran kegiatan = PosAnggaran.gabungan(TingkatPos.KEGIATAN, "Kegiatan", List.of(sub));
        assertThat(kegiatan).hasToString("PosAnggaran[KEGIATAN Kegiatan, pagu Rp 10.00, realisasi Rp 7.00, 1 rincian]");
        assertThat(sub.toString()).doesNotContain("rincian");
    }
}
