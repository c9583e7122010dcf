package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.quicktheories.core.Gen;

/**
 * The JSON law of docs/json.md for the tests of each package: a value written by Jackson 2 and
 * Jackson 3 gives the same JSON, and reading it back with either gives an equal value; bad JSON
 * fails with the library's {@link SakipException} as the cause.
 */
public final class JsonRoundTrip {

    private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON2 =
            new com.fasterxml.jackson.databind.json.JsonMapper();
    private static final tools.jackson.databind.json.JsonMapper JACKSON3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private JsonRoundTrip() {
    }

    /**
     * The JSON Jackson 2 writes, in the order of docs/json.md.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String tulis(Object value) {
        try {
            return JACKSON2.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Reads with Jackson 2.
     *
     * @param json the JSON text
     * @param type the type
     * @param <T> the type
     * @return the value read
     */
    public static <T> T baca(String json, Class<T> type) {
        try {
            return JACKSON2.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }

    /**
     * The tree of a JSON text, to compare JSON regardless of property order.
     *
     * @param json the JSON text
     * @return the tree
     */
    public static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return JACKSON2.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }

    /**
     * Writes with both Jacksons, checks they agree, reads back with both and checks equality.
     *
     * @param value the value
     * @param type its JSON type
     * @param <T> the type
     */
    public static <T> void roundTrip(T value, Class<T> type) {
        String json2 = tulis(value);
        String json3 = JACKSON3.writeValueAsString(value);
        // the same JSON; Jackson 3 sorts properties alphabetically by default, Jackson 2 does not
        assertThat(tree(json3)).isEqualTo(tree(json2));
        assertThat(baca(json2, type)).isEqualTo(value);
        assertThat(JACKSON3.readValue(json3, type)).isEqualTo(value);
    }

    /**
     * {@link #roundTrip} for 100 generated values.
     *
     * @param values the generator
     * @param type their JSON type
     * @param <T> the type
     */
    public static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(100).forAll(values).checkAssert(v -> roundTrip(v, type));
    }

    /**
     * Checks that both Jacksons refuse a JSON text with the library's exception as the root cause.
     *
     * @param json the bad JSON text
     * @param type the type to read
     * @param pesan the exception's whole message
     */
    public static void ditolak(String json, Class<?> type, String pesan) {
        assertThatThrownBy(() -> JACKSON2.readValue(json, type)).rootCause().isInstanceOf(SakipException.class)
                .hasMessage(pesan);
        assertThatThrownBy(() -> JACKSON3.readValue(json, type)).rootCause().isInstanceOf(SakipException.class)
                .hasMessage(pesan);
    }
}
