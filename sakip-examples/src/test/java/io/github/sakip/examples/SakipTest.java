package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SakipTest {

    @Test
    void helpDescribesEveryCommandInIndonesianAndEnglish() {
        Jalankan r = Jalankan.sakip("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("capaian", "ikm", "contoh", "reviu", "baca",
                "Menghitung dan mereviu", "Computes and reviews",
                "Capaian tiap baris berkas CSV / the capaian of every row of a CSV file.",
                "IKM sebuah survei dari jawaban responden / the IKM of a survey from its answers.",
                "Contoh LKjIP Klojen 2021 dihitung ulang dan direviu / the Klojen 2021 LKjIP",
                "Reviu LKjIP dari berkas datanya / review of an LKjIP from its data file.",
                "Bantuan sebuah perintah / help for a command",
                "Tampilkan bantuan ini lalu keluar / show this help and exit.",
                "Status keluar / exit status");
    }

    @Test
    void helpOfEachCommandDescribesEveryOptionInBothLanguages() {
        String capaian = Jalankan.sakip("capaian", "--help").out().replaceAll("\\s+", " ");
        assertThat(capaian).contains("Menghitung capaian kinerja", "Computes the capaian",
                "Tampilkan bantuan ini lalu keluar / show this help and exit.", "--skala", "Skala predikat", "Rating scale", "--pembulatan", "Pembulatan: HALF_UP",
                "Rounding: HALF_UP", "--desimal", "Jumlah desimal hasil", "Decimals of the results", "FILE",
                "Berkas masukan", "Input file", "NEGATIF_RASIO");
        String ikm = Jalankan.sakip("help", "ikm").out().replaceAll("\\s+", " ");
        assertThat(ikm).contains("--pedoman", "Pedoman", "Guideline", "--bobot", "Bobot unsur", "Weight of each unsur");
        assertThat(ikm).contains("Menghitung IKM", "Computes the IKM");
        assertThat(Jalankan.sakip("contoh", "--help").out().replaceAll("\\s+", " ")).contains(
                "Nama contoh: klojen-2021", "Name of the example: klojen-2021", "Worked example");
        assertThat(Jalankan.sakip("reviu", "--help").out().replaceAll("\\s+", " ")).contains("Berkas masukan",
                "Input file", "Reviews an LKjIP");
    }

    @Test
    void withoutACommandOrWithAnUnknownOneItIsAUsageError() {
        Jalankan none = Jalankan.sakip();
        assertThat(none.status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(none.err()).contains("missing command", "Usage: sakip");
        assertThat(Jalankan.sakip("hitung").status()).isEqualTo(Sakip.SALAH_PAKAI);
        assertThat(Jalankan.sakip("--version").out()).startsWith("sakip ");
    }
}
