package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.quicktheories.core.Gen;

/**
 * The JSON laws of docs/json.md, written once for every test of a JSON type: a value written by
 * Jackson 2 and by Jackson 3 gives the same JSON, and each reads it back equal to the original;
 * bad JSON fails with the library's {@link SakipException} as the cause.
 */
public final class JsonRoundTrip {

    /** Jackson 2 ({@code com.fasterxml.jackson.databind}), as a user configures it: not at all. */
    public static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON2 =
            new com.fasterxml.jackson.databind.json.JsonMapper();
    /** Jackson 3 ({@code tools.jackson.databind}), as a user configures it: not at all. */
    public static final tools.jackson.databind.json.JsonMapper JACKSON3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private JsonRoundTrip() {
    }

    /**
     * Writes with Jackson 2.
     *
     * @param value the value
     * @return its JSON
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
     * @param json the JSON
     * @param type the type to read
     * @param <T> the type
     * @return the value
     */
    public static <T> T baca(String json, Class<T> type) {
        try {
            return JACKSON2.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }

    /**
     * The JSON as a tree, to compare JSON whatever the order of properties.
     *
     * @param json the JSON
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
     * Writes with both Jacksons, checks they agree (Jackson 3 sorts properties alphabetically by
     * default, Jackson 2 does not), reads back with both and checks equality.
     *
     * @param value the value
     * @param type its JSON type
     * @param <T> the type
     */
    public static <T> void roundTrip(T value, Class<T> type) {
        String json2 = tulis(value);
        String json3 = JACKSON3.writeValueAsString(value);
        assertThat(tree(json3)).isEqualTo(tree(json2));
        assertThat(baca(json2, type)).isEqualTo(value);
        assertThat(JACKSON3.readValue(json3, type)).isEqualTo(value);
    }

    /**
     * {@link #roundTrip} over 100 generated values.
     *
     * @param values the generator
     * @param type the JSON type
     * @param <T> the type
     */
    public static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(100).forAll(values).checkAssert(v -> roundTrip(v, type));
    }

    /**
     * Reads bad JSON with both Jacksons and returns the library's exception, the cause of each
     * Jackson's exception, for the test to check its message.
     *
     * @param json the bad JSON
     * @param type the type to read
     * @return the cause, a {@link SakipException}
     */
    public static SakipException gagal(String json, Class<?> type) {
        Throwable j2 = catchThrowable(() -> JACKSON2.readValue(json, type));
        Throwable j3 = catchThrowable(() -> JACKSON3.readValue(json, type));
        assertThat(j2).hasRootCauseInstanceOf(SakipException.class);
        assertThat(j3).hasRootCauseInstanceOf(SakipException.class);
        assertThat(j3).hasRootCauseMessage(rootOf(j2).getMessage());
        return (SakipException) rootOf(j2);
    }

    /**
     * Checks that both Jacksons refuse a JSON text with the library's exception, of exactly this
     * message, as the root cause.
     *
     * @param json the bad JSON text
     * @param type the type to read
     * @param pesan the exception's whole message
     */
    public static void ditolak(String json, Class<?> type, String pesan) {
        assertThat(gagal(json, type)).hasMessage(pesan);
    }

    private static Throwable rootOf(Throwable t) {
        Throwable x = t;
        while (x.getCause() != null) {
            x = x.getCause();
        }
        return x;
    }
}
