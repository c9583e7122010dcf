/**
 * Excel in and out for the batch tool (Apache POI): a sheet read as rows of text like a
 * {@code ;}-separated file, rows written to a workbook by the streaming writer (SXSSF, its
 * deferred variant), numbers as numbers, the predikat filled with its band's colour, rejected
 * rows on a second sheet.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.xlsx;

import javax.annotation.ParametersAreNonnullByDefault;
