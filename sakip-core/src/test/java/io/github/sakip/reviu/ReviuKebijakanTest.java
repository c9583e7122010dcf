package io.github.sakip.reviu;

import static io.github.sakip.reviu.KlojenLkjip.d;
import static io.github.sakip.reviu.KlojenLkjip.dicetak;
import static io.github.sakip.reviu.KlojenLkjip.list;
import static io.github.sakip.testing.Klojen2021.KEPUASAN_PRASARANA;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.VarianNegatif;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Periode;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Target;
import io.github.sakip.model.Tahun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reviu with the policies a report declares, and those it recognises when the report declares none. */
class ReviuKebijakanTest {

    private static final Besaran CAPAIAN_SAKIP = Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN);
    private static final Besaran CAPAIAN_IKLPSP = Besaran.indikator(JenisBesaran.CAPAIAN, KEPUASAN_PRASARANA, TAHUN);

    private static HasilReviu reviu(KebijakanLaporan k, AngkaDicetak... dicetak) {
        return ReviuLkjip.standar().periksa(KlojenLkjip.data(list(dicetak), List.of()).withKebijakan(k));
    }

    @Test
    void aCapAt100ThatExplainsTheWholeReportIsOneLine() {
        // Nilai SAKIP 87,80 / 80,01 x 100 = 109,74, printed 100: only a cap at 100 gives it
        HasilReviu hasil = reviu(KebijakanLaporan.standar(),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", CAPAIAN_SAKIP, "100.00"));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).containsExactly(
                "batas atas capaian: capaian dibatasi 100 %, untuk seluruh laporan (1 angka)");
    }

    @Test
    void aCapInOneRowAndNoneInAnotherIsAMixAndTheCappedRowIsNamed() {
        // IKLPSP 140,575... printed 140,58: no cap, or a cap at 150; SAKIP printed 100: a cap at 100
        HasilReviu hasil = reviu(KebijakanLaporan.standar(),
                dicetak("Tabel 3.1", "SAKIP", "Capaian", CAPAIAN_SAKIP, "100.00"),
                dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "140.58"));
        assertThat(hasil.getTemuan()).extracting(Temuan::getJenis).containsExactly(JenisTemuan.VARIAN,
                JenisTemuan.VARIAN_CAMPURAN);
        Temuan capped = hasil.getTemuan().get(0);
        assertThat(capped.getVarian()).contains("capaian dibatasi 100 %");
        // the computed figure keeps its decimals: 109,74, not 110
        assertThat(capped.getDihitung()).isEqualByComparingTo("109.74");
        assertThat(capped.getKeterangan()).startsWith("capaian dibatasi 100 %: 87,80 / 80,01 x 100, dibatasi 100 %"
                + " = 100,00; bawaan: 87,80 / 80,01 x 100 = 109,74");
        assertThat(hasil.getTemuan().get(1).getKeterangan()).contains("capaian tanpa batas atas atau capaian"
                + " dibatasi 150 %: 1 angka", "capaian dibatasi 100 %: 1 angka");
    }

    @Test
    void aDeclaredCapIsAppliedToCapaianAndMean() {
        // capped: (100 + 93,29 + 100) / 3 = 97,76 (the exact capaian 93,2949... and two caps)
        KebijakanLaporan k = KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.SERATUS);
        HasilReviu hasil = reviu(k, dicetak("Tabel 3.1", "SAKIP", "Capaian", CAPAIAN_SAKIP, "100.00"),
                dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "100"),
                dicetak("Tabel 3.1", "Rata-rata", "Capaian", Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), "97.76"));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).isEmpty();
        // the uncapped figure is now an error, shown with its decimals
        Temuan t = reviu(k, dicetak("Tabel 3.1", "IKLPSP", "Capaian", CAPAIAN_IKLPSP, "140.58")).getTemuan().get(0);
        assertThat(t.getJenis()).isEqualTo(JenisTemuan.KESALAHAN);
        assertThat(t.getDihitung()).isEqualByComparingTo("100.00");
    }

    @Test
    void theRatioFormulaOfALowerIsBetterIndicatorIsRecognised() {
        // angka kemiskinan, target 10, realisasi 8: PermenPANRB (2 x 10 - 8) / 10 = 120, RASIO 10 / 8 = 125
        Indikator kemiskinan = Indikator.of("Angka kemiskinan", Satuan.PERSEN, Polaritas.NEGATIF);
        DataLkjip data = satuIndikator(kemiskinan, "10", "8");
        Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, kemiskinan, TAHUN);
        HasilReviu hasil = ReviuLkjip.standar().periksa(data(data, dicetak("Tabel 3.1", "Kemiskinan", "Capaian",
                capaian, "125.00")));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).containsExactly(
                "rumus indikator negatif: rumus RASIO, T / R x 100, untuk seluruh laporan (1 angka)");
        // declared RASIO: 125 is right, 122 is not (120 would be: RASIO capped at 120)
        DataLkjip rasio = data.withKebijakan(KebijakanLaporan.standar().withVarianNegatif(VarianNegatif.RASIO));
        assertThat(ReviuLkjip.standar().periksa(data(rasio, dicetak("T", "K", "C", capaian, "125.00"))).getTemuan())
                .isEmpty();
        assertThat(ReviuLkjip.standar().periksa(data(rasio, dicetak("T", "K", "C", capaian, "122.00"))).getTemuan())
                .extracting(Temuan::getJenis).containsExactly(JenisTemuan.KESALAHAN);
    }

    @Test
    void aCapaianFromARoundedRealisasiIsJudgedAgainstTheValuesItStandsFor() {
        // 6 of 9 desa, printed 66,7 (66,65 to 66,75); against 70 that is 95,21 to 95,36: 95,24 (66,67 / 70) is
        // consistent, 95,29 (66,7 / 70) too; 96,00 is outside, an error
        Indikator desa = Indikator.of("Persentase desa mandiri", Satuan.PERSEN, Polaritas.POSITIF);
        DataLkjip data = satuIndikator(desa, "70", "66.7");
        Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, desa, TAHUN);
        for (String dicetak : List.of("95.24", "95.29", "95.21", "95.36")) {
            assertThat(ReviuLkjip.standar().periksa(data(data, dicetak("T", "D", "C", capaian, dicetak))).getTemuan())
                    .as(dicetak).isEmpty();
        }
        assertThat(ReviuLkjip.standar().periksa(data(data, dicetak("T", "D", "C", capaian, "96.00"))).getTemuan())
                .extracting(Temuan::getJenis).containsExactly(JenisTemuan.KESALAHAN);
        // the mean of one indicator stands for the same interval
        assertThat(ReviuLkjip.standar().periksa(data(data, dicetak("T", "Rata-rata", "C",
                Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), "95.24"))).getTemuan()).isEmpty();
        // a realisasi printed with as many decimals as the capaian is taken as it is
        DataLkjip tepat = satuIndikator(desa, "70", "66.70");
        assertThat(ReviuLkjip.standar().periksa(data(tepat, dicetak("T", "D", "C", capaian, "95.24"))).getTemuan())
                .extracting(Temuan::getJenis).containsExactly(JenisTemuan.KESALAHAN);
    }

    @Test
    void aCapaianFromTheCountsBehindARealisasiIsRecognised() {
        // 6 of 9 desa: 66,666...%, printed 66,7; the capaian 95,24 is 66,666... / 70 (66,7 / 70 gives 95,29)
        Indikator desa = Indikator.of("Persentase desa mandiri", Satuan.PERSEN, Polaritas.POSITIF);
        DataLkjip data = satuIndikator(desa, "70", "66.7").withRincian(Map.of(desa, Rincian.of(d("6"), d("9"),
                d("100"))));
        HasilReviu hasil = ReviuLkjip.standar().periksa(data(data,
                dicetak("T", "D", "C", Besaran.indikator(JenisBesaran.CAPAIAN, desa, TAHUN), "95.24"),
                dicetak("T", "D", "R", Besaran.indikator(JenisBesaran.REALISASI, desa, TAHUN), "66.7")));
        assertThat(hasil.getTemuan()).isEmpty();
        assertThat(hasil.getKebijakanDikenali()).containsExactly(
                "dasar realisasi: realisasi dari rincian, untuk seluruh laporan (1 angka)");
        // a realisasi printed against its counts: 66,8 is not 6 / 9
        HasilReviu salah = ReviuLkjip.standar().periksa(data(data,
                dicetak("T", "D", "R", Besaran.indikator(JenisBesaran.REALISASI, desa, TAHUN), "66.8")));
        assertThat(salah.getTemuan()).extracting(Temuan::getJenis).contains(JenisTemuan.KESALAHAN);
    }

    private static DataLkjip satuIndikator(Indikator i, String target, String realisasi) {
        Renstra renstra = Renstra.of(Periode.of(Tahun.of(2019), Tahun.of(2023)))
                .withTarget(i, Target.of(TAHUN, d(target))).withRealisasi(i, Realisasi.of(TAHUN, d(realisasi)));
        Sasaran s = Sasaran.of("Sasaran", List.of(i));
        PerjanjianKinerja pk = PerjanjianKinerja.of(TAHUN, List.of(KomitmenSasaran.of(s, Map.of(i, Target.of(TAHUN,
                d(target))), List.of())));
        return DataLkjip.of("Contoh", TAHUN, renstra, pk, List.of(), List.of(), List.of());
    }

    private static DataLkjip data(DataLkjip data, AngkaDicetak... dicetak) {
        DataLkjip d = DataLkjip.of(data.getInstansi(), data.getTahun(), data.getRenstra(), data.getPerjanjianKinerja(),
                data.getIndikatorProgram(), List.of(dicetak), List.of());
        return d.withKebijakan(data.getKebijakan()).withRincian(data.getRincian());
    }
}
