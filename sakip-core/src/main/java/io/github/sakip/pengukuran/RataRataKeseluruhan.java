package io.github.sakip.pengukuran;

/**
 * Which mean is the agreement's overall capaian in a {@link PengukuranKinerja}: a policy of
 * {@link RumusPengukuran}, default {@link #DARI_INDIKATOR}. No regulation prescribes it
 * (practice); the two differ when sasaran have different numbers of indicators.
 *
 * <p>Example: sasaran A with two indicators at 100 and 120 (mean 110) and sasaran B with one at
 * 80: {@code DARI_INDIKATOR} gives (100 + 120 + 80) / 3 = 100,00; {@code DARI_SASARAN} gives
 * (110 + 80) / 2 = 95,00. The Klojen LKjIP 2021 has one indicator per sasaran, so both give its
 * "Rata-rata capaian" (Tabel 3.1).
 */
public enum RataRataKeseluruhan {
    /**
     * The mean of every measured indicator of the agreement, each counted once: the default, as
     * LKjIPs print "rata-rata capaian" under the table of all indicators (Klojen LKjIP 2021,
     * Tabel 3.1).
     */
    DARI_INDIKATOR,
    /**
     * The mean of the sasaran's means (each measured sasaran counted once, however many indicators
     * it has), as agencies that rate sasaran first do.
     */
    DARI_SASARAN
}
