/**
 * The Pengukuran Kinerja (performance measurement) of a year, as an e-SAKIP screen and Bab III of
 * an LKjIP show it: a {@link io.github.sakip.model.PerjanjianKinerja} and the year's realisasi in,
 * and out for every indicator its capaian, predikat and tercapai; for every sasaran and for the
 * whole agreement the mean capaian, its predikat and the counts (tercapai, belum tercapai, tidak
 * terukur); and for every sasaran its budget, penyerapan and efisiensi (PermenPANRB 53/2014,
 * Bab III "Akuntabilitas Kinerja": capaian per sasaran and "efisiensi penggunaan sumber daya").
 *
 * <p>{@link io.github.sakip.pengukuran.RumusPengukuran} is the calculator, holding the policies of
 * the calculators it combines ({@code capaian}, {@code predikat}, {@code anggaran}) and which mean
 * the agreement's figure is ({@link io.github.sakip.pengukuran.RataRataKeseluruhan});
 * {@link io.github.sakip.pengukuran.PengukuranKinerja},
 * {@link io.github.sakip.pengukuran.PengukuranSasaran} and
 * {@link io.github.sakip.pengukuran.PengukuranIndikator} are its results.
 *
 * <p>This package depends on {@code model}, {@code capaian}, {@code predikat} and
 * {@code anggaran}; {@code reviu} may depend on it, never the reverse.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.pengukuran;

import javax.annotation.ParametersAreNonnullByDefault;
