package io.github.sakip.model;

/**
 * The direction in which an indicator's realisasi is better (polaritas indikator).
 *
 * <p>The capaian formula for each is in {@code io.github.sakip.capaian}. Range targets
 * ({@link Target#isRentang()}) combine with any polarity: outside the range the nearer bound is
 * used in the polarity's formula (PermenPANRB 8/2021 Bab VI).
 */
public enum Polaritas {
    /**
     * Higher is better ("kondisi normal", maximize): the more realisasi, the better, as for
     * Nilai SAKIP or an IKM. Capaian = realisasi / target x 100 (PermenPANRB 8/2021 Bab VI).
     */
    POSITIF,
    /**
     * Lower is better ("kondisi khusus", minimize): as for a poverty rate or a number of
     * complaints. Capaian = (1 + (1 - realisasi / target)) x 100 (PermenPANRB 8/2021 Bab VI).
     */
    NEGATIF,
    /**
     * Stabilize: the target itself is best and any deviation, up or down, is worse, as for an
     * inflation rate (practice; Kemenkeu KMK 467/2014 names the type).
     */
    STABIL
}
