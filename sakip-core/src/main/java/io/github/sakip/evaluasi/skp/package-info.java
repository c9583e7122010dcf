/**
 * The individual performance score of an SKP (sasaran kinerja pegawai) under PermenPANRB 8/2021
 * (Sistem Manajemen Kinerja PNS): the conversion of each indicator's capaian into its nilai
 * capaian by category (sangat kurang, kurang, cukup, baik, sangat baik) and the weighted nilai of
 * the SKP. PermenPANRB 6/2022 replaced 8/2021 for new SKPs.
 *
 * <p>{@link io.github.sakip.evaluasi.skp.KonversiCapaianIki} holds the categories as a
 * {@link io.github.sakip.predikat.Skala} and one
 * {@link io.github.sakip.evaluasi.skp.RuasKonversi line} per category, as data; its worked
 * examples: capaian 100 % is baik, nilai 109; 98 % is cukup, nilai 88; above 110 % the nilai is
 * 120; and an indicator whose target is the highest attainable
 * ({@link io.github.sakip.evaluasi.skp.CapaianIki#withTargetMaksimal(boolean) target maksimal})
 * converts 100 % to sangat baik, 120.
 */
@ParametersAreNonnullByDefault
package io.github.sakip.evaluasi.skp;

import javax.annotation.ParametersAreNonnullByDefault;
