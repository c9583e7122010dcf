/**
 * Reads an LKjIP itself, a draft received as a Word file ({@code .docx}) or its text, into the
 * reviu's data file (the format of {@code klojen-2021.lkjip}), so that no one transcribes a
 * report before its reviu.
 *
 * <p>The way of a report: a source ({@link io.github.sakip.examples.baca.SumberDocx}, a text
 * source; a PDF text source can be added beside them) gives a document of headings, paragraphs
 * and tables; each table is recognised by its header cells (sasaran, indikator, target,
 * realisasi, capaian, years, data awal; pagu, realisasi, penyerapan, efisiensi; program), its
 * figures read row by row; the narrative's figures are read from the words before them; the
 * names printed differently in different places are matched; and everything is written as a
 * data file that {@code DataLkjipLoader} reads and the existing reviu checks. The coverage (what
 * was read, what was skipped and why) comes first. Nothing is guessed: a column, a name or a
 * sentence the reader is not sure of is skipped and reported, never turned into a finding.
 *
 * <p>Entry point: {@link io.github.sakip.examples.baca.PembacaLaporan}.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.examples.baca;

import javax.annotation.ParametersAreNonnullByDefault;
