package io.github.sakip.reviu;

import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.KETENTRAMAN;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.PEMBERDAYAAN;
import static io.github.sakip.testing.Klojen2021.PEMERATAAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.sakip.SakipException;
import io.github.sakip.anggaran.Efisiensi;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.DasarRataRata;
import io.github.sakip.capaian.RataRataCapaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Periode;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.pengukuran.PengukuranKinerja;
import io.github.sakip.pengukuran.PengukuranSasaran;
import io.github.sakip.pengukuran.RataRataKeseluruhan;
import io.github.sakip.pengukuran.RumusPengukuran;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reviu's Pengukuran Kinerja figures are those of {@link RumusPengukuran} under the policy the
 * reviu names, checked against the measurement computed here through the public API alone.
 */
class PerhitunganLkjipPengukuranTest {

    private static final DataLkjip DATA = KlojenLkjip.data(List.of(), List.of());
    private static final PerhitunganLkjip KLOJEN = PerhitunganLkjip.of(DATA);
    private static final List<BatasAtasCapaian> BATAS = List.of(BatasAtasCapaian.TANPA, BatasAtasCapaian.SERATUS,
            BatasAtasCapaian.SERATUS_DUA_PULUH, BatasAtasCapaian.SERATUS_LIMA_PULUH);
    private static final List<RoundingMode> MODE = List.of(RoundingMode.HALF_UP, RoundingMode.DOWN,
            RoundingMode.HALF_EVEN, RoundingMode.UP);

    private static PengukuranKinerja pengukuran(RumusPengukuran rumus, PerjanjianKinerja pk) {
        return pengukuran(rumus, pk, Klojen2021.renstra());
    }

    private static PengukuranKinerja pengukuran(RumusPengukuran rumus, PerjanjianKinerja pk, Renstra renstra) {
        Map<Indikator, Realisasi> realisasi = new HashMap<>();
        pk.getIndikator().forEach(i -> renstra.getRealisasi(i, TAHUN).ifPresent(r -> realisasi.put(i, r)));
        return rumus.hitung(pk, realisasi);
    }

    private static RumusPengukuran rataRata(BatasAtasCapaian batas, Pembulatan p) {
        return RumusPengukuran.standar().withRataRata(RataRataCapaian.standar().withDasar(DasarRataRata.EKSAK)
                .withBatasAtas(batas).withPembulatan(p));
    }

    private static PengukuranSasaran sasaran(PengukuranKinerja m, Sasaran s) {
        return m.getSasaran().stream().filter(x -> x.getSasaran().equals(s)).findFirst().orElseThrow();
    }

