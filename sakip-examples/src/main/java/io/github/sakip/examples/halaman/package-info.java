/**
 * The reviu as a page: {@link io.github.sakip.examples.halaman.HalamanHtml} writes one
 * self-contained HTML file from a Mustache template and a view model
 * ({@link io.github.sakip.examples.halaman.HalamanReviu}) of the report's tables, printed beside
 * computed, its findings and its charts.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.halaman;

import javax.annotation.ParametersAreNonnullByDefault;
