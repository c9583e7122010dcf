package io.github.sakip.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.anggaran.KategoriEfisiensi;
import io.github.sakip.anggaran.Penyerapan;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.AturanCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RumusPengukuranTest {

    private static final Tahun Y2021 = Klojen2021.TAHUN;

    private static Map<Indikator, Realisasi> realisasiKlojen() {
        Map<Indikator, Realisasi> realisasi = new HashMap<>();
        for (Indikator i : Klojen2021.perjanjianKinerja().getIndikator()) {
            Klojen2021.renstra().getRealisasi(i, Y2021).ifPresent(r -> realisasi.put(i, r));
        }
        return realisasi;
    }

    private static Persen persen(String nilai) {
        return Persen.of(new BigDecimal(nilai));
    }

    @Test
    void klojen2021AsTheReportPrintsIt() {
        // Klojen LKjIP 2021, Tabel 3.1 (capaian truncated, "Rata-rata capaian 114,53 %") and Bab III.B
        PengukuranKinerja p = RumusPengukuran.standar()
                .withRumusCapaian(RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN))
                .hitung(Klojen2021.perjanjianKinerja(), realisasiKlojen());
        assertThat(p.getTahun()).isEqualTo(Y2021);
        assertThat(p.getIndikator()).extracting(i -> i.getPersen().orElseThrow())
                .containsExactly(persen("109.73"), persen("93.29"), persen("140.57"));
        assertThat(p.getRataRata()).contains(persen("114.53"));
        assertThat(p.getPredikat()).contains(SkalaBaku.LKJIP.predikat(persen("114.53")));
        assertThat(p.getJumlahIndikator()).isEqualTo(3);
        assertThat(p.getJumlahIndikatorTercapai()).isEqualTo(2);
        assertThat(p.getJumlahIndikatorBelumTercapai()).isEqualTo(1);
        assertThat(p.getJumlahIndikatorTidakTerukur()).isZero();
        assertThat(p.getJumlahSasaranTercapai()).isEqualTo(2);
        assertThat(p.getJumlahSasaranBelumTercapai()).isEqualTo(1);
        assertThat(p.getJumlahSasaranTidakTerukur()).isZero();
        assertThat(p.getPagu()).isEqualTo(Rupiah.of(40_353_401_000L));
        Penyerapan total = p.getPenyerapan().orElseThrow();
        assertThat(total.getRealisasi()).isEqualTo(Rupiah.of(37_354_300_278L));
        assertThat(total.getPersen()).contains(persen("92.57"));
        assertThat(p.getIndikator().get(1)).hasToString(
                "PengukuranIndikator[Indeks Pembangunan Masyarakat (IPMas) Kecamatan: 93.29%, Tercapai/ Berhasil, "
                        + "belum tercapai]");
        assertThat(p).hasToString("PengukuranKinerja[2021: rata-rata 114.53%, 2 of 3 indikator tercapai, "
                + "0 tidak terukur, penyerapan 92.57%]");
        assertThat(p.getSasaran().get(1)).hasToString("PengukuranSasaran[Meningkatnya Pemberdayaan Masyarakat dan "
                + "Komunitas: rata-rata 93.29%, 0 of 1 tercapai, penyerapan 94.42%]");
    }

    @Test
    void klojen2021BudgetAndEfficiencyPerSasaran() {
        // Klojen LKjIP 2021, Tabel 3.4 (efisiensi), HALF_UP capaian as the table prints them
        PengukuranKinerja p = RumusPengukuran.standar().hitung(Klojen2021.perjanjianKinerja(), realisasiKlojen());
        PengukuranSasaran pelayanan = p.getSasaran().get(0);
        assertThat(pelayanan.getSasaran()).isEqualTo(Klojen2021.PELAYANAN);
        assertThat(pelayanan.getPagu()).isEqualTo(Rupiah.of(24_078_234_555L));
        assertThat(pelayanan.getPenyerapan().orElseThrow().getRealisasi()).isEqualTo(Rupiah.of(21_547_462_883L));
        assertThat(pelayanan.getPenyerapan().orElseThrow().getPersen()).contains(persen("89.49"));
        // 109,74 / 89,49 x 100 = 122,63 (the report prints 122,56)
        assertThat(pelayanan.getEfisiensi().orElseThrow().getNilai()).isEqualTo(persen("122.63"));
        assertThat(pelayanan.getEfisiensi().orElseThrow().getKategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
        assertThat(pelayanan.isTercapai()).isTrue();
        PengukuranSasaran pemberdayaan = p.getSasaran().get(1);
        // 93,29 / 94,42 x 100 = 98,80
        assertThat(pemberdayaan.getPenyerapan().orElseThrow().getPersen()).contains(persen("94.42"));
        assertThat(pemberdayaan.getEfisiensi().orElseThrow().getNilai()).isEqualTo(persen("98.80"));
        assertThat(pemberdayaan.isTercapai()).isFalse();
        assertThat(pemberdayaan.getPredikat()).contains(SkalaBaku.LKJIP.predikat(persen("93.29")));
        PengukuranSasaran pemerataan = p.getSasaran().get(2);
        assertThat(pemerataan.getPenyerapan().orElseThrow().getPersen()).contains(persen("97.19"));
        // 140,58 / 97,19 x 100 = 144,64
        assertThat(pemerataan.getEfisiensi().orElseThrow().getNilai()).isEqualTo(persen("144.64"));
        assertThat(p.getRataRata()).contains(persen("114.54"));
    }

    /** A Dinas Sosial's measurement, the figures worked out by hand. */
    @Test
    void dinasSosialWithOwnFormulaRangeTargetMissingRealisasiAndBudget() {
        Indikator pmks = Indikator.of("Persentase PMKS yang tertangani", Satuan.PERSEN, Polaritas.POSITIF);
        Indikator kemiskinan = Indikator.of("Persentase penduduk miskin", Satuan.PERSEN, Polaritas.NEGATIF);
        Indikator waktu = Indikator.of("Rata-rata waktu penyaluran bantuan", Satuan.of("hari"), Polaritas.NEGATIF)
                .withAturan(AturanCapaian.IKUT_RUMUS.withVarianNegatif(VarianNegatif.RASIO));
        Indikator kepuasan = Indikator.of("Indeks kepuasan penerima bantuan", Satuan.INDEKS, Polaritas.POSITIF);
        Indikator panti = Indikator.of("Persentase panti terakreditasi", Satuan.PERSEN, Polaritas.POSITIF);
        Sasaran perlindungan = Sasaran.of("Meningkatnya perlindungan sosial", List.of(pmks, kemiskinan));
        Sasaran layanan = Sasaran.of("Meningkatnya kualitas layanan sosial", List.of(waktu, kepuasan));
        Sasaran kelembagaan = Sasaran.of("Meningkatnya kualitas kelembagaan sosial", List.of(panti));
        Program rehabilitasi = program("Program Rehabilitasi Sosial", 2_000_000_000L, 1_800_000_000L);
        Program jaminan = program("Program Perlindungan dan Jaminan Sosial", 3_000_000_000L, 2_850_000_000L);
        Program kelembagaanProgram = Program.of("Program Pemberdayaan Sosial", Pagu.of(Y2021,
                Rupiah.of(500_000_000L)));
        PerjanjianKinerja pk = PerjanjianKinerja.of(Y2021, List.of(
                KomitmenSasaran.of(perlindungan, Map.of(pmks, target("80"), kemiskinan, target("9.5")),
                        List.of(rehabilitasi)),
                KomitmenSasaran.of(layanan, Map.of(waktu, target("7"), kepuasan,
                        Target.rentang(Y2021, new BigDecimal("80"), new BigDecimal("90"))), List.of(jaminan)),
                KomitmenSasaran.of(kelembagaan, Map.of(panti, target("50")), List.of(kelembagaanProgram))));
        Map<Indikator, Realisasi> realisasi = Map.of(pmks, realisasi("84"), kemiskinan, realisasi("9.8"),
                waktu, realisasi("5"), kepuasan, realisasi("92"));
        PengukuranKinerja p = RumusPengukuran.standar().hitung(pk, realisasi);
        // 84 / 80 = 105,00; (2 x 9,5 - 9,8) / 9,5 = 96,84; 7 / 5 = 140,00 (its own RASIO); 92 / 90 = 102,22
        assertThat(p.getIndikator()).extracting(i -> i.getPersen().map(Persen::toString).orElse("-"))
                .containsExactly("105.00%", "96.84%", "140.00%", "102.22%", "-");
        // (105,00 + 96,84 + 140,00 + 102,22) / 4 = 444,06 / 4 = 111,015 -> 111,02
        assertThat(p.getRataRata()).contains(persen("111.02"));
        assertThat(p.getJumlahIndikatorTercapai()).isEqualTo(3);
        assertThat(p.getJumlahIndikatorBelumTercapai()).isEqualTo(1);
        assertThat(p.getJumlahIndikatorTidakTerukur()).isEqualTo(1);
        // sasaran means: (105,00 + 96,84) / 2 = 100,92; (140,00 + 102,22) / 2 = 121,11; none
        assertThat(p.getSasaran()).extracting(s -> s.getRataRata().map(Persen::toString).orElse("-"))
                .containsExactly("100.92%", "121.11%", "-");
        assertThat(p.getJumlahSasaranTercapai()).isEqualTo(2);
        assertThat(p.getJumlahSasaranTidakTerukur()).isEqualTo(1);
        // (100,92 + 121,11) / 2 = 111,015 -> 111,02: the same here by chance of the figures
        PengukuranKinerja dariSasaran = RumusPengukuran.standar()
                .withRataRataKeseluruhan(RataRataKeseluruhan.DARI_SASARAN).hitung(pk, realisasi);
        assertThat(dariSasaran.getRataRata()).contains(persen("111.02"));
        assertThat(dariSasaran.getRekap().getJumlahTerukur()).isEqualTo(2);
        // penyerapan 1.800.000.000 / 2.000.000.000 = 90,00; efisiensi 100,92 / 90,00 = 112,13
        PengukuranSasaran s1 = p.getSasaran().get(0);
        assertThat(s1.getPenyerapan().orElseThrow().getPersen()).contains(persen("90.00"));
        assertThat(s1.getEfisiensi().orElseThrow().getNilai()).isEqualTo(persen("112.13"));
        // 2.850.000.000 / 3.000.000.000 = 95,00; 121,11 / 95,00 = 127,48
        assertThat(p.getSasaran().get(1).getEfisiensi().orElseThrow().getNilai()).isEqualTo(persen("127.48"));
        // no realisasi anggaran reported for the third program: no penyerapan, for it and the agency
        assertThat(p.getSasaran().get(2).getPenyerapan()).isEmpty();
        assertThat(p.getSasaran().get(2).getEfisiensi()).isEmpty();
        assertThat(p.getSasaran().get(2).getPagu()).isEqualTo(Rupiah.of(500_000_000L));
        assertThat(p.getPenyerapan()).isEmpty();
        assertThat(p.getPagu()).isEqualTo(Rupiah.of(5_500_000_000L));
        assertThat(p.getIndikator().get(4)).hasToString(
                "PengukuranIndikator[Persentase panti terakreditasi: tidak terukur]");
    }

    @Test
    void aRealisasiOfAnIndicatorOutsideTheAgreementIsRefused() {
        Indikator lain = Indikator.of("Lain", Satuan.PERSEN, Polaritas.POSITIF);
        assertThatThrownBy(() -> RumusPengukuran.standar().hitung(Klojen2021.perjanjianKinerja(),
                Map.of(lain, realisasi("1")))).isInstanceOf(SakipException.class)
                .hasMessage("RumusPengukuran realisasi has indicator \"Lain\", which is not in the Perjanjian "
                        + "Kinerja 2021");
    }

    @Test
    void aRealisasiOfAnotherYearIsRefused() {
        assertThatThrownBy(() -> RumusPengukuran.standar().hitung(Klojen2021.perjanjianKinerja(),
                Map.of(Klojen2021.IPMAS, Realisasi.of(Tahun.of(2020), BigDecimal.ONE))))
                .isInstanceOf(SakipException.class).hasMessageContaining("Realisasi.tahun must be Target.tahun 2021");
    }

    @SuppressWarnings("DataFlowIssue")
    @Test
    void nullIsRefusedByName() {
        RumusPengukuran r = RumusPengukuran.standar();
        assertThatThrownBy(() -> r.hitung(null, Map.of())).isInstanceOf(SakipException.class)
                .hasMessageContaining("perjanjianKinerja");
        assertThatThrownBy(() -> r.hitung(Klojen2021.perjanjianKinerja(), null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("realisasi");
        assertThatThrownBy(() -> r.withSkala(null)).isInstanceOf(SakipException.class)
                .hasMessageContaining("RumusPengukuran.skala");
    }

    @Test
    void policiesAreKeptAndCompared() {
        RumusPengukuran r = RumusPengukuran.standar().withSkala(SkalaBaku.PERMENDAGRI_86)
                .withRataRata(RataRataCapaian.standar().withPembulatan(3, RoundingMode.DOWN))
                .withRataRataKeseluruhan(RataRataKeseluruhan.DARI_SASARAN);
        assertThat(r.getSkala()).isEqualTo(SkalaBaku.PERMENDAGRI_86);
        assertThat(r.getRataRataKeseluruhan()).isEqualTo(RataRataKeseluruhan.DARI_SASARAN);
        assertThat(r.getRataRata().getPembulatan().getScale()).isEqualTo(3);
        assertThat(r).isNotEqualTo(RumusPengukuran.standar()).isEqualTo(RumusPengukuran.standar()
                .withSkala(SkalaBaku.PERMENDAGRI_86).withRataRata(RataRataCapaian.standar()
                        .withPembulatan(3, RoundingMode.DOWN)).withRataRataKeseluruhan(RataRataKeseluruhan.DARI_SASARAN));
        assertThat(r.hashCode()).isEqualTo(r.withSkala(SkalaBaku.PERMENDAGRI_86).hashCode());
        assertThat(RumusPengukuran.standar().hitung(Klojen2021.perjanjianKinerja(), Map.of()).getRumus())
                .isEqualTo(RumusPengukuran.standar());
    }

    @Test
    void budgetPoliciesAreKeptAndComparedToo() {
        RumusPengukuran standar = RumusPengukuran.standar();
        RumusCapaian turun = RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN);
        assertThat(standar.withRumusCapaian(turun).getRumusCapaian()).isEqualTo(turun);
        assertThat(standar.withRumusCapaian(turun)).isNotEqualTo(standar);
        RumusPenyerapan penyerapan = RumusPenyerapan.standar().withPembulatan(Pembulatan.of(1, RoundingMode.DOWN));
        RumusPengukuran r = standar.withRumusPenyerapan(penyerapan);
        assertThat(r.getRumusPenyerapan()).isSameAs(penyerapan);
        assertThat(r).isNotEqualTo(standar).isEqualTo(standar.withRumusPenyerapan(penyerapan));
        RumusEfisiensi efisiensi = RumusEfisiensi.standar().withPembulatan(Pembulatan.of(1, RoundingMode.DOWN));
        RumusPengukuran e = standar.withRumusEfisiensi(efisiensi);
        assertThat(e.getRumusEfisiensi()).isSameAs(efisiensi);
        assertThat(e).isNotEqualTo(standar).isNotEqualTo("RumusPengukuran");
        assertThat(e.toString()).startsWith("RumusPengukuran[").contains("DARI_INDIKATOR", efisiensi.toString());
    }

    private static Target target(String nilai) {
        return Target.of(Y2021, new BigDecimal(nilai));
    }

    private static Realisasi realisasi(String nilai) {
        return Realisasi.of(Y2021, new BigDecimal(nilai));
    }

    private static Program program(String nama, long pagu, long realisasi) {
        return Program.of(nama, Pagu.of(Y2021, Rupiah.of(pagu)))
                .withRealisasi(RealisasiAnggaran.of(Y2021, Rupiah.of(realisasi)));
    }

    @Test
    void realisasiAreMatchedByIdentityAndGivenOnce() {
        Map<Indikator, Realisasi> realisasi = Map.of(Klojen2021.IPMAS.withIku(false), realisasi("80.98"));
        PengukuranKinerja p = RumusPengukuran.standar().hitung(Klojen2021.perjanjianKinerja(), realisasi);
        assertThat(p.getIndikator().get(1).getPersen()).contains(persen("93.29"));
        assertThatThrownBy(() -> RumusPengukuran.standar().hitung(Klojen2021.perjanjianKinerja(),
                Map.of(Klojen2021.IPMAS, realisasi("80.98"), Klojen2021.IPMAS.withIku(false), realisasi("81"))))
                .isInstanceOf(SakipException.class).hasMessage("RumusPengukuran realisasi gives indicator "
                        + "\"Indeks Pembangunan Masyarakat (IPMas) Kecamatan\" 2 times");
    }
}