    @Test
    void everyCapAndRoundingOfTheMeanIsTheMeasurements() {
        // the options the reviu weighs for Tabel 3.1's "Rata-rata capaian" (Klojen prints 114,53, truncated)
        qt().withExamples(80).forAll(integers().between(0, 4), integers().between(0, MODE.size() - 1),
                integers().between(0, BATAS.size() - 1)).checkAssert((skala, mode, batas) -> {
                    Pembulatan p = Pembulatan.of(skala, MODE.get(mode));
                    BatasAtasCapaian b = BATAS.get(batas);
                    PengukuranKinerja m = pengukuran(rataRata(b, p), Klojen2021.perjanjianKinerja());
                    Opsi opsi = KLOJEN.opsi(Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN)).get(batas);
                    assertThat(opsi.hitungan().bulatkan(p)).isEqualByComparingTo(m.getRataRata().orElseThrow().getNilai());
                    if (b.getNilai().isEmpty()) {
                        for (Sasaran s : List.of(PELAYANAN, PEMBERDAYAAN, PEMERATAAN)) {
                            assertThat(KLOJEN.hitung(Besaran.sasaran(JenisBesaran.RATA_RATA_CAPAIAN_SASARAN, s))
                                    .orElseThrow().bulatkan(p))
                                    .isEqualByComparingTo(sasaran(m, s).getRataRata().orElseThrow().getNilai());
                        }
                    }
                });
    }

    @Test
    void countsEfficiencyAndPenyerapanAreTheMeasurements() {
        Pembulatan masukan = KLOJEN.getPembulatanMasukan();
        PengukuranKinerja m = pengukuran(RumusPengukuran.standar()
                .withRataRata(RataRataCapaian.standar().withPembulatan(masukan))
                .withRumusPenyerapan(RumusPenyerapan.standar().withPembulatan(masukan))
                .withRumusEfisiensi(RumusEfisiensi.standar().withPembulatan(masukan)), Klojen2021.perjanjianKinerja());
        assertThat(KLOJEN.hitung(Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI)).orElseThrow().getEksak())
                .contains(BigDecimal.valueOf(m.getJumlahSasaranTercapai()));
        assertThat(KLOJEN.hitung(Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI)).orElseThrow()
                .getEksak()).contains(BigDecimal.valueOf(m.getJumlahSasaranBelumTercapai()));
        for (Sasaran s : List.of(PELAYANAN, PEMBERDAYAAN, PEMERATAAN)) {
            assertThat(KLOJEN.efisiensi(s).map(Efisiensi::getNilai)).isEqualTo(sasaran(m, s).getEfisiensi()
                    .map(Efisiensi::getNilai));
            assertThat(KLOJEN.rekap(s).isTercapai()).isEqualTo(sasaran(m, s).isTercapai());
        }
        assertThat(KLOJEN.perubahanPenyerapan().orElseThrow().getSekarang())
                .isEqualTo(m.getPenyerapan().orElseThrow().getPersen().orElseThrow());
        // Tabel 3.4, Meningkatnya kinerja pelayanan: 109,74 / 89,49 x 100 = 122,63
        assertThat(sasaran(m, PELAYANAN).getEfisiensi().orElseThrow().getNilai().getNilai())
                .isEqualByComparingTo("122.63");
    }

    @Test
    void aMeanOfTheSasaransMeansIsRecognisedAsThatPolicy() {
        // one sasaran with Nilai SAKIP (109,7375...) and IPMas (93,2949...), one with IKLPSP (140,5750...):
        // of the indicators (109,74 + 93,29 + 140,58) / 3 = 114,54; of the sasaran's means
        // (101,5162... + 140,5750...) / 2 = 121,05, what RataRataKeseluruhan.DARI_SASARAN gives
        Sasaran gabungan = Sasaran.of("Meningkatnya kinerja pelayanan dan pemberdayaan", List.of(NILAI_SAKIP, IPMAS));
        PerjanjianKinerja pk = PerjanjianKinerja.of(TAHUN, List.of(
                KomitmenSasaran.of(gabungan, Map.of(NILAI_SAKIP, Target.of(TAHUN, new BigDecimal("80.01")), IPMAS,
                        Target.of(TAHUN, new BigDecimal("86.80"))), List.of(Klojen2021.PENUNJANG, KETENTRAMAN)),
                KlojenLkjip.komitmen(PEMERATAAN, KEPUASAN_PRASARANA, "3.13", Klojen2021.PEMBERDAYAAN_KELURAHAN)));
        Besaran rataRata = Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN);
        PengukuranKinerja dariSasaran = pengukuran(RumusPengukuran.standar()
                .withRataRataKeseluruhan(RataRataKeseluruhan.DARI_SASARAN), pk);
        assertThat(dariSasaran.getRataRata().orElseThrow().getNilai()).isEqualByComparingTo("121.05");

        HasilReviu hasil = ReviuLkjip.standar().periksa(KlojenLkjip.data(Klojen2021.renstra(), pk, List.of(),
                KlojenLkjip.dicetak("Tabel 3.1", "Rata-rata capaian", "Capaian 2021", rataRata, "121.05")));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).containsExactly(
                "rata-rata keseluruhan: rata-rata dari rata-rata sasaran, untuk seluruh laporan (1 angka)");
        // the mean of the indicators is the default: nothing to recognise; another figure is an error
        assertThat(ReviuLkjip.standar().periksa(KlojenLkjip.data(Klojen2021.renstra(), pk, List.of(),
                KlojenLkjip.dicetak("Tabel 3.1", "Rata-rata capaian", "Capaian 2021", rataRata, "114.54")))
                .getKebijakanDikenali()).isEmpty();
        assertThat(ReviuLkjip.standar().periksa(KlojenLkjip.data(Klojen2021.renstra(), pk, List.of(),
                KlojenLkjip.dicetak("Tabel 3.1", "Rata-rata capaian", "Capaian 2021", rataRata, "118.00")))
                .getTemuan()).extracting(Temuan::getJenis).containsExactly(JenisTemuan.KESALAHAN);
    }

    @Test
    void theMeanOfAReportWithTheRatioFormulaIsEvidenceOfThatFormula() {
        // angka kemiskinan, target 10, realisasi 8: PermenPANRB 120, RASIO 10 / 8 = 125; desa mandiri 77 / 70 = 110.
        // The mean is (120 + 110) / 2 = 115,00 by default and (125 + 110) / 2 = 117,50 with RASIO, as printed
        Indikator kemiskinan = Indikator.of("Angka kemiskinan", Satuan.PERSEN, Polaritas.NEGATIF);
        Indikator desa = Indikator.of("Persentase desa mandiri", Satuan.PERSEN, Polaritas.POSITIF);
        Renstra renstra = Renstra.of(Periode.of(Tahun.of(2019), Tahun.of(2023)))
                .withTarget(kemiskinan, Target.of(TAHUN, BigDecimal.TEN))
                .withRealisasi(kemiskinan, Realisasi.of(TAHUN, BigDecimal.valueOf(8)))
                .withTarget(desa, Target.of(TAHUN, BigDecimal.valueOf(70)))
                .withRealisasi(desa, Realisasi.of(TAHUN, BigDecimal.valueOf(77)));
        PerjanjianKinerja pk = PerjanjianKinerja.of(TAHUN, List.of(KomitmenSasaran.of(
                Sasaran.of("Sasaran", List.of(kemiskinan, desa)), Map.of(kemiskinan, Target.of(TAHUN, BigDecimal.TEN),
                        desa, Target.of(TAHUN, BigDecimal.valueOf(70))), List.of())));
        AngkaDicetak capaian = KlojenLkjip.dicetak("Tabel 3.1", "Kemiskinan", "Capaian",
                Besaran.indikator(JenisBesaran.CAPAIAN, kemiskinan, TAHUN), "125.00");
        AngkaDicetak rataRata = KlojenLkjip.dicetak("Tabel 3.1", "Rata-rata capaian", "Capaian",
                Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), "117.50");
        HasilReviu hasil = ReviuLkjip.standar().periksa(DataLkjip.of("Contoh", TAHUN, renstra, pk, List.of(),
                List.of(capaian, rataRata), List.of()));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).containsExactly(
                "rumus indikator negatif: rumus RASIO, T / R x 100, untuk seluruh laporan (2 angka)");
        assertThat(pengukuran(RumusPengukuran.standar().withRumusCapaian(RumusCapaian.standar()
                .withVarianNegatif(VarianNegatif.RASIO)), pk, renstra).getRataRata().orElseThrow().getNilai())
                .isEqualByComparingTo("117.50");
    }

    @Test
    void aCapaianTheFormulaRefusesLeavesTheOtherIndicatorsAndTheProgramsComputed() {
        // a target of 0 for the higher-is-better Nilai SAKIP: no capaian, so no measurement of the year
        PerhitunganLkjip h = PerhitunganLkjip.of(KlojenLkjip.data(Klojen2021.renstra(), PerjanjianKinerja.of(TAHUN,
                List.of(KlojenLkjip.komitmen(PELAYANAN, NILAI_SAKIP, "0", Klojen2021.PENUNJANG),
                        KlojenLkjip.komitmen(PEMBERDAYAAN, IPMAS, "86.80", KETENTRAMAN),
                        KlojenLkjip.komitmen(PEMERATAAN, KEPUASAN_PRASARANA, "3.13",
                                Klojen2021.PEMBERDAYAAN_KELURAHAN))), List.of()));
        assertThatThrownBy(() -> h.hitung(Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN)))
                .isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> h.hitung(Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PEMBERDAYAAN)))
                .isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> h.hitung(Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN)))
                .isInstanceOf(SakipException.class);
        assertThat(h.hitung(Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN)).orElseThrow()
                .bulatkan(Pembulatan.STANDAR)).isEqualByComparingTo("93.29");
        assertThat(h.hitung(Besaran.program(JenisBesaran.PENYERAPAN, KETENTRAMAN)).orElseThrow()
                .bulatkan(Pembulatan.STANDAR)).isEqualByComparingTo("94.42");
        assertThat(h.hitung(Besaran.sasaran(JenisBesaran.PAGU_SASARAN, PEMBERDAYAAN))).isPresent();
    }
}
