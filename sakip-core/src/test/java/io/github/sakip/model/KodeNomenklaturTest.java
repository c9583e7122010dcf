package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.SakipParseException;
import io.github.sakip.model.KodeNomenklatur.Tingkat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class KodeNomenklaturTest {
    private static final int[] WIDTHS = {1, 2, 2, 1, 2, 4};

    /**
     * Code texts of every level (1, 2, 3, 5 or 6 segments) with random digits, the sub kegiatan
     * segment in four digits or, as older lists print it, two.
     */
    private static Gen<String> kodeText() {
        return arbitrary().pick(1, 2, 3, 5, 6).zip(lists().of(integers().between(0, 9999)).ofSize(6),
                booleans().all(), (segments, digits, twoDigitSub) -> {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < segments; i++) {
                        int width = i == 5 && twoDigitSub ? 2 : WIDTHS[i];
                        int bound = (int) Math.pow(10, width);
                        parts.add(String.format("%0" + width + "d", digits.get(i) % bound));
                    }
                    return String.join(".", parts);
                });
    }

    private static Gen<KodeNomenklatur> kode() {
        return kodeText().map(KodeNomenklatur::parse);
    }

    private static KodeNomenklatur kode(String text) {
        return KodeNomenklatur.parse(text);
    }

    @Test
    void codeParsedAgainFromTheSameTextIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(kodeText(), KodeNomenklatur::parse);
    }

    @Test
    void parseReadsWhatToStringPrints() {
        ValueContract.assertParseReadsToString(kode(), KodeNomenklatur::parse);
    }

    @Test
    void parseFailsOnlyWithSakipExceptionOnAnyText() {
        ValueContract.assertParseFailsOnlyWithSakipException(ModelGen.parseInput("0123456789.. x-", kodeText()),
                KodeNomenklatur::parse);
    }

    @Test
    void theIndukOfACodeIsAPrefixOfIt() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(kode()).checkAssert(k -> {
            Optional<KodeNomenklatur> induk = k.getInduk();
            assertThat(induk.isEmpty()).isEqualTo(k.getTingkat() == Tingkat.URUSAN);
            induk.ifPresent(i -> {
                assertThat(i.isIndukDari(k)).isTrue();
                assertThat(k.isIndukDari(i)).isFalse();
                assertThat(k.toString()).startsWith(i + ".");
                assertThat(i.getTingkat().ordinal()).isEqualTo(k.getTingkat().ordinal() - 1);
                assertThat(KodeNomenklatur.parse(i.toString())).isEqualTo(i);
            });
            assertThat(k.isIndukDari(k)).isFalse();
        });
    }

    @Test
    void orderIsConsistentWithEquals() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(kode(), kode()).checkAssert((a, b) -> {
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
    }

    @Test
    void theIndukChainOfASubKegiatanClimbsThroughEveryLevelToTheUrusan() {
        KodeNomenklatur sub = kode("7.01.01.2.01.0001");
        assertThat(sub.getSegmen()).containsExactly("7", "01", "01", "2", "01", "0001");
        List<String> chain = new ArrayList<>();
        List<Tingkat> levels = new ArrayList<>();
        for (Optional<KodeNomenklatur> k = Optional.of(sub); k.isPresent(); k = k.get().getInduk()) {
            chain.add(k.get().toString());
            levels.add(k.get().getTingkat());
        }
        assertThat(chain).containsExactly("7.01.01.2.01.0001", "7.01.01.2.01", "7.01.01", "7.01", "7");
        assertThat(levels).containsExactly(Tingkat.SUB_KEGIATAN, Tingkat.KEGIATAN, Tingkat.PROGRAM,
                Tingkat.BIDANG_URUSAN, Tingkat.URUSAN);
        assertThat(kode("7.01.01").isIndukDari(sub)).isTrue();
        assertThat(kode("7.01.02").isIndukDari(sub)).isFalse();
    }

    @Test
    void theOlderTwoDigitSubKegiatanIsAcceptedAndPrintedAsGiven() {
        KodeNomenklatur lama = kode("7.01.01.2.01.01");
        assertThat(lama).hasToString("7.01.01.2.01.01");
        assertThat(lama.getTingkat()).isEqualTo(Tingkat.SUB_KEGIATAN);
        assertThat(kode("7.01.01.2.01").isIndukDari(lama)).isTrue();
    }

    @Test
    void fourSegmentsAreRejectedNamingTheCodeAndTheLevelsAllowed() {
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.01.01.2")).isInstanceOfSatisfying(SakipParseException.class,
                e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(9);
                    assertThat(e.getMessage()).contains("\"7.01.01.2\"", "1, 2, 3, 5 or 6 segments", "had 4");
                });
    }

    @Test
    void sevenSegmentsAreRejectedAtTheSeventh() {
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.01.01.2.01.0001.1"))
                .isInstanceOfSatisfying(SakipParseException.class, e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(18);
                    assertThat(e.getMessage()).contains("\"7.01.01.2.01.0001.1\"", "at most 6 segments");
                });
    }

    @Test
    void aSegmentOfTheWrongWidthIsRejectedNamingItsWidthAndPosition() {
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.1.01")).isInstanceOfSatisfying(SakipParseException.class,
                e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("\"7.1.01\"", "segment 2 must have 2 digits, had 1");
                });
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.01.01.2.01.001"))
                .isInstanceOfSatisfying(SakipParseException.class, e -> {
                    assertThat(e.getErrorIndex()).isEqualTo(13);
                    assertThat(e.getMessage()).contains("segment 6 must have 4 (or 2 in older lists) digits, had 3");
                });
        assertThatThrownBy(() -> KodeNomenklatur.parse("07.01")).isInstanceOf(SakipParseException.class)
                .hasMessageContaining("segment 1 must have 1 digits, had 2");
    }

    @Test
    void aCharacterOtherThanDigitOrDotIsRejectedAtItsPosition() {
        assertThatThrownBy(() -> KodeNomenklatur.parse("X.XX.01")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isZero());
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.0a")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isEqualTo(3));
    }

    @Test
    void emptyTextAndEmptySegmentsAreRejected() {
        assertThatThrownBy(() -> KodeNomenklatur.parse("")).isInstanceOf(SakipParseException.class);
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isEqualTo(2));
    }

    @Test
    void parseOfNullIsASakipException() {
        ValueContract.assertNullRejected(() -> KodeNomenklatur.parse(null), "KodeNomenklatur text");
    }
}
