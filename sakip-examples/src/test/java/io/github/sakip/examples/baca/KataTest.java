package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.baca.Kata.Kelas;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words before a number, from the sentences of the Klojen LKjIP 2021 and others. */
class KataTest {

    @Test
    void wordsThatSayWhatTheNumberIs() {
        assertThat(Kata.kelas("yang pada tahun 2021 ditargetkan sebesar")).contains(Kelas.TARGET);
        assertThat(Kata.kelas(" dan realisasinya sebesar")).contains(Kelas.REALISASI);
        assertThat(Kata.kelas(" atau capaian kinerjanya sebesar")).contains(Kelas.CAPAIAN);
        assertThat(Kata.kelas("Walau secara capaian kinerja mencapai")).contains(Kelas.CAPAIAN);
        assertThat(Kata.kelas(" yang berarti ada penurunan sebesar")).contains(Kelas.TURUN);
        assertThat(Kata.kelas(" yang berarti memperoleh kenaikan sebesar")).contains(Kelas.NAIK);
        assertThat(Kata.kelas(" yang berarti ada sisa penggunaan anggaran")).contains(Kelas.SISA);
        assertThat(Kata.kelas("dari segi penggunaan anggaran mencapai")).contains(Kelas.ANGGARAN);
        assertThat(Kata.kelas("mempunyai rata-rata keberhasilan sebesar")).contains(Kelas.RATA_RATA);
        // the target, not the realisasi the sentence also names
        assertThat(Kata.kelas(", di atas realisasi yang di targetkan yaitu nilai")).contains(Kelas.TARGET);
        // "capaian nilai ... mencapai": the value
        assertThat(Kata.kelas("capaian nilai IKM Kecamatan Klojen sampai dengan akhir Desember 2021 mencapai"))
                .contains(Kelas.REALISASI);
    }

    @Test
    void wordsThatSayNothingCertain() {
        assertThat(Kata.kelas("Untuk indikator ini dapat dikatakan berhasil, dengan capaian")).contains(Kelas.TIDAK_PASTI);
        // "capaian kinerja" far from the number names the sentence's subject, not its figure
        assertThat(Kata.kelas("Capaian kinerja nyata indikator 2 \" Prosentase desa/kelurahan dengan kategori minimal "
                + "Berkembang \" adalah sebesar")).contains(Kelas.TIDAK_PASTI);
        assertThat(Kata.kelas("Angka ini diperoleh dari jumlah Linmas yang ada di")).isEqualTo(Optional.empty());
        assertThat(Kata.kelas("")).isEmpty();
    }
}
