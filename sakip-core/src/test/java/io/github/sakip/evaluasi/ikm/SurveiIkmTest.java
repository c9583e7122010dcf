package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SurveiIkmTest {

    @Test
    void rowsAreSummedPerUnsurLeavingUnansweredItemsOut() {
        SurveiIkm s = SurveiIkm.ofJawaban(List.of(JawabanResponden.of(4, 3),
                JawabanResponden.of(List.of(OptionalInt.of(2), OptionalInt.empty())), JawabanResponden.of(3, 1)));
        assertThat(s.getRekap()).containsExactly(RekapUnsur.of(9, 3), RekapUnsur.of(4, 2));
        assertThat(s.getJumlahResponden()).isEqualTo(3);
        assertThat(s.getPopulasi()).isEmpty();
        assertThat(s).hasToString("SurveiIkm[3 responden, [RekapUnsur[9 / 3], RekapUnsur[4 / 2]]]");
    }

    @Test
    void totalsTakeTheLargestCountUnlessStated() {
        List<RekapUnsur> rekap = List.of(RekapUnsur.of(513, 150), RekapUnsur.of(400, 148));
        assertThat(SurveiIkm.ofRekap(rekap).getJumlahResponden()).isEqualTo(150);
        assertThat(SurveiIkm.ofRekap(rekap, 160).getJumlahResponden()).isEqualTo(160);
        assertThatThrownBy(() -> SurveiIkm.ofRekap(rekap, 149)).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm unsur 1 counts 150 respondents, more than SurveiIkm.jumlahResponden 149");
    }

    @Test
    void aSurveyTooSmallForItsPopulationIsRefused() {
        SurveiIkm s = SurveiIkm.ofRekap(Collections.nCopies(9, RekapUnsur.of(450, 150)));
        assertThat(s.withPopulasi(220).getPopulasi()).hasValue(220);
        assertThat(s.withPopulasi(220).toString()).startsWith("SurveiIkm[150 responden of populasi 220, [RekapUnsur[");
        assertThatThrownBy(() -> s.withPopulasi(1000)).isInstanceOf(SakipException.class)
                .hasMessageContaining("must be >= 278 for a population (populasi) of 1000").hasMessageContaining("was 150");
    }

    @Test
    void malformedRowsAreRefused() {
        assertThatThrownBy(() -> SurveiIkm.ofJawaban(List.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("at least one respondent");
        assertThatThrownBy(() -> SurveiIkm.ofJawaban(List.of(JawabanResponden.of(4, 3), JawabanResponden.of(4))))
                .isInstanceOf(SakipException.class).hasMessage("SurveiIkm.jawaban rows must all have 2 unsur like the"
                        + " first, row 2 has 1");
        assertThatThrownBy(() -> SurveiIkm.ofJawaban(List.of(JawabanResponden.of(List.of(OptionalInt.of(4),
                OptionalInt.empty()))))).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm unsur 2 has no answer from any of the 1 respondents");
        assertThatThrownBy(() -> SurveiIkm.ofRekap(List.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("at least one unsur");
        assertThatThrownBy(() -> SurveiIkm.ofJawaban(null)).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.jawaban must not be null");
    }
}
