package io.github.sakip.model;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators shared by the tests of the model package. */
final class ModelGen {

    private ModelGen() {
    }

    /** Any year the library accepts, 1945 to 9999. */
    static Gen<Tahun> tahun() {
        return integers().between(Tahun.MIN, Tahun.MAX).map(Tahun::of);
    }

    /** Any quarter of any accepted year. */
    static Gen<Triwulan> triwulan() {
        return tahun().zip(integers().between(1, 4), Triwulan::of);
    }

    /** Periods of 1 to 11 years, cut at {@link Tahun#MAX}. */
    static Gen<Periode> periode() {
        return integers().between(Tahun.MIN, Tahun.MAX).zip(integers().between(0, 10),
                (awal, n) -> Periode.of(Tahun.of(awal), Tahun.of(Math.min(awal + n, Tahun.MAX))));
    }

    /** Indicator values: up to twelve digits, scale 0 to 4, either sign. */
    static Gen<BigDecimal> desimal() {
        return longs().between(-999_999_999_999L, 999_999_999_999L).zip(integers().between(0, 4),
                BigDecimal::valueOf);
    }

    /**
     * Amounts counted in sen, as the test oracle sees them: whole Rupiah up to {@code maxRupiah},
     * 0 to 99 sen, either sign. No {@code BigDecimal} is involved in making them.
     */
    static Gen<BigInteger> sen(long maxRupiah) {
        return longs().between(0, maxRupiah).zip(integers().between(0, 99), booleans().all(),
                (rupiah, sen, negatif) -> {
                    BigInteger total = BigInteger.valueOf(rupiah).multiply(BigInteger.valueOf(100))
                            .add(BigInteger.valueOf(sen));
                    return negatif ? total.negate() : total;
                });
    }

    /**
     * Names: text of the Basic Multilingual Plane with at least one character that is neither
     * white space, a Unicode space nor a control character (what Checks.notBlank calls blank).
     */
    static Gen<String> nama() {
        return strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 30).assuming(s -> s.chars()
                .anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)));
    }

    /**
     * Text to throw at a parser: arbitrary strings, strings over the parser's own alphabet, and
     * valid texts with one character inserted, deleted or replaced, where the faults are subtle.
     *
     * @param alphabet the characters the parser reads, to draw near-valid text from
     * @param valid texts the parser accepts
     */
    static Gen<String> parseInput(String alphabet, Gen<String> valid) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        Gen<Character> pick = arbitrary().pick(chars);
        Gen<String> arbitraryText = strings().allPossible().ofLengthBetween(0, 24);
        Gen<String> nearText = lists().of(pick).ofSizeBetween(0, 24)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
        Gen<String> mutated = valid.zip(integers().between(0, 99), integers().between(0, 2), pick,
                ModelGen::mutate);
        return Generate.oneOf(arbitraryText, nearText, mutated, valid);
    }

    private static String mutate(String text, int where, int how, char c) {
        int at = text.isEmpty() ? 0 : where % (text.length() + 1);
        StringBuilder b = new StringBuilder(text);
        if (how == 0 || at == text.length()) {
            b.insert(at, c);
        } else if (how == 1) {
            b.deleteCharAt(at);
        } else {
            b.setCharAt(at, c);
        }
        return b.toString();
    }
}
