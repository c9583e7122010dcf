/**
 * JMH benchmarks of the library against the floor no exact library can beat: the same
 * computation as a plain loop over {@code double} arrays, measured in the same run. Not part of
 * the test suite; run them with {@code java -jar sakip-examples/target/benchmarks.jar} (see
 * docs/benchmarks.md for the command, the machine and the figures).
 *
 * <ul>
 *   <li>{@link io.github.sakip.examples.benchmarks.IndikatorBenchmark}: capaian and predikat of
 *       one indicator;</li>
 *   <li>{@link io.github.sakip.examples.benchmarks.InstansiBenchmark}: one agency, 50 indicators
 *       over 5 years and a budget of 200 sub kegiatan rolled up;</li>
 *   <li>{@link io.github.sakip.examples.benchmarks.NasionalBenchmark}: about 5 million
 *       indicator-years (600 agencies x 40 units x 40 indicators x 5 years).</li>
 * </ul>
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.benchmarks;

import javax.annotation.ParametersAreNonnullByDefault;
