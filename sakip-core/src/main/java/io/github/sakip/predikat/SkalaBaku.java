package io.github.sakip.predikat;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rating scales of the regulations and of common practice, each citing its source.
 *
 * <ul>
 *   <li>{@link #LKJIP}: the four-band LKjIP standard of Tabel 2.5 of the Klojen LKjIP 2021, common
 *       in other LKjIPs too (practice);</li>
 *   <li>{@link #PERMENDAGRI_86}: the five-band scale attributed to Permendagri 86/2017 for
 *       evaluations of Renja, RKPD and RPJMD (the intervals are seen in practice; the regulation's
 *       own table was not reached), with its gaps closed;</li>
 *   <li>{@link #PERMENDAGRI_86_BAIK}: the same intervals as LKjIP Inspektorat Kabupaten Sampang
 *       2019 labels them.</li>
 * </ul>
 * The Nilai SAKIP, IKM and SKP scales are in {@code io.github.sakip.evaluasi}.
 */
public final class SkalaBaku {

    /**
     * The LKjIP standard of the Klojen report (Tabel 2.5, "Standar Penilaian Kinerja"):
     * {@code x < 60} Tidak tercapai/ Tidak berhasil; {@code 60 <= x < 90} Cukup tercapai/ Cukup
     * berhasil; {@code 90 <= x < 110} Tercapai/ Berhasil; {@code x >= 110} ("110 keatas") Sangat
     * tercapai/ Sangat berhasil. Example: 109,74 rates "Tercapai/ Berhasil", 140,57 "Sangat
     * tercapai/ Sangat berhasil".
     */
    public static final Skala LKJIP = Skala.builder("Standar Penilaian Kinerja LKjIP (Tabel 2.5 LKjIP Klojen 2021)",
                    "Tidak tercapai/ Tidak berhasil")
            .dari(new BigDecimal("60"), "Cukup tercapai/ Cukup berhasil")
            .dari(new BigDecimal("90"), "Tercapai/ Berhasil")
            .dari(new BigDecimal("110"), "Sangat tercapai/ Sangat berhasil")
            .build();

    /**
     * The five bands attributed to Permendagri 86/2017 (evaluation of Renja, RKPD, RPJMD), printed
     * as {@code x <= 50} sangat rendah, {@code 51 <= x <= 65} rendah, {@code 66 <= x <= 75}
     * sedang, {@code 76 <= x <= 90} tinggi, {@code 91 <= x <= 100} sangat tinggi. The printed
     * intervals leave gaps (50-51, 65-66, 75-76, 90-91) and stop at 100; this library closes each
     * gap by starting every band at its printed lower bound ({@code 51 <= x < 66} is rendah,
     * {@code 76 <= x < 91} tinggi, ...) and puts everything above 100 in sangat tinggi.
     */
    public static final Skala PERMENDAGRI_86 = Skala.builder(
                    "Permendagri 86/2017 (evaluasi Renja/RKPD/RPJMD; intervals from practice, gaps closed)",
                    "Sangat rendah")
            .dari(new BigDecimal("51"), "Rendah")
            .dari(new BigDecimal("66"), "Sedang")
            .dari(new BigDecimal("76"), "Tinggi")
            .dari(new BigDecimal("91"), "Sangat tinggi")
            .build();

    /**
     * The intervals of {@link #PERMENDAGRI_86} under the labels of LKjIP Inspektorat Kabupaten
     * Sampang 2019: sangat kurang, kurang, cukup, baik, sangat baik.
     */
    public static final Skala PERMENDAGRI_86_BAIK = PERMENDAGRI_86.withLabel(
            "Permendagri 86/2017 intervals, labels of LKjIP Inspektorat Kabupaten Sampang 2019",
            List.of("Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"));

    private SkalaBaku() {
    }
}
