package io.github.sakip.examples;

import static io.github.sakip.testing.SakipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.predikat.Skala;
import io.github.sakip.testing.SakipGen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How an agency property-tests its own rating scale with the sakip-core test-jar. */
class SkalaDinasContohTest {

    static final Skala SKALA_DINAS = Skala.builder("Skala Dinas Contoh", "Kurang")
            .dari(new BigDecimal("75"), "Cukup")
            .dari(new BigDecimal("100"), "Baik")
            .lebihDari(new BigDecimal("120"), "Sangat baik")
            .build();

    @Test
    void everyTargetMetIsAtLeastBaik() {
        qt().withExamples(200).forAll(SakipGen.capaian()).checkAssert(c -> {
            if (c.isTercapai()) {
                assertThat(c.getPredikat(SKALA_DINAS).getLabel()).isIn("Baik", "Sangat baik");
            }
        });
    }

    @Test
    void everyValueGetsOneBandInValueOrder() {
        qt().withExamples(200).forAll(SakipGen.nilaiSekitar(SKALA_DINAS), SakipGen.nilaiSekitar(SKALA_DINAS))
                .checkAssert((a, b) -> assertThat(SKALA_DINAS).assignsExactlyOneBandTo(a).ratesInValueOrder(a, b));
    }

    @Test
    void boundsAreWhereTheDinasWantsThem() {
        assertThat(SKALA_DINAS).hasPredikat("74,99", "Kurang").hasPredikat("75", "Cukup")
                .hasPredikat("100", "Baik").hasPredikat("120", "Baik").hasPredikat("120,01", "Sangat baik");
    }
}
