package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.reviu.HasilReviu;
import org.junit.jupiter.api.Test;

/**
 * Fragments of other published LKjIPs (each file names its source in its first comment), read
 * with no transcription. Each test states by hand what the report prints and what the reviu
 * finds in it.
 */
class PembacaLaporanKorpusTest {

    /**
     * Kecamatan Gunung Kaler 2020, Tabel 3.5: no sasaran column, targets, realisasi and capaian
     * of two years, a sum row and a mean row, the narrative after it.
     */
    @Test
    void gunungKaler2020() {
        HasilBaca bacaan = baca("kecamatan-gunung-kaler-2020.md");
        assertThat(bacaan.getTerbaca()).anyMatch(t -> t.startsWith("Tabel 3.5 (Analisis Pencapaian Sasaran 1 Kecamatan "
                + "Gunung Kaler Kabupaten Tangerang): 4 baris, 19 angka; kolom: No. = nomor; Indikator Kinerja = "
                + "indikator; Satuan = teks; Target 2019 = target 2019; Target 2020 = target 2020; Realisasi 2019 = "
                + "realisasi 2019; Realisasi 2020 = realisasi 2020; Capaian 2019(%) = capaian 2019; Capaian 2020(%) = "
                + "capaian 2020"));
        // the sum row is no figure the reviu knows; the 2019 mean is not of the report's year
        assertThat(bacaan.getDilewati()).contains(
                "Tabel 3.5 / Jumlah capaian realisasi kinerja / Capaian 2020(%): angka ringkasan yang tidak dikenali",
                "sasaran: tidak ada tabel yang menyebut sasaran indikatornya; semua indikator dan program ditulis di "
                        + "bawah satu sasaran S0 (periksa di berkas .lkjip)");
        // "terjadi penurunan sebesar 2,85%" is the change of the capaian (107,81 - 104,96), not of the realisasi
        assertThat(bacaan.getDilewati()).anyMatch(d -> d.startsWith("Teks / 2,85%")
                && d.endsWith("perubahan capaian, bukan perubahan realisasi"));
        HasilReviu reviu = Laporan.reviu(bacaan);
        // 66,7 / 70 x 100 = 95,29 where 95,24 is printed: the printed realisasi 66,7 has one
        // decimal and stands for 66,65 to 66,75 (6 of 9 desa: 66,67 gives 95,24), so the figure is
        // within the precision of its input, no finding; the mean 100,07 is that of the printed
        // capaian (104,96 + 95,24 + 100) / 3, the exact mean 100,08: a recognised policy, one line
        assertThat(reviu.getTemuan()).isEmpty();
        assertThat(reviu.getKebijakanDikenali()).containsExactly(
                "dasar rata-rata dan jumlah capaian: dari capaian yang dicetak, untuk seluruh laporan (1 angka)");
    }

    /**
     * Kabupaten Manggarai Timur 2019, Tabel 3.8: three lower-is-better indicators (Angka
     * Kematian Ibu, Bayi, Balita), a caption "Tabel; 3.8" over three lines, two-row header.
     */
    @Test
    void manggaraiTimur2019() {
        HasilBaca bacaan = baca("kabupaten-manggarai-timur-2019.md");
        assertThat(bacaan.getTerbaca()).anyMatch(t -> t.startsWith("Tabel 3.8 (Anlisis Pencapaian Sasaran Strategis 5 "
                + "Menurunnya Kematian Ibu Baru Melahirkan dan Anak Baru Lahir): 4 baris, 22 angka")
                && t.contains("Tahun 2019 Target = target 2019; Tahun 2019 Realisasi = realisasi 2019; Capaian Kinerja "
                        + "Tahun 2019 = capaian 2019"));
        // AKB: 96,54 is T / R (9,20 / 9,53), a lower-is-better formula: NEGATIF. AKI (87,10 for
        // T 0,16, R 0,19) and AKBa (72,52 for T 0,64, R 0,18) follow no formula: their polaritas is
        // not certain, so neither their capaian nor the mean 85,38 is judged
        assertThat(bacaan.getLkjip()).contains(";Angka Kematian Bayi per 1.000KH;angka;NEGATIF");
        assertThat(bacaan.getDilewati()).anyMatch(d -> d.startsWith("Angka Kematian Ibu per 100.000KH / polaritas"))
                .anyMatch(d -> d.startsWith("Angka Kematian Balita per 1.000KH / polaritas"))
                .anyMatch(d -> d.startsWith("Tabel 3.8 / Rata-rata capaian / Capaian Kinerja Tahun 2019 / 85,38"));
        HasilReviu reviu = Laporan.reviu(bacaan);
        // under the default lower-is-better formula of PermenPANRB 8/2021, (2T - R) / T x 100 =
        // 96,41; the report used T / R (the RASIO variant), which the reviu recognises and names
        // in one line instead of a finding
        assertThat(reviu.getTemuan()).isEmpty();
        assertThat(reviu.getKebijakanDikenali()).containsExactly(
                "rumus indikator negatif: rumus RASIO, T / R x 100, untuk seluruh laporan (1 angka)");
    }

