package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.SakipException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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

    private static JawabanResponden baris(int kode) {
        // three unsur; a base-5 digit 0 means unanswered, else the answer 1-4 (code 0, all blank, is refused)
        List<OptionalInt> j = new ArrayList<>();
        for (int u = 0, k = kode; u < 3; u++, k /= 5) {
            j.add(k % 5 == 0 ? OptionalInt.empty() : OptionalInt.of(k % 5));
        }
        return JawabanResponden.of(j);
    }

    @Test
    void theCollectorSumsAStreamAsTheListFactoryDoesSequentialOrParallel() {
        qt().withExamples(150).forAll(lists().of(integers().between(1, 124)).ofSizeBetween(1, 60)).checkAssert(kode -> {
            List<JawabanResponden> rows = new ArrayList<>(kode.stream().map(SurveiIkmTest::baris).toList());
            rows.add(JawabanResponden.of(1, 2, 3)); // every unsur answered at least once
            SurveiIkm list = SurveiIkm.ofJawaban(rows);
            assertThat(rows.stream().collect(SurveiIkm.kolektor())).isEqualTo(list);
            assertThat(rows.parallelStream().collect(SurveiIkm.kolektor())).isEqualTo(list);
            long answers = rows.stream().mapToLong(r -> IntStream.range(0, 3).filter(u -> r.getJawaban(u).isPresent())
                    .count()).sum();
            assertThat(list.getRekap().stream().mapToLong(RekapUnsur::getJumlahResponden).sum()).isEqualTo(answers);
            assertThat(list.getJumlahResponden()).isEqualTo(rows.size());
        });
    }

    @Test
    void aMillionRowsStreamWithoutBeingHeld() {
        SurveiIkm s = Stream.generate(() -> JawabanResponden.of(4, 3, 2)).limit(1_000_000)
                .collect(SurveiIkm.kolektor());
        assertThat(s.getRekap()).containsExactly(RekapUnsur.of(4_000_000, 1_000_000), RekapUnsur.of(3_000_000,
                1_000_000), RekapUnsur.of(2_000_000, 1_000_000));
        assertThat(s.getJumlahResponden()).isEqualTo(1_000_000);
    }

    @Test
    void theCollectorRefusesWhatTheListFactoryRefuses() {
        assertThatThrownBy(() -> Stream.<JawabanResponden>empty().collect(SurveiIkm.kolektor()))
                .isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.jawaban must have at least one respondent, was empty");
        assertThatThrownBy(() -> Stream.of(JawabanResponden.of(4, 3), null).collect(SurveiIkm.kolektor()))
                .isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.jawaban must not contain null, found one at row 2");
        assertThatThrownBy(() -> Stream.of(JawabanResponden.of(4, 3), JawabanResponden.of(2, 2),
                JawabanResponden.of(1, 1, 1)).collect(SurveiIkm.kolektor())).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm.jawaban rows must all have 2 unsur like the first, row 3 has 3");
        List<JawabanResponden> mixed = new ArrayList<>(Collections.nCopies(5000, JawabanResponden.of(4, 3)));
        mixed.addAll(Collections.nCopies(5000, JawabanResponden.of(4, 3, 2)));
        assertThatThrownBy(() -> mixed.parallelStream().collect(SurveiIkm.kolektor()))
                .isInstanceOf(SakipException.class).hasMessageContaining("like the first");
        assertThatThrownBy(() -> Arrays.asList(JawabanResponden.of(List.of(OptionalInt.empty(), OptionalInt.of(1))))
                .stream().collect(SurveiIkm.kolektor())).isInstanceOf(SakipException.class)
                .hasMessage("SurveiIkm unsur 1 has no answer from any of the 1 respondents");
    }
}
