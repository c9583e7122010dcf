package io.github.sakip.examples.halaman;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.halaman.HalamanReviu.Baris;
import io.github.sakip.examples.halaman.HalamanReviu.BarisTemuan;
import io.github.sakip.examples.halaman.HalamanReviu.Sel;
import io.github.sakip.examples.halaman.HalamanReviu.Tabel;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.Temuan;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SusunHalamanTest {

    private static final DataLkjip KLOJEN = KlojenReviu.DATA;
    private static final HasilReviu HASIL = KlojenReviu.HASIL;
    private static final HalamanReviu HALAMAN = SusunHalaman.susun(KLOJEN, HASIL, List.of());

    private static List<Sel> sel() {
        return HALAMAN.tabel().stream().flatMap(t -> t.baris().stream()).flatMap(b -> b.sel().stream()).toList();
    }

    @Test
    void everyFindingMarksExactlyOneCellWithItsKind() {
        Map<Integer, BarisTemuan> temuan = HALAMAN.temuan().stream()
                .collect(Collectors.toMap(BarisTemuan::no, Function.identity()));
        List<Integer> ditandai = new ArrayList<>();
        for (Sel s : sel().stream().filter(Sel::bertemuan).toList()) {
            for (String n : s.nomor().split(" ")) {
                ditandai.add(Integer.valueOf(n));
                assertThat(s.kelas().split(" ")).contains("temuan", temuan.get(Integer.valueOf(n)).kelas());
            }
        }
        assertThat(ditandai).hasSize(25).containsExactlyInAnyOrderElementsOf(temuan.keySet());
        assertThat(HASIL.getTemuan()).hasSize(25);
    }

    @Test
    void theEfficiencyErrorIsMarkedInItsTableBesideTheComputedFigure() {
        Tabel efisiensi = tabel("Tabel 3.4 (efisiensi)");
        int kolom = efisiensi.kolom().indexOf("9 %");
        Sel sel = efisiensi.baris().stream().filter(b -> b.label().equals("Meningkatnya kinerja pelayanan perangkat daerah"))
                .findFirst().orElseThrow().sel().get(kolom);
        assertThat(sel).isEqualTo(new Sel(true, "122,56", "122,63", true, "temuan kesalahan", "7"));
    }

    @Test
    void threeFiguresInOneSentenceGetAColumnEach() {
        Tabel bab = tabel("Bab III.A.6");
        assertThat(bab.kolom()).contains("teks (target 2021)", "teks (realisasi 2021)", "teks (capaian 2021)");
    }

    @Test
    void twoRealisasiInOneSentenceAreTwoColumnsAndTheFindingMarksThePrintedOne() {
        Tabel bab = tabel("Bab III.A.4");
        assertThat(bab.kolom()).containsExactly("teks (realisasi 2021)", "teks (target 2021)", "teks (realisasi 2020)");
        Baris sakip = bab.baris().stream().filter(b -> b.label().equals("Nilai SAKIP OPD")).findFirst().orElseThrow();
        assertThat(sakip.sel()).extracting(Sel::dicetak).containsExactly("87,80", "80,01", "76,57");
        assertThat(sakip.sel().get(2)).extracting(Sel::kelas, Sel::nomor).containsExactly("temuan tidak-konsisten", "24");
    }

    @Test
    void aFindingAtAPlaceWithoutPrintedFigureGetsItsOwnCell() {
        Lokasi lokasi = Lokasi.of("Bab I", "Gambaran umum", "teks");
        HasilReviu hasil = HasilReviu.of(1, List.of(Temuan.of(lokasi, JenisTemuan.PERNYATAAN, BigDecimal.ONE,
                BigDecimal.valueOf(2), null, "kalimat")), List.of());
        Tabel bab = SusunHalaman.susun(KLOJEN, hasil, List.of()).tabel().stream().filter(t -> t.judul().equals("Bab I"))
                .findFirst().orElseThrow();
        assertThat(bab.kolom()).containsExactly("teks (lain)");
        assertThat(bab.baris()).containsExactly(new Baris("Gambaran umum",
                List.of(new Sel(true, "1", "2", true, "temuan pernyataan", "1"))));
    }

    @Test
    void aCellWithoutFindingShowsTheSameFigureComputedOrIsMarkedAsDiffering() {
        List<Sel> tanpaTemuan = sel().stream().filter(s -> s.ada() && !s.bertemuan() && !s.dihitung().isEmpty()).toList();
        assertThat(tanpaTemuan).hasSizeGreaterThan(150)
                .allSatisfy(s -> assertThat(s.kelas()).isEqualTo(s.dihitung().equals(s.dicetak()) ? "" : Sel.BEDA));
        // Tabel 3.4 prints 144,63 = 140,57 / 97,19 x 100 from the figures of its own row; the data give 144,64
        assertThat(tanpaTemuan).filteredOn(Sel::bertanda)
                .containsExactly(new Sel(true, "144,63", "144,64", false, Sel.BEDA, ""));
    }

    @Test
    void identityPoliciesAndCoverageAreInIndonesian() {
        assertThat(HALAMAN.instansi()).isEqualTo("Kecamatan Klojen Kota Malang");
        assertThat(HALAMAN.tahun()).isEqualTo("2021");
        assertThat(HALAMAN.kebijakan()).anySatisfy(k -> assertThat(k).contains("DOWN (9 angka)"));
        assertThat(HALAMAN.cakupan().get(0)).startsWith("228 angka tercetak diperiksa");
        assertThat(HALAMAN.jenis()).extracting(HalamanReviu.Jenis::jumlah).containsExactly(9, 8, 6, 1, 0, 1);
        assertThat(HALAMAN.tabel().get(0).judul()).startsWith("Tabel");
        assertThat(HALAMAN.tabel().get(HALAMAN.tabel().size() - 1).judul()).doesNotStartWith("Tabel");
    }

    @Test
    void aFindingAboutTheWholeReportHasItsOwnTable() {
        Tabel laporan = tabel("Laporan");
        assertThat(laporan.kolom()).containsExactly("pembulatan (lain)");
        assertThat(laporan.baris()).containsExactly(new Baris("seluruh laporan",
                List.of(new Sel(true, "9", "14", true, "temuan varian-campuran", "25"))));
    }

    private static Tabel tabel(String judul) {
        return HALAMAN.tabel().stream().filter(t -> t.judul().equals(judul)).findFirst()
                .orElseThrow(() -> new AssertionError(judul + " not in " + Arrays.toString(
                        HALAMAN.tabel().stream().map(Tabel::judul).toArray())));
    }

    @Test
    void everyTextOfTheReportIsEscapedInThePage() throws IOException {
        Lokasi lokasi = Lokasi.of("Bab <I>", "<script>alert(1)</script>", "teks");
        HasilReviu hasil = HasilReviu.of(1, List.of(Temuan.of(lokasi, JenisTemuan.PERNYATAAN, BigDecimal.ONE,
                BigDecimal.valueOf(2), null, "\"kutipan\" & <b>tebal</b>")), List.of());
        StringWriter page = new StringWriter();
        HalamanHtml.tulis(KLOJEN, hasil, page);
        assertThat(page.toString()).doesNotContain("<script", "<b>", "<I>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp; &lt;b&gt;tebal&lt;/b&gt;", "Bab &lt;I&gt;");
    }
}
