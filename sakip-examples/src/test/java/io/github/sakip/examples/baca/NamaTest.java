package io.github.sakip.examples.baca;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names as the Klojen LKjIP 2021 prints them in different places. */
class NamaTest {

    @Test
    void theSameThingUnderTheNamesAReportPrints() {
        assertThat(Nama.kemiripan("Nilai S AKIP OPD", "Nilai SAKIP OPD")).isEqualTo(1.0);
        assertThat(Nama.kemiripan("Nilai SAKIP", "Nilai SAKIP OPD")).isEqualTo(0.9);
        assertThat(Nama.kemiripan("Meningkatnya Pemberdayaan Masyarakat dan", "Meningkatnya Pemberdayaan "
                + "Masyarakat dan Komunitas")).isEqualTo(0.9);
        assertThat(Nama.kemiripan("Indek Kepuasan Masyarakat (IKM) Perangkat Daerah",
                "Indeks Kepuasan Masyarakat (IKM) Perangkat Daerah")).isEqualTo(1.0);
        assertThat(Nama.kemiripan("Meningkatnya pemberdayaan masyarakat & komunitas",
                "Meningkatnya Pemberdayaan Masyarakat dan Komunitas")).isEqualTo(1.0);
        assertThat(Nama.kemiripan("Indeks Kepuasan Layanan Sarana dan Prasarana Publik",
                "Indeks Kepuasan Layanan Prasarana Sarana Publik")).isGreaterThanOrEqualTo(Nama.MIRIP);
    }

    @Test
    void differentThingsAreNotAlike() {
        assertThat(Nama.kemiripan("Angka Kematian Bayi per 1.000KH", "Angka Kematian Balita per 1.000KH"))
                .isLessThan(Nama.MIRIP);
        assertThat(Nama.kemiripan("Nilai SAKIP OPD", "IKM Perangkat Daerah")).isZero();
        assertThat(Nama.kemiripan("", "Nilai SAKIP OPD")).isZero();
        // alike by words, yet different programs: the reader tells them apart by their pagu
        assertThat(Nama.kemiripan("Program Penyelenggaraan Urusan Pemerintahan dan Pelayanan Umum",
                "Program Penyelenggaraan Urusan Pemerintahan Umum")).isGreaterThan(Nama.kemiripan(
                "Program Penyelenggaraan Urusan Pemerintahan dan Pelayanan Umum",
                "Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik"));
    }

    @Test
    void aSentenceNamesWhatItHoldsTheWordsOfCloseTogether() {
        assertThat(Nama.termuat("Indeks Kepuasan Layanan Prasarana Sarana Publik", "dengan indikator Indeks "
                + "kepuasan layanan prasarana dan sarana publik yang mencapai nilai 4,40")).isEqualTo(1.0);
        String jauh = " kata".repeat(15);
        assertThat(Nama.termuat("Program Koordinasi Ketentraman Dan Ketertiban Umum", "program" + jauh + " koordinasi"
                + jauh + " ketentraman" + jauh + " ketertiban umum")).isEqualTo(0.4);
    }
}