    /**
     * Dinas Perpustakaan dan Kearsipan Kabupaten Lima Puluh Kota 2020, Tabel 6: capaian capped
     * at 100 (IKM 79,29 against 72,29 is 109,68, printed 100), a predikat column.
     */
    @Test
    void limaPuluhKota2020() {
        HasilBaca bacaan = baca("dinas-badan-dispusip-lima-puluh-kota-2020.md");
        assertThat(bacaan.getTerbaca()).anyMatch(t -> t.startsWith("Tabel 6 (Pengukuran Capaian Kinerja Sasaran "
                + "Strategis 1 Tahun 2020): 4 baris, 10 angka; kolom: NO. = nomor; INDIKATORKINERJA = indikator; "
                + "TARGET = target; REALISASI = realisasi; CAPAIAN% = capaian; PREDIKET = tidak dikenal"));
        assertThat(bacaan.getDilewati()).contains("Tabel 6 / kolom PREDIKET: kepala kolom tidak dikenali");
        // the capped 100 follows no capaian formula, so the IKM's polaritas is not certain: its
        // capaian and the mean (100, of capped figures) are reported as not judged, not as errors
        assertThat(bacaan.getDilewati()).contains(
                "Tabel 6 / Indeks Kepuasan Masyarakat untuk Layanan Dinas Perpustakaan dan Kearsipan / CAPAIAN% / 100: "
                        + "bergantung pada polaritas yang tidak pasti",
                "Tabel 6 / Rata-rata capaian / CAPAIAN% / 100: bergantung pada polaritas yang tidak pasti");
        HasilReviu reviu = Laporan.reviu(bacaan);
        assertThat(reviu.getTemuan()).isEmpty();
        assertThat(reviu.getJumlahDiperiksa()).isEqualTo(8);
    }

    /**
     * Sekretariat Daerah Provinsi Sumatera Utara 2021, Tabel 19: a budget table of a program, its
     * kegiatan and sub kegiatan, percentages with a decimal point (93.6).
     */
    @Test
    void sumateraUtara2021() {
        HasilBaca bacaan = baca("provinsi-setda-sumatera-utara-2021.md");
        assertThat(bacaan.getTerbaca()).anyMatch(t -> t.startsWith("Tabel 19 (Realisasi Keuangan Sasaran Strategis-3): "
                + "0 baris, 0 angka; kolom: NO = nomor; INDIKATOR KINERJA = indikator; PROGRAM/ KINERJA = program; "
                + "ANGGARAN (Rp) = pagu (program); REALISASI (Rp) = realisasi anggaran (program); CAPAIAN REALISASI "
                + "ANGGARAN (%) = penyerapan (program)"));
        // the sub kegiatan rows are not in the reviu's data; "88.6" is not an Indonesian number
        assertThat(bacaan.getDilewati()).contains(
                "Tabel 19 / 1. Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum: baris kegiatan; kegiatan tidak "
                        + "ada dalam data reviu",
                "Tabel 19 / CAPAIAN REALISASI ANGGARAN (%) / \"88.6\": bukan angka");
        assertThat(bacaan.getLkjip()).contains("tahun;2021").doesNotContain("[dicetak];\ntabel;baris;kolom;besaran;"
                + "rujukan;tahun;dicetak;kutipan\nTabel");
    }

    private static HasilBaca baca(String nama) {
        return Laporan.baca(nama, Laporan.resource(nama));
    }
}
