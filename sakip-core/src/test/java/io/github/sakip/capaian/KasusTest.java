package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.model.Polaritas;
import io.github.sakip.model.VarianNegatif;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class KasusTest {

    private static final long BATAS = 1L << 61;

    @Test
    void theLongAndTheBigDecimalFormOfEachFormulaAgree() {
        qt().withExamples(500).forAll(Generate.enumValues(Kasus.class), longs().between(-BATAS + 1, BATAS - 1),
                longs().between(-BATAS + 1, BATAS - 1)).checkAssert((k, t, r) -> {
                    BigDecimal bt = BigDecimal.valueOf(t);
                    BigDecimal br = BigDecimal.valueOf(r);
                    assertThat(k.pembilang(bt, br)).isEqualByComparingTo(
                            BigDecimal.valueOf(k.pembilang(t, r)).multiply(BigDecimal.valueOf(100)));
                    assertThat(k.penyebut(bt, br)).isEqualByComparingTo(BigDecimal.valueOf(k.penyebut(t, r)));
                });
    }

    @Test
    void eachFormulaIsWrittenAsTheRegulationPrintsIt() {
        assertThat(Kasus.POSITIF.keterangan("80.01", "87.80")).isEqualTo("87.80 / 80.01 x 100");
        assertThat(Kasus.RASIO.keterangan("8", "9")).isEqualTo("8 / 9 x 100");
        assertThat(Kasus.NEGATIF.keterangan("8", "9")).isEqualTo("(2 x 8 - 9) / 8 x 100");
        assertThat(Kasus.STABIL.keterangan("3", "3.3")).isEqualTo("(3 - |3.3 - 3|) / 3 x 100");
    }

    @Test
    void polarityAndVariantChooseTheFormula() {
        assertThat(Kasus.rumus(Polaritas.POSITIF, VarianNegatif.RASIO)).isEqualTo(Kasus.POSITIF);
        assertThat(Kasus.rumus(Polaritas.NEGATIF, VarianNegatif.PERMENPANRB)).isEqualTo(Kasus.NEGATIF);
        assertThat(Kasus.rumus(Polaritas.NEGATIF, VarianNegatif.RASIO)).isEqualTo(Kasus.RASIO);
        assertThat(Kasus.rumus(Polaritas.STABIL, VarianNegatif.RASIO)).isEqualTo(Kasus.STABIL);
        assertThat(Kasus.RASIO.isDibagiRealisasi()).isTrue();
        assertThat(Kasus.NEGATIF.isDibagiRealisasi()).isFalse();
        assertThat(Kasus.NOL_NOL.pembilang(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("100");
        assertThat(Kasus.DALAM_RENTANG.penyebut(5, 6)).isEqualTo(1);
    }
}
