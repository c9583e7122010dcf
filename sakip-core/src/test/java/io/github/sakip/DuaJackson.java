package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.quicktheories.core.Gen;

/**
 * Jackson 2 and Jackson 3 side by side, as a user of either sets them up (no module, default
 * settings), for the JSON tests of every package: the round-trip law of docs/json.md, written once.
 */
public final class DuaJackson {

    /** Jackson 2 with its defaults. */
    public static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON2 =
            new com.fasterxml.jackson.databind.json.JsonMapper();
    /** Jackson 3 with its defaults. */
    public static final tools.jackson.databind.json.JsonMapper JACKSON3 =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private DuaJackson() {
    }

    /**
     * The JSON Jackson 2 writes.
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
     * The value Jackson 2 reads, failing the test on an error.
     *
     * @param json the JSON text
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
     * The tree of a JSON text, to compare JSON regardless of the order of properties.
     *
     * @param json the JSON text
     * @return the tree
     */
    public static com.fasterxml.jackson.databind.JsonNode pohon(String json) {
        try {
            return JACKSON2.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(json, e);
        }
    }

    /**
     * The law: Jackson 2 and Jackson 3 write the same JSON, and each reads back a value equal to the
     * one written.
     *
     * @param value the value
     * @param type its JSON type
     * @param <T> the type
     */
    public static <T> void bolakBalik(T value, Class<T> type) {
        String json2 = tulis(value);
        String json3 = JACKSON3.writeValueAsString(value);
        assertThat(pohon(json3)).isEqualTo(pohon(json2));
        assertThat(baca(json2, type)).isEqualTo(value);
        assertThat(JACKSON3.readValue(json3, type)).isEqualTo(value);
    }

    /**
     * The law for 100 generated values.
     *
     * @param values the generator
     * @param type their JSON type
     * @param <T> the type
     */
    public static <T> void bolakBalik(Gen<T> values, Class<T> type) {
        qt().withExamples(100).forAll(values).checkAssert(v -> bolakBalik(v, type));
    }
}
