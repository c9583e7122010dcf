package io.github.sakip.evaluasi.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class JawabanRespondenTest {

    @Test
    void unansweredItemsAreAbsentNotZero() {
        JawabanResponden j = JawabanResponden.of(List.of(OptionalInt.of(3), OptionalInt.empty(), OptionalInt.of(4)));
        assertThat(j.getJumlahUnsur()).isEqualTo(3);
        assertThat(j.getJawaban(1)).isEmpty();
        assertThat(j.getJawaban(2)).hasValue(4);
        assertThat(j).hasToString("[3, -, 4]");
    }

    @Test
    void answersOutsideOneToFourAreRefused() {
        assertThatThrownBy(() -> JawabanResponden.of(3, 5)).isInstanceOf(SakipException.class)
                .hasMessage("JawabanResponden.jawaban for unsur 2 must be between 1 and 4, was 5");
        assertThatThrownBy(() -> JawabanResponden.of(0)).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> JawabanResponden.of(List.of(OptionalInt.empty(), OptionalInt.empty())))
                .isInstanceOf(SakipException.class).hasMessageContaining("must answer at least one unsur");
        assertThatThrownBy(() -> JawabanResponden.of(new int[0])).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> JawabanResponden.of(1, 2).getJawaban(2)).isInstanceOf(SakipException.class)
                .hasMessageContaining("unsur must be between 0 and 1, was 2");
    }

    @Test
    void rowsAreValuesAndCopiedOnInput() {
        int[] a = {4, 3};
        JawabanResponden j = JawabanResponden.of(a);
        a[0] = 1;
        assertThat(j.getJawaban(0)).hasValue(4);
        assertThat(j.withJawaban(1, 4)).isEqualTo(JawabanResponden.of(4, 4));
        assertThat(j).isEqualTo(JawabanResponden.of(4, 3)).hasSameHashCodeAs(JawabanResponden.of(4, 3));
    }
}
