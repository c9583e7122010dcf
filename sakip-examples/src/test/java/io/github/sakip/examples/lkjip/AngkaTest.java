package io.github.sakip.examples.lkjip;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.reviu.Hitungan;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AngkaTest {

    @Test
    void figuresAsTheReportPrintsThem() {
        assertThat(Angka.dicetak(Optional.of(new BigDecimal("100.7")))).isEqualTo("100,7");
        assertThat(Angka.dicetak(Optional.empty())).isEmpty();
        assertThat(Angka.dihitung(Optional.of(Hitungan.bagi(new BigDecimal("8780"), new BigDecimal("80.01"), ""))))
                .isEqualTo("109,74");
        assertThat(Angka.rupiah(new BigDecimal("40353401000.00"))).isEqualTo("40.353.401.000");
        assertThat(Angka.rupiah(new BigDecimal("1500.25"))).isEqualTo("1.500,25");
        assertThat(Angka.target(Target.rentang(Tahun.of(2021), new BigDecimal("80"), new BigDecimal("90.5"))))
                .isEqualTo("80-90,5");
        assertThat(Angka.rupiah(Optional.of(Hitungan.bagi(BigDecimal.ONE, BigDecimal.TEN, "")))).isEmpty();
    }
}
