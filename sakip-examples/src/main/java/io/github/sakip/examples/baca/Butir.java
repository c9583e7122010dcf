package io.github.sakip.examples.baca;

import java.util.Optional;

/**
 * A printed figure with the thing of the report it is about, found in the {@link Katalog}.
 *
 * @param angka the figure as read
 * @param rujukan the sasaran, indicator, program or program indicator it is about; empty for a
 *     figure of the whole report (a total, an average, a count)
 */
record Butir(AngkaTerbaca angka, Optional<Entitas> rujukan) {
}
