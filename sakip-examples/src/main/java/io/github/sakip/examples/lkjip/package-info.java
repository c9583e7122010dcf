/**
 * An LKjIP as a data file ({@code klojen-2021.lkjip}): reading it into the library's
 * {@code DataLkjip}, printing its Bab III tables recomputed beside the printed figures, and the
 * findings of the reviu.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.lkjip;

import javax.annotation.ParametersAreNonnullByDefault;
