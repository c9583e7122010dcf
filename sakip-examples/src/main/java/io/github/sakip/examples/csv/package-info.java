/**
 * Reading and writing {@code ;}-separated files as Indonesian spreadsheets export them, on Apache
 * Commons CSV: rows with line numbers, malformed lines turned into {@code baris N: ...}
 * rejections while the batch goes on, cells read as the library's values through
 * {@code io.github.sakip.format}.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.csv;

import javax.annotation.ParametersAreNonnullByDefault;
