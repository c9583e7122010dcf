package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Rupiah;
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
        assertThat(RumusPenyerapan.standar().hitung(Rupiah.of(100), Rupiah.ZERO).getPersen().orElseThrow().getNilai())
                .isEqualByComparingTo("0");
    }
}
