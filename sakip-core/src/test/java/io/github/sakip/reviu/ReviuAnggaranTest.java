package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.anggaran.TingkatPos;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviu of a budget table Program &gt; Kegiatan &gt; Sub kegiatan, with rows that print only a percentage. */
class ReviuAnggaranTest {

    private static BarisAnggaranDicetak baris(TingkatPos tingkat, String nama, String pagu, String realisasi,
            String persen) {
        return baris("Tabel 3.6", tingkat, nama, pagu, realisasi, persen);
    }

    private static BarisAnggaranDicetak baris(String tabel, TingkatPos tingkat, String nama, String pagu,
            String realisasi, String persen) {
        return BarisAnggaranDicetak.of(tabel, nama, tingkat, pagu == null ? null : new BigDecimal(pagu),
                realisasi == null ? null : new BigDecimal(realisasi), persen == null ? null : new BigDecimal(persen));
    }

    private static HasilReviu reviu(BarisAnggaranDicetak... baris) {
        return ReviuLkjip.standar().periksa(KlojenLkjip.data(List.of(), List.of()).withAnggaranDicetak(List.of(baris)));
    }

    @Test
    void aProgramPrintingOnlyThePlainMeanOfItsKegiatanIsAnErrorThatSaysSo() {
        // kegiatan: 950 / 1.000 = 95,00; 160 / 200 = 80,00; 91,8 / 100 = 91,80 (million Rupiah)
        // weighted: 1.201,8 / 1.300 = 92,446... = 92,4; unweighted: (95 + 80 + 91,8) / 3 = 88,93 = 88,9 as printed
        HasilReviu hasil = reviu(baris(TingkatPos.PROGRAM, "Program Penunjang", null, null, "88.9"),
                baris(TingkatPos.KEGIATAN, "Kegiatan A", "1000000000", "950000000", "95.00"),
                baris(TingkatPos.SUB_KEGIATAN, "Sub kegiatan A1", "600000000", "570000000", "95.00"),
                baris(TingkatPos.SUB_KEGIATAN, "Sub kegiatan A2", "400000000", "380000000", "95.00"),
                baris(TingkatPos.KEGIATAN, "Kegiatan B", "200000000", "160000000", "80.00"),
                baris(TingkatPos.KEGIATAN, "Kegiatan C", "100000000", "91800000", "91.80"));
        assertThat(hasil.getTemuan()).hasSize(1);
        Temuan t = hasil.getTemuan().get(0);
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getLokasi()).hasToString("Tabel 3.6 / Program Penunjang / %");
        assertThat(t.getDihitung()).isEqualByComparingTo("92.45");
        assertThat(t.getKeterangan()).isEqualTo("tertimbang pagu, jumlah realisasi / jumlah pagu 3 baris di bawahnya:"
                + " 1.201.800.000 / 1.300.000.000 x 100 = 92,45; yang dicetak adalah rata-rata tanpa bobot:"
                + " (95,00 + 80,00 + 91,80) / 3 = 88,93");
        assertThat(hasil.getJumlahDiperiksa()).isEqualTo(1 + 3 * 5);
    }

    @Test
    void sumateraUtara2021TabelSembilanBelas() {
        // LKjIP Sekretariat Daerah Provinsi Sumatera Utara 2021, Tabel 19 "Realisasi Keuangan Sasaran Strategis-3",
        // https://fliphtml5.com/xgkox/cyxe/LAPORAN_KINERJA_SEKRETARIAT_DAERAH_PROVINSI_SUMATERA_UTARA_TAHUN_2021/49
        // (the percentages printed with a decimal point, 93.6; the two kegiatan rows print nothing).
        // Sub kegiatan: 702.188.300 / 749.930.215 = 93,63 -> 93,6; 188.957.200 / 216.194.000 = 87,40 -> 87,4;
        // 351.953.546 / 378.896.500 = 92,89 -> 92,9: as printed. Evaluasi Pelaksanaan: 307.055.630 / 398.379.650 =
        // 77,076 -> 77,1, printed 80.5: KESALAHAN (77,08 shown).
        // Program, only a percentage: pagu-weighted 1.550.154.676 / 1.743.400.365 = 88,916 -> 88,9; printed 88.6, the
        // unweighted (93,6 + 87,4 + 92,9 + 80,5) / 4 = 88,6 of the sub kegiatan below its blank kegiatan rows:
        // KESALAHAN that names the unweighted mean (88,92 shown).
        HasilReviu hasil = ReviuLkjip.standar().periksa(KlojenLkjip.data(List.of(), List.of()).withAnggaranDicetak(
                List.of(sumut(TingkatPos.PROGRAM, "Program Pemerintahan Dan Otonomi Daerah", null, null, "88.6"),
                        sumut(TingkatPos.KEGIATAN, "Kegiatan Pelaksanaan Tugas Pemerintahan", null, null, null),
                        sumut(TingkatPos.SUB_KEGIATAN, "1. Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum",
                                "749930215", "702188300", "93.6"),
                        sumut(TingkatPos.KEGIATAN, "Kegiatan Fasilitasi Kerjasama Daerah", null, null, null),
                        sumut(TingkatPos.SUB_KEGIATAN, "1.Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah",
                                "216194000", "188957200", "87.4"),
                        sumut(TingkatPos.SUB_KEGIATAN, "2.Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta",
                                "378896500", "351953546", "92.9"),
                        sumut(TingkatPos.SUB_KEGIATAN, "3.Sub Kegiatan Evaluasi Pelaksanaan", "398379650", "307055630",
                                "80.5"))));
        assertThat(hasil.getTemuan()).extracting(t -> t.getLokasi().getBaris() + " " + t.getJenis() + " "
                + t.getDicetak().toPlainString() + " " + t.getDihitung().toPlainString()).containsExactly(
                        "Program Pemerintahan Dan Otonomi Daerah KESALAHAN 88.6 88.92",
                        "3.Sub Kegiatan Evaluasi Pelaksanaan KESALAHAN 80.5 77.08");
        assertThat(hasil.getTemuan().get(0).getKeterangan()).endsWith(
                "yang dicetak adalah rata-rata tanpa bobot: (93,6 + 87,4 + 92,9 + 80,5) / 4 = 88,60");
    }

    private static BarisAnggaranDicetak sumut(TingkatPos tingkat, String nama, String pagu, String realisasi,
            String persen) {
        return baris("Tabel 19", tingkat, nama, pagu, realisasi, persen);
    }

    @Test
    void subKegiatanMustAddUpToTheirKegiatan() {
        // 600 + 450 = 1.050 million, printed 1.000; the kegiatan's own 95,00 is right for 950 / 1.000
        HasilReviu hasil = reviu(baris(TingkatPos.KEGIATAN, "Kegiatan A", "1000000000", "950000000", "95.00"),
                baris(TingkatPos.SUB_KEGIATAN, "Sub kegiatan A1", "600000000", "570000000", "95.00"),
                baris(TingkatPos.SUB_KEGIATAN, "Sub kegiatan A2", "450000000", "380000000", "84.44"));
        assertThat(hasil.getTemuan()).extracting(t -> t.getLokasi().getKolom() + " " + t.getJenis())
                .containsExactly("Pagu KESALAHAN");
        assertThat(hasil.getTemuan().get(0).getKeterangan()).isEqualTo("jumlah pagu 2 baris di bawahnya = 1.050.000.000");
    }

    @Test
    void aPercentageWithoutAmountsBelowItIsCheckedAgainstTheUnweightedMeanAndSaysSo() {
        HasilReviu hasil = reviu(baris(TingkatPos.PROGRAM, "Program", null, null, "90.00"),
                baris(TingkatPos.KEGIATAN, "Kegiatan A", null, null, "95.00"),
                baris(TingkatPos.KEGIATAN, "Kegiatan B", null, null, "80.00"));
        assertThat(hasil.getTemuan()).singleElement().satisfies(t -> {
            assertThat(t.getDihitung()).isEqualByComparingTo("87.50");
            assertThat(t.getKeterangan()).startsWith("tanpa bobot (baris di bawahnya tidak mencetak pagu dan realisasi)");
        });
        HasilReviu sendiri = reviu(baris(TingkatPos.PROGRAM, "Program", null, null, "90.00"));
        assertThat(sendiri.getTemuan()).isEmpty();
        assertThat(sendiri.getCatatan()).singleElement().asString().contains("hanya mencetak persentase");
    }

    @Test
    void aRowIsOfAProgramOrBelow() {
        assertThatThrownBy(() -> baris(TingkatPos.URUSAN, "Urusan", null, null, null))
                .isInstanceOf(SakipException.class).hasMessageContaining("PROGRAM, KEGIATAN or SUB_KEGIATAN");
        assertThatThrownBy(() -> baris(TingkatPos.PROGRAM, "P", "-1", null, null))
                .isInstanceOf(SakipException.class).hasMessageContaining("pagu");
    }
}
