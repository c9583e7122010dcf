package io.github.sakip.examples.grafik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.SkalaBaku;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarnaPredikatTest {

    @Test
    void theLowestBandIsRedTheHighestGreenOnBothScales() {
        for (List<Predikat> pita : List.of(SkalaBaku.LKJIP.getPredikat(), SkalaBaku.PERMENDAGRI_86.getPredikat())) {
            assertThat(WarnaPredikat.hex(pita.get(0))).isEqualTo("#d7301f");
            assertThat(WarnaPredikat.hex(pita.get(pita.size() - 1))).isEqualTo("#1a9850");
            assertThat(pita.stream().map(WarnaPredikat::of).distinct()).hasSize(pita.size());
        }
    }

    @Test
    void eachHigherBandIsGreener() {
        List<Predikat> pita = SkalaBaku.PERMENDAGRI_86.getPredikat();
        for (int i = 1; i < pita.size(); i++) {
            Color lebihRendah = WarnaPredikat.of(pita.get(i - 1));
            Color lebihTinggi = WarnaPredikat.of(pita.get(i));
            assertThat(lebihTinggi.getGreen() - lebihTinggi.getRed())
                    .isGreaterThan(lebihRendah.getGreen() - lebihRendah.getRed());
        }
    }

    @Test
    void aScaleOfOneBandIsGreen() {
        assertThat(WarnaPredikat.hex(Predikat.of("Lulus", 1, 1))).isEqualTo("#1a9850");
    }
}
