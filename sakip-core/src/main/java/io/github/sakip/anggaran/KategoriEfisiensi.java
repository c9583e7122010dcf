package io.github.sakip.anggaran;

/**
 * The classification of a sasaran's use of its budget by the method of Tabel 3.4 of the Klojen
 * LKjIP 2021 (practice; docs/aturan.md, "Budget and efficiency"), comparing capaian kinerja with
 * penyerapan anggaran, both as given:
 * <ul>
 *   <li>{@link #EFISIEN}: capaian kinerja &gt;= penyerapan and the target is met (capaian &gt;= 100):
 *       Klojen IKLPSP, 140,57 with 97,19 % of the budget;</li>
 *   <li>{@link #TIDAK_EFISIEN}: capaian kinerja &lt; penyerapan, even with unspent budget: Klojen
 *       IPMas, 93,29 with 94,42 % ("belum dapat dikatakan efisien");</li>
 *   <li>{@link #TARGET_BELUM_TERCAPAI}: capaian kinerja &gt;= penyerapan but below 100: the budget
 *       was spent in proportion to the result, yet the target was missed, so the method does not
 *       call it efficient (the library's name for a case the report does not meet).</li>
 * </ul>
 */
public enum KategoriEfisiensi {
    /** Efficient (efisien): capaian &gt;= penyerapan and capaian &gt;= 100. */
    EFISIEN,
    /** Not efficient (tidak efisien): capaian &lt; penyerapan. */
    TIDAK_EFISIEN,
    /** Capaian &gt;= penyerapan but the target is not met (capaian &lt; 100). */
    TARGET_BELUM_TERCAPAI
}
