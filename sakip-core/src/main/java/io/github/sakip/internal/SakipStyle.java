package io.github.sakip.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, put on every abstract value type.
 *
 * <ul>
 *   <li>the generated {@code Immutable*} class is package-private and hidden behind the abstract
 *       type ({@code overshadowImplementation}): users see {@code Target}, never
 *       {@code ImmutableTarget};</li>
 *   <li>no builder and no generated {@code with*} methods: each type has hand-written
 *       {@code of(...)} factories and {@code with*} methods, in the manner of {@code java.time},
 *       that check for null and name the field (a generated one would throw a bare
 *       {@code NullPointerException});</li>
 *   <li>accessors are JavaBeans-style ({@code getTahun()}, {@code isIku()}), as on the
 *       hand-written types;</li>
 *   <li>every attribute is a constructor parameter, collections are copied into unmodifiable
 *       ones, and invariants are checked by {@code @Value.Check} methods that throw
 *       {@link SakipException} (never normalize silently);</li>
 *   <li>JDK collections only, no Guava at run time.</li>
 * </ul>
 *
 * <p>The annotation is retained in class files only; it has no effect at run time, and
 * Immutables itself is a compile-time (provided) dependency.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        allParameters = true,
        jdkOnly = true,
        get = {"get*", "is*"},
        defaults = @Value.Immutable(builder = false, copy = false),
        typeImmutable = "Immutable*")
public @interface SakipStyle {
}
