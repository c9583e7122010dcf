package io.github.sakip.reviu;

/**
 * One legitimate way to compute a printed figure under a policy that agencies choose differently:
 * the policy ({@code keluarga}, for example {@code batas atas capaian}), the option in words
 * ({@code capaian dibatasi 100 %}), whether it is the regulation's default, and the figure it gives.
 */
record Opsi(String keluarga, String nama, boolean bawaan, Hitungan hitungan) {

    static final String BATAS_ATAS = "batas atas capaian";
    static final String RUMUS_NEGATIF = "rumus indikator negatif";
    static final String DASAR_RATA_RATA = "dasar rata-rata dan jumlah capaian";
    static final String PEMBULATAN = "pembulatan";
    static final String DASAR_REALISASI = "dasar realisasi";
    static final String RATA_RATA_KESELURUHAN = "rata-rata keseluruhan";
}
