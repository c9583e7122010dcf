/**
 * Achievement percentages (capaian kinerja) and their aggregation.
 *
 * <p>{@link io.github.sakip.capaian.RumusCapaian} computes the capaian of an indicator from its
 * target and realisasi, honouring the indicator's polarity, range targets and qualitative
 * indicators ({@link io.github.sakip.capaian.SkalaKualitatif}); it divides exactly and rounds once,
 * at the end. {@link io.github.sakip.capaian.RealisasiTahunan} combines quarterly realisasi into
 * the year's. {@link io.github.sakip.capaian.RataRataCapaian} aggregates capaian over indicators,
 * sasaran and the whole agency (mean, weighted mean, median, counts per predikat and per
 * tercapai / belum tercapai / tidak terukur) into a {@link io.github.sakip.capaian.RekapCapaian}.
 * {@link io.github.sakip.capaian.CapaianMassal} scores many rows at once over {@code long}
 * arrays, with exactly the figures of {@code RumusCapaian} and no object per row, for national
 * datasets and CSV tools.
 *
 * <p>Every rule that varies between agencies is a named policy with the regulation's default:
 * rounding ({@link io.github.sakip.model.Pembulatan}), the lower-is-better formula
 * ({@link io.github.sakip.model.VarianNegatif}), what to do with capaian below zero
 * ({@link io.github.sakip.capaian.BatasBawahCapaian}), a cap ({@link
 * io.github.sakip.capaian.BatasAtasCapaian}) and the basis of averages
 * ({@link io.github.sakip.capaian.DasarRataRata}).
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1:
 * <pre>{@code
 * Indikator sakip = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);
 * Capaian c = RumusCapaian.standar().hitung(sakip,
 *         Target.of(Tahun.of(2021), new BigDecimal("80.01")),
 *         Realisasi.of(Tahun.of(2021), new BigDecimal("87.80")));
 * c.getPersen();                       // 109.74%
 * c.getPredikat(SkalaBaku.LKJIP);      // Predikat[Tercapai/ Berhasil, 3 of 4]
 * }</pre>
 */
@ParametersAreNonnullByDefault
package io.github.sakip.capaian;

import javax.annotation.ParametersAreNonnullByDefault;
