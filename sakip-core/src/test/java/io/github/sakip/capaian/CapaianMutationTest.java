package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Edges of the capaian policies that the example tests leave open: a capaian exactly at the cap,
 * equality of caps and of the averaging policy, the positions of a qualitative scale.
 */
class CapaianMutationTest {

    @Test
    void aCapaianExactlyAtTheCapIsReturnedAsItIs() {
        Persen atCap = Persen.of(new BigDecimal("120.00"));
        assertThat(BatasAtasCapaian.SERATUS_DUA_PULUH.terapkan(atCap)).isSameAs(atCap);
        assertThat(BatasAtasCapaian.SERATUS_DUA_PULUH.terapkan(Persen.of(new BigDecimal("120.01"))))
                .isEqualTo(Persen.of(new BigDecimal("120.00")));
        assertThat(BatasAtasCapaian.TANPA.terapkan(atCap)).isSameAs(atCap);
    }

    @Test
    void capsAreEqualByTheirValue() {
        assertThat(BatasAtasCapaian.of(new BigDecimal("120.0"))).isEqualTo(BatasAtasCapaian.SERATUS_DUA_PULUH)
                .isNotEqualTo(BatasAtasCapaian.SERATUS_LIMA_PULUH)
                .isNotEqualTo(BatasAtasCapaian.TANPA)
                .isNotEqualTo("120");
        assertThat(BatasAtasCapaian.TANPA).isEqualTo(BatasAtasCapaian.TANPA).isNotEqualTo(BatasAtasCapaian.SERATUS);
    }

    @Test
    void averagingPoliciesAreEqualByEveryPart() {
        RataRataCapaian r = RataRataCapaian.standar();
        assertThat(r).isEqualTo(RataRataCapaian.standar())
                .isNotEqualTo(r.withDasar(r.getDasar() == DasarRataRata.EKSAK ? DasarRataRata.DIBULATKAN
                        : DasarRataRata.EKSAK))
                .isNotEqualTo(r.withBatasAtas(BatasAtasCapaian.SERATUS_LIMA_PULUH))
                .isNotEqualTo(r.withPembulatan(Pembulatan.of(3, RoundingMode.DOWN)))
                .isNotEqualTo("RataRataCapaian");
    }

    @Test
    void aQualitativeValueIsAWholePositionOfTheScale() {
        SkalaKualitatif opini = SkalaKualitatif.OPINI_BPK;
        assertThat(opini.kategori(BigDecimal.ZERO)).isEqualTo("TMP");
        assertThat(opini.kategori(new BigDecimal("3.00"))).isEqualTo("WTP");
        for (String bad : new String[] {"-1", "4", "0.5", "2.10"}) {
            assertThatThrownBy(() -> opini.kategori(new BigDecimal(bad))).isExactlyInstanceOf(SakipException.class)
                    .hasMessage("SkalaKualitatif \"Opini BPK\" nilai must be a whole number from 0 to 3, was " + bad);
        }
    }
}
