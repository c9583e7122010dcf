/**
 * Test support published in the sakip-core test-jar, for users who property-test their own rating
 * rules: QuickTheories generators of the library's value types ({@link io.github.sakip.testing.SakipGen})
 * and AssertJ assertions ({@link io.github.sakip.testing.SakipAssertions}), and the data of a real report as
 * model values to test against ({@link io.github.sakip.testing.Klojen2021}, the LKjIP 2021 of Kecamatan Klojen).
 *
 * <p>Use it in test scope with QuickTheories and AssertJ:
 * <pre>{@code
 * <dependency>
 *   <groupId>io.github.sakip</groupId>
 *   <artifactId>sakip-core</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
@ParametersAreNonnullByDefault
package io.github.sakip.testing;

import javax.annotation.ParametersAreNonnullByDefault;
