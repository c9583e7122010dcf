/**
 * Reviu: checking a report's printed figures against what its own data implies, as the APIP
 * (inspektorat) reviews an LKjIP before it is published (PermenPANRB 53/2014).
 *
 * <p>A {@link io.github.sakip.reviu.Pemeriksa} compares a printed figure with the exact value the
 * data gives and, where they differ, returns a {@link io.github.sakip.reviu.Temuan} (finding)
 * that says where ({@link io.github.sakip.reviu.Lokasi}: table, row, column), what was printed,
 * what the data gives, the difference, and its {@link io.github.sakip.reviu.JenisTemuan kind}:
 * rounding only (another {@code RoundingMode} gives the printed figure), an error, an amount
 * printed differently in two places, or a count stated in words that the data contradicts.
 * Tolerances are explicit.
 *
 * <p>For a whole report, {@link io.github.sakip.reviu.DataLkjip} holds its data (Renstra,
 * Perjanjian Kinerja with budget, program indicators) and every printed figure with what it
 * stands for ({@link io.github.sakip.reviu.Besaran}); {@link io.github.sakip.reviu.PerhitunganLkjip}
 * recomputes any of them with the library's calculators (the means, counts, penyerapan and
 * efisiensi of the Pengukuran Kinerja are {@link io.github.sakip.pengukuran.RumusPengukuran}'s,
 * each policy a report may follow a configuration of it) and {@link io.github.sakip.reviu.ReviuLkjip}
 * checks them all: capaian, averages, year-over-year ratios and changes, Renstra progress,
 * penyerapan, roll-ups, totals and efficiency; amounts printed differently in two places; counts
 * stated in words; numbers printed with words that say another number; budget tables down to sub
 * kegiatan ({@link io.github.sakip.reviu.BarisAnggaranDicetak}).
 *
 * <p>Agencies differ: the policies a report declares ({@link io.github.sakip.reviu.KebijakanLaporan}:
 * cap on capaian, rounding, formula for lower-is-better indicators, rating scale) are applied, and
 * those it does not declare are recognised from its figures: a figure another legitimate policy
 * gives is a {@link io.github.sakip.reviu.JenisTemuan#VARIAN}, a policy that explains the whole
 * report becomes one line of {@link io.github.sakip.reviu.HasilReviu#getKebijakanDikenali()}, and a
 * report that mixes them gets a {@link io.github.sakip.reviu.JenisTemuan#VARIAN_CAMPURAN}. A
 * figure computed from a realisasi printed with fewer decimals is judged against every value that
 * realisasi stands for.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.reviu;

import javax.annotation.ParametersAreNonnullByDefault;
