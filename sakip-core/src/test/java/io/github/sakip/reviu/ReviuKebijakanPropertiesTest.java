package io.github.sakip.reviu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.capaian.VarianNegatif;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The laws of the reviu over the agency's policies: a figure computed from rounded printed inputs is never an error,
 * and a report computed under any one legitimate policy and printed accordingly has no error, and that policy is the
 * one the reviu recognises.
 */
class ReviuKebijakanPropertiesTest {

    private static final Tahun TAHUN = Tahun.of(2021);

    /** One indicator row: target, the realisasi as printed and as computed from, and its printed capaian. */
    private record Baris(Indikator indikator, BigDecimal target, BigDecimal realisasiDicetak, BigDecimal capaian) {
    }

    private static HasilReviu reviu(List<Baris> baris, boolean rataRata, int skalaRataRata, RoundingMode mode) {
        Renstra renstra = Renstra.of(Periode.of(Tahun.of(2019), Tahun.of(2023)));
        Map<Indikator, Target> target = new LinkedHashMap<>();
        List<AngkaDicetak> dicetak = new ArrayList<>();
        List<Indikator> semua = new ArrayList<>();
        BigDecimal jumlah = BigDecimal.ZERO;
        for (Baris b : baris) {
            renstra = renstra.withTarget(b.indikator(), Target.of(TAHUN, b.target()))
                    .withRealisasi(b.indikator(), Realisasi.of(TAHUN, b.realisasiDicetak()));
            target.put(b.indikator(), Target.of(TAHUN, b.target()));
            semua.add(b.indikator());
            dicetak.add(AngkaDicetak.of(Lokasi.of("Tabel 3.1", b.indikator().getNama(), "Capaian"),
                    Besaran.indikator(JenisBesaran.CAPAIAN, b.indikator(), TAHUN), b.capaian(), null));
            jumlah = jumlah.add(b.capaian());
        }
        if (rataRata) {
            BigDecimal mean = Pembulatan.of(skalaRataRata, mode).bagi(jumlah, BigDecimal.valueOf(baris.size()));
            dicetak.add(AngkaDicetak.of(Lokasi.of("Tabel 3.1", "Rata-rata", "Capaian"),
                    Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN), mean, null));
            dicetak.add(AngkaDicetak.of(Lokasi.of("Tabel 3.1", "Jumlah", "Capaian"),
                    Besaran.laporan(JenisBesaran.JUMLAH_CAPAIAN), jumlah, null));
        }
        PerjanjianKinerja pk = PerjanjianKinerja.of(TAHUN, List.of(KomitmenSasaran.of(Sasaran.of("Sasaran", semua),
                target, List.of())));
        return ReviuLkjip.standar().periksa(DataLkjip.of("Contoh", TAHUN, renstra, pk, List.of(), dicetak, List.of()));
    }

    private static Indikator indikator(int n, Polaritas polaritas) {
        return Indikator.of("Indikator " + n, Satuan.PERSEN, polaritas).withKode("I" + n);
    }

    @Test
    void aCapaianComputedFromAnyRoundedRealisasiIsNeverAnError() {
        // the agency computes from the exact realisasi (a share of counts) and prints it with one decimal, the
        // capaian with two, rounded HALF_UP or truncated; the mean and the sum from its printed capaian
        qt().withExamples(300).forAll(lists().of(integers().between(1000, 2_000_000)).ofSize(6),
                integers().between(0, 1), integers().between(0, 3)).checkAssert((angka, down, polaritas) -> {
                    RoundingMode mode = down == 1 ? RoundingMode.DOWN : RoundingMode.HALF_UP;
                    List<Baris> baris = new ArrayList<>();
                    for (int n = 0; n < 3; n++) {
                        Polaritas p = polaritas == n ? Polaritas.NEGATIF : Polaritas.POSITIF;
                        Indikator i = indikator(n, p);
                        BigDecimal t = BigDecimal.valueOf(angka.get(2 * n), 2).max(BigDecimal.TEN);
                        BigDecimal eksak = BigDecimal.valueOf(angka.get(2 * n + 1), 4).max(BigDecimal.ONE);
                        if (p == Polaritas.NEGATIF) {
                            eksak = eksak.min(t.multiply(BigDecimal.valueOf(19, 1))); // PermenPANRB stays above 10 %
                        }
                        BigDecimal dicetak = eksak.setScale(1, RoundingMode.HALF_UP);
                        Capaian c = RumusCapaian.standar().hitung(i, Target.of(TAHUN, t), Realisasi.of(TAHUN, eksak));
                        baris.add(new Baris(i, t, dicetak, c.getPersen(Pembulatan.of(2, mode)).getNilai()));
                    }
                    HasilReviu hasil = reviu(baris, true, 2, mode);
                    assertThat(hasil.getTemuan(JenisTemuan.KESALAHAN)).as(hasil.getTemuan().toString()).isEmpty();
                });
    }

    @Test
    void aChangeComputedFromAnyRoundedRealisasiIsNeverAnError() {
        // two years measured with four decimals, printed with three; the change printed from the exact values
        qt().withExamples(300).forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000))
                .checkAssert((lalu, kini) -> {
                    Indikator i = indikator(0, Polaritas.POSITIF);
                    BigDecimal eksakLalu = BigDecimal.valueOf(lalu, 4);
                    BigDecimal eksakKini = BigDecimal.valueOf(kini, 4);
                    Tahun tahunLalu = TAHUN.minus(1);
                    Renstra renstra = Renstra.of(Periode.of(Tahun.of(2019), Tahun.of(2023)))
                            .withTarget(i, Target.of(TAHUN, BigDecimal.ONE))
                            .withRealisasi(i, Realisasi.of(tahunLalu, eksakLalu.setScale(3, RoundingMode.HALF_UP)))
                            .withRealisasi(i, Realisasi.of(TAHUN, eksakKini.setScale(3, RoundingMode.HALF_UP)));
                    PerjanjianKinerja pk = PerjanjianKinerja.of(TAHUN, List.of(KomitmenSasaran.of(
                            Sasaran.of("Sasaran", List.of(i)), Map.of(i, Target.of(TAHUN, BigDecimal.ONE)), List.of())));
                    AngkaDicetak perubahan = AngkaDicetak.of(Lokasi.of("Bab III", "I", "teks"),
                            Besaran.indikator(JenisBesaran.PERUBAHAN_TAHUNAN, i, TAHUN), eksakKini.subtract(eksakLalu),
                            null);
                    HasilReviu hasil = ReviuLkjip.standar().periksa(DataLkjip.of("Contoh", TAHUN, renstra, pk,
                            List.of(), List.of(perubahan), List.of()));
                    assertThat(hasil.getTemuan(JenisTemuan.KESALAHAN)).as(hasil.getTemuan().toString()).isEmpty();
                });
    }

    /** The policies a report may follow without declaring them, with what the reviu names them. */
    private enum Kebijakan {
        HALF_UP(null), DOWN("pembulatan: DOWN"), BATAS_100("batas atas capaian: capaian dibatasi 100 %"),
        BATAS_120("batas atas capaian: capaian dibatasi 120 %"), BATAS_150("batas atas capaian: capaian dibatasi 150 %"),
        RASIO("rumus indikator negatif: rumus RASIO, T / R x 100");

        private final String nama;

        Kebijakan(String nama) {
            this.nama = nama;
        }
    }

    @Test
    void aReportPrintedUnderOnePolicyHasNoErrorAndThatPolicyIsTheOneRecognised() {
        qt().withExamples(300).forAll(integers().between(0, Kebijakan.values().length - 1),
                lists().of(integers().between(1000, 20_000)).ofSize(6), integers().between(0, 3))
                .checkAssert((k, angka, geser) -> {
                    Kebijakan kebijakan = Kebijakan.values()[k];
                    List<Baris> baris = new ArrayList<>();
                    for (int n = 0; n < 3; n++) {
                        Polaritas p = kebijakan == Kebijakan.RASIO ? Polaritas.NEGATIF : Polaritas.POSITIF;
                        Indikator i = indikator(n, p);
                        BigDecimal t = BigDecimal.valueOf(angka.get(2 * n), 2);
                        // the first row always exercises the policy: above every cap, below target, a third decimal 5
                        BigDecimal r = n == 0 ? contoh(kebijakan, t, geser) : BigDecimal.valueOf(angka.get(2 * n + 1), 2);
                        baris.add(new Baris(i, t, r, dicetak(kebijakan, i, t, r)));
                    }
                    HasilReviu hasil = reviu(baris, false, 2, RoundingMode.HALF_UP);
                    assertThat(hasil.getTemuan()).as(hasil.getTemuan().toString())
                            .noneMatch(t -> t.getJenis() == JenisTemuan.KESALAHAN
                                    || t.getJenis() == JenisTemuan.VARIAN_CAMPURAN);
                    if (kebijakan.nama == null) {
                        assertThat(hasil.getKebijakanDikenali()).isEmpty();
                    } else {
                        assertThat(hasil.getKebijakanDikenali()).singleElement().asString().startsWith(kebijakan.nama);
                        assertThat(hasil.getTemuan()).isEmpty();
                    }
                });
    }

    /** A realisasi that shows the policy: 160 % and more of the target for a cap, a quarter below it for RASIO. */
    private static BigDecimal contoh(Kebijakan k, BigDecimal t, int geser) {
        return switch (k) {
            case BATAS_100, BATAS_120, BATAS_150 -> t.multiply(BigDecimal.valueOf(16 + geser, 1)).setScale(2,
                    RoundingMode.HALF_UP);
            case RASIO -> t.multiply(BigDecimal.valueOf(75 - geser, 2)).setScale(2, RoundingMode.HALF_UP);
            // R / T x 100 with a third decimal of 5: T x (1 + 0,00005 x odd) / 100 x 100
            default -> t.multiply(new BigDecimal("1.00005").add(BigDecimal.valueOf(geser, 4)));
        };
    }

    private static BigDecimal dicetak(Kebijakan k, Indikator i, BigDecimal t, BigDecimal r) {
        RumusCapaian rumus = k == Kebijakan.RASIO ? RumusCapaian.standar().withVarianNegatif(VarianNegatif.RASIO)
                : RumusCapaian.standar();
        Capaian c = rumus.hitung(i, Target.of(TAHUN, t), Realisasi.of(TAHUN, r));
        Pembulatan p = Pembulatan.of(2, k == Kebijakan.DOWN ? RoundingMode.DOWN : RoundingMode.HALF_UP);
        BatasAtasCapaian batas = switch (k) {
            case BATAS_100 -> BatasAtasCapaian.SERATUS;
            case BATAS_120 -> BatasAtasCapaian.SERATUS_DUA_PULUH;
            case BATAS_150 -> BatasAtasCapaian.SERATUS_LIMA_PULUH;
            default -> BatasAtasCapaian.TANPA;
        };
        return batas.terapkan(c.getPersen(p)).getNilai().setScale(2, RoundingMode.UNNECESSARY);
    }
}
