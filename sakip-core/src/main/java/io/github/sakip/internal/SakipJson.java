package io.github.sakip.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one JSON style of the library, put on every value type that Jackson reads and writes as a
 * JSON object: Jackson 2 ({@code com.fasterxml.jackson.databind}) and Jackson 3
 * ({@code tools.jackson.databind}) both honour it, through the annotations of
 * {@code com.fasterxml.jackson.core:jackson-annotations}, an optional dependency.
 *
 * <ul>
 *   <li>nothing is detected: only what a type marks {@code @JsonProperty} is written, so derived
 *       figures and internals never leak and the shape is the documented one;</li>
 *   <li>an absent optional part is left out, never written as {@code null};</li>
 *   <li>each type is read back through a {@code @JsonCreator} that calls its public factory, so
 *       JSON input is checked exactly like Java input (a bad value fails with the
 *       {@link io.github.sakip.SakipException} as the cause of Jackson's exception).</li>
 * </ul>
 *
 * <p>The shape of every type is documented in {@code docs/json.md}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonAutoDetect(fieldVisibility = Visibility.NONE, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE,
        creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public @interface SakipJson {
}
