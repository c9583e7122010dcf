package io.github.sakip.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.evaluasi.ikm.RekapUnsur;
import io.github.sakip.evaluasi.ikm.TabelSampel;
import io.github.sakip.evaluasi.sakip.BatasPredikatSakip;
import io.github.sakip.evaluasi.sakip.RumusSakip;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Edges of the evaluasi calculators that the example tests leave open: the rows of the sample
 * table, the range of an unsur's totals, the range of a Nilai SAKIP, equality of the calculator.
 */
class EvaluasiMutationTest {

    @Test
    void sampleTableRowsAreZeroToOneBelowItsLength() {
        TabelSampel t = TabelSampel.KREJCIE_MORGAN;
        int last = t.getJumlahBaris() - 1;
        assertThat(t.getSampel(0)).isPositive();
        assertThat(t.getSampel(last)).isGreaterThanOrEqualTo(t.getSampel(0));
        for (int bad : new int[] {-1, last + 1}) {
            assertThatThrownBy(() -> t.getSampel(bad)).isExactlyInstanceOf(SakipException.class)
                    .hasMessage("TabelSampel baris must be between 0 and " + last + ", was " + bad);
            assertThatThrownBy(() -> t.getPopulasi(bad))
                    .hasMessage("TabelSampel baris must be between 0 and " + last + ", was " + bad);
        }
        assertThat(t.getNama()).isEqualTo("Krejcie dan Morgan (1970)");
        assertThat(t).hasToString("TabelSampel[Krejcie dan Morgan (1970), " + t.getJumlahBaris() + " rows]");
    }

    @Test
    void aSurveyMayAskTheWholePopulationButNotMore() {
        TabelSampel t = TabelSampel.KREJCIE_MORGAN;
        t.periksa(10, 10);
        assertThatThrownBy(() -> t.periksa(10, 11)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.jumlahResponden must not exceed SurveiIkm.populasi, was 11 respondents for"
                        + " a population of 10");
    }

    @Test
    void anUnsursTotalLiesBetweenOneAndFourPerRespondent() {
        assertThat(RekapUnsur.of(150, 150).getTotalNilai()).isEqualTo(150);
        assertThat(RekapUnsur.of(600, 150).getTotalNilai()).isEqualTo(600);
        assertThatThrownBy(() -> RekapUnsur.of(149, 150)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("RekapUnsur.totalNilai must be between 150 and 600 for 150 respondents answering 1 to"
                        + " 4, was 149");
        assertThatThrownBy(() -> RekapUnsur.of(601, 150))
                .hasMessage("RekapUnsur.totalNilai must be between 150 and 600 for 150 respondents answering 1 to"
                        + " 4, was 601");
        long most = Long.MAX_VALUE / 4;
        assertThat(RekapUnsur.of(most, most).getJumlahResponden()).isEqualTo(most);
        assertThatThrownBy(() -> RekapUnsur.of(most + 1, most + 1))
                .hasMessage("RekapUnsur.jumlahResponden must be <= " + most + ", was " + (most + 1));
    }

    @Test
    void aNilaiSakipIsRatedFromZeroToAHundredInclusive() {
        RumusSakip r = RumusSakip.standar();
        assertThat(r.predikat(BigDecimal.ZERO)).isEqualTo(r.getSkala().getPredikat().get(0));
        assertThat(r.predikat(new BigDecimal("100"))).isEqualTo(r.getSkala().getPredikat()
                .get(r.getSkala().getPredikat().size() - 1));
        for (String bad : new String[] {"-0.01", "100.01"}) {
            assertThatThrownBy(() -> r.predikat(new BigDecimal(bad))).isExactlyInstanceOf(SakipException.class)
                    .hasMessage("Nilai SAKIP must be between 0 and 100, was " + bad);
        }
    }

    @Test
    void rumusSakipIsEqualByItsBoundsAndRounding() {
        RumusSakip r = RumusSakip.standar();
        assertThat(r).isEqualTo(RumusSakip.standar())
                .isNotEqualTo(r.withBatas(r.withBatas(BatasPredikatSakip.INKLUSIF).equals(r)
                        ? BatasPredikatSakip.EKSKLUSIF : BatasPredikatSakip.INKLUSIF))
                .isNotEqualTo(r.withPembulatan(Pembulatan.of(3, RoundingMode.DOWN)))
                .isNotEqualTo("RumusSakip");
    }
}
