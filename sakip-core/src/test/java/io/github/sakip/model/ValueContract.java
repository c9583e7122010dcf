package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.quicktheories.core.Gen;

/**
 * The contracts every value type of the model package keeps, as property checks: equality of
 * values made from the same inputs, {@code parse} reading what {@code toString()} prints, and
 * parsers that fail only with {@link SakipException}.
 */
final class ValueContract {
    /** Examples per property: enough to find a fault, few enough for a fast build. */
    static final int EXAMPLES = 300;

    private ValueContract() {
    }

    /**
     * A value made twice from the same inputs is equal to the other, with the same hash code,
     * and its hash code does not change between calls.
     */
    static <I, T> void assertEqualWhenMadeAgain(Gen<I> inputs, Function<I, T> make) {
        qt().withExamples(EXAMPLES).forAll(inputs).checkAssert(in -> {
            T first = make.apply(in);
            T again = make.apply(in);
            assertThat(first).isEqualTo(again).isNotEqualTo(null).isNotEqualTo(new Object());
            assertThat(first.hashCode()).isEqualTo(again.hashCode()).isEqualTo(first.hashCode());
        });
    }

    /** {@code parse(v.toString())} is {@code v} and prints as {@code v} does. */
    static <T> void assertParseReadsToString(Gen<T> values, Function<String, T> parse) {
        qt().withExamples(EXAMPLES).forAll(values).checkAssert(v -> {
            T read = parse.apply(v.toString());
            assertThat(read).isEqualTo(v).hasToString(v.toString());
        });
    }

    /**
     * On any text the parser either returns a value whose printed form it reads back equal, or
     * throws a {@link SakipException}; a {@link SakipParseException} names the text it was given
     * and a position inside it (the length counts: "the text ended too soon").
     */
    static <T> void assertParseFailsOnlyWithSakipException(Gen<String> texts, Function<String, T> parse) {
        qt().withExamples(EXAMPLES * 3).forAll(texts).checkAssert(text -> {
            T read;
            try {
                read = parse.apply(text);
            } catch (SakipParseException e) {
                assertThat(e.getInput()).as("input of %s", e.getMessage()).isEqualTo(text);
                assertThat(e.getErrorIndex()).as("errorIndex of %s", e.getMessage()).isBetween(0, text.length());
                assertThat(e.getMessage()).contains(text);
                return;
            } catch (SakipException e) {
                return;
            } catch (RuntimeException e) {
                throw new AssertionError("parse(\"" + text + "\") threw " + e, e);
            }
            if (read == null) {
                fail("parse(\"%s\") returned null", text);
            }
            assertThat(parse.apply(read.toString())).isEqualTo(read);
        });
    }

    /**
     * The call throws a {@link SakipException} (never a {@code NullPointerException}) naming the
     * field that was null.
     */
    static void assertNullRejected(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(SakipException.class).hasMessageContaining(field)
                .hasMessageContaining("null");
    }
}
