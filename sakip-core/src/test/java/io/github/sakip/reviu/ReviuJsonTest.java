package io.github.sakip.reviu;

import static io.github.sakip.JsonRoundTrip.gagal;
import static io.github.sakip.JsonRoundTrip.roundTrip;
import static io.github.sakip.JsonRoundTrip.roundTrips;
import static io.github.sakip.JsonRoundTrip.tree;
import static io.github.sakip.JsonRoundTrip.tulis;
import static io.github.sakip.reviu.KlojenLkjip.dicetak;
import static io.github.sakip.reviu.KlojenLkjip.list;
import static io.github.sakip.testing.Klojen2021.IPMAS;
import static io.github.sakip.testing.Klojen2021.KETENTRAMAN;
import static io.github.sakip.testing.Klojen2021.NILAI_SAKIP;
import static io.github.sakip.testing.Klojen2021.PELAYANAN;
import static io.github.sakip.testing.Klojen2021.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.sakip.JsonRoundTrip;
import io.github.sakip.anggaran.TingkatPos;
import io.github.sakip.capaian.BatasAtasCapaian;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The reviu's values through Jackson 2 and 3 (docs/json.md, "reviu"): what a REST API that runs
 * the reviu returns (the findings) and what it is given (the printed figures).
 */
class ReviuJsonTest {

    /** Figures of the Klojen LKjIP 2021 as printed, four of them wrong (Tabel 3.1, 3.2, 3.4, Bab III.B). */
    private static final List<AngkaDicetak> KLOJEN = list(
            dicetak("Tabel 3.1", "Nilai SAKIP OPD", "Capaian",
                    Besaran.indikator(JenisBesaran.CAPAIAN, NILAI_SAKIP, TAHUN), "109.74"),
            dicetak("Tabel 3.1", "IPMas", "Capaian", Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN), "93.3"),
            dicetak("Tabel 3.2", "Nilai SAKIP OPD", "2019",
                    Besaran.indikator(JenisBesaran.RASIO_TAHUNAN, NILAI_SAKIP, Tahun.of(2019)), "100.8"),
            dicetak("Tabel 3.4", "Pelayanan", "8", Besaran.sasaran(JenisBesaran.PENYERAPAN_SASARAN, PELAYANAN),
                    "89.50"),
            dicetak("Tabel 3.4", "Linmas", "capaian",
                    Besaran.indikatorProgram(JenisBesaran.CAPAIAN_PROGRAM, KlojenLkjip.LINMAS), "133.7"),
            dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_PAGU), "40353401000"),
            dicetak("Bab III.B", "Belanja", "teks", Besaran.laporan(JenisBesaran.TOTAL_REALISASI_ANGGARAN),
                    "37354300277.00"));

    private static final Gen<String> TEKS = strings().betweenCodePoints(0x20, 0x24F).ofLengthBetween(0, 12)
            .map(s -> "Tabel " + s);

    private static Gen<BigDecimal> desimal() {
        return longs().between(-10_000_000_000L, 10_000_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
    }

    private static Gen<Lokasi> lokasi() {
        return TEKS.zip(TEKS, TEKS, Lokasi::of);
    }

    private static Gen<Temuan> temuan() {
        return lokasi().zip(Generate.enumValues(JenisTemuan.class), desimal(), desimal(),
                (l, j, a, b) -> j == JenisTemuan.VARIAN ? Temuan.varian(l, a, b, "capaian dibatasi 100 %", "")
                        : Temuan.of(l, j, a, b, j == JenisTemuan.PEMBULATAN ? RoundingMode.DOWN : null,
                                "keterangan " + j));
    }

    private static Gen<BarisAnggaranDicetak> barisAnggaran() {
        Gen<BigDecimal> jumlah = longs().between(0, 100_000_000_000_000L).map(v -> BigDecimal.valueOf(v, 2));
        return TEKS.zip(Generate.pick(List.of(TingkatPos.PROGRAM, TingkatPos.KEGIATAN, TingkatPos.SUB_KEGIATAN)),
                jumlah.toOptionals(30), jumlah.toOptionals(30), desimal().toOptionals(30),
                (n, t, p, r, x) -> BarisAnggaranDicetak.of("Tabel 3.5", n, t, p.orElse(null), r.orElse(null),
                        x.orElse(null)));
    }

    private static HasilReviu hasilKlojen() {
        return ReviuLkjip.standar().periksa(KlojenLkjip.data(KLOJEN, List.of()));
    }

    @Test
    void theFindingsOfTheKlojenReportRoundTrip() {
        HasilReviu hasil = hasilKlojen();
        assertThat(hasil.getTemuan()).extracting(Temuan::getJenis).contains(JenisTemuan.KESALAHAN);
        roundTrip(hasil, HasilReviu.class);
        hasil.getTemuan().forEach(t -> roundTrip(t, Temuan.class));
    }

    @Test
    void thePrintedFiguresOfEveryKindRoundTrip() {
        KLOJEN.forEach(a -> roundTrip(a, AngkaDicetak.class));
        KLOJEN.forEach(a -> roundTrip(a.getBesaran(), Besaran.class));
        roundTrip(Besaran.program(JenisBesaran.PENYERAPAN, KETENTRAMAN), Besaran.class);
        roundTrip(Besaran.laporan(JenisBesaran.RATA_RATA_CAPAIAN, Tahun.of(2020)), Besaran.class);
        roundTrip(KlojenLkjip.LINMAS, IndikatorProgram.class);
        roundTrip(AngkaDicetak.of(Lokasi.of("Ikhtisar Eksekutif", "Sasaran", "teks"),
                Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI), BigDecimal.ONE,
                "hanya 1 (satu) yang berhasil"), AngkaDicetak.class);
        roundTrip(TerbilangDicetak.of(Lokasi.of("Bab III.A.4", "IKM", "teks"), new BigDecimal("76.57"),
                "tujuh puluh enam koma lima puluh tujuh"), TerbilangDicetak.class);
    }

    @Test
    void generatedValuesRoundTrip() {
        roundTrips(lokasi(), Lokasi.class);
        roundTrips(temuan(), Temuan.class);
        roundTrips(lists().of(temuan()).ofSizeBetween(0, 5).zip(lists().of(TEKS).ofSizeBetween(0, 3),
                integers().between(0, 500), (t, c, n) -> HasilReviu.of(n, t, c, c)), HasilReviu.class);
        roundTrips(barisAnggaran(), BarisAnggaranDicetak.class);
        roundTrips(longs().between(0, 1_000_000).zip(longs().between(1, 1_000_000), integers().between(1, 1000),
                (a, b, k) -> Rincian.of(BigDecimal.valueOf(a), BigDecimal.valueOf(b), BigDecimal.valueOf(k))),
                Rincian.class);
    }

    @Test
    void aReportsDataRoundTripsWithItsPoliciesCountsAndBudgetRows() {
        DataLkjip klojen = KlojenLkjip.data(KLOJEN, List.of(TerbilangDicetak.of(Lokasi.of("Bab III.A.4", "IKM",
                "teks"), new BigDecimal("76.57"), "tujuh puluh enam koma lima puluh tujuh")));
        roundTrip(klojen, DataLkjip.class);
        DataLkjip lengkap = klojen
                .withKebijakan(KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.SERATUS)
                        .withPembulatan(Pembulatan.of(2, RoundingMode.DOWN)).withVarianNegatif(VarianNegatif.RASIO)
                        .withSkala(SkalaBaku.LKJIP))
                .withAnggaranDicetak(List.of(BarisAnggaranDicetak.of("Tabel 3.5", KETENTRAMAN.getNama(),
                        TingkatPos.PROGRAM, new BigDecimal("1000"), new BigDecimal("900"), null)))
                .withRincian(Map.of(NILAI_SAKIP, Rincian.of(new BigDecimal("8780"), new BigDecimal("100"),
                        BigDecimal.ONE)));
        roundTrip(lengkap, DataLkjip.class);
        // the reviu of the data read back is the reviu of the data
        assertThat(ReviuLkjip.standar().periksa(JsonRoundTrip.baca(tulis(lengkap), DataLkjip.class)))
                .isEqualTo(ReviuLkjip.standar().periksa(lengkap));
    }

    @Test
    void declaredPoliciesRoundTripAndAnUndeclaredOneStaysUndeclared() {
        roundTrip(KebijakanLaporan.standar(), KebijakanLaporan.class);
        assertThat(tree(tulis(KebijakanLaporan.standar()))).isEqualTo(tree("{}"));
        // a declared "no cap" is not the same as an undeclared cap
        KebijakanLaporan tanpa = KebijakanLaporan.standar().withBatasAtasCapaian(BatasAtasCapaian.TANPA);
        roundTrip(tanpa, KebijakanLaporan.class);
        assertThat(tree(tulis(tanpa))).isEqualTo(tree("{\"batasAtasCapaian\":\"TANPA\"}"));
        roundTrips(Generate.enumValues(VarianNegatif.class).toOptionals(50).zip(
                Generate.pick(List.of(BatasAtasCapaian.TANPA, BatasAtasCapaian.SERATUS,
                        BatasAtasCapaian.SERATUS_DUA_PULUH)).toOptionals(50),
                integers().between(0, 4).toOptionals(50), (v, b, d) -> {
                    KebijakanLaporan k = KebijakanLaporan.standar();
                    k = v.map(k::withVarianNegatif).orElse(k);
                    k = b.map(k::withBatasAtasCapaian).orElse(k);
                    return d.map(x -> Pembulatan.of(x, RoundingMode.HALF_UP)).map(k::withPembulatan).orElse(k);
                }), KebijakanLaporan.class);
    }

    @Test
    void theShapesAreTheDocumentedOnes() {
        Temuan pembulatan = Temuan.of(Lokasi.of("Tabel 3.1", "IPMas", "Capaian"), JenisTemuan.PEMBULATAN,
                new BigDecimal("93.28"), new BigDecimal("93.29"), RoundingMode.DOWN, "");
        assertThat(tree(tulis(pembulatan))).isEqualTo(tree("{\"lokasi\":{\"tabel\":\"Tabel 3.1\",\"baris\":\"IPMas\","
                + "\"kolom\":\"Capaian\"},\"jenis\":\"PEMBULATAN\",\"dicetak\":\"93.28\",\"dihitung\":\"93.29\","
                + "\"pembulatanDicetak\":\"DOWN\",\"keterangan\":\"\"}"));
        assertThat(tree(tulis(Besaran.indikator(JenisBesaran.CAPAIAN, IPMAS, TAHUN))).get("tahun").asInt())
                .isEqualTo(2021);
        assertThat(tree(tulis(Rincian.of(new BigDecimal("588"), new BigDecimal("679"), BigDecimal.ONE))))
                .isEqualTo(tree("{\"pembilang\":\"588\",\"penyebut\":\"679\",\"pengali\":\"1\"}"));
        assertThat(tree(tulis(HasilReviu.of(0, List.of(), List.of()))))
                .isEqualTo(tree("{\"jumlahDiperiksa\":0,\"temuan\":[],\"catatan\":[],\"kebijakanDikenali\":[]}"));
    }

    @Test
    void badJsonIsRefusedWithTheLibrarysReason() {
        assertThat(gagal("{\"jenis\":\"TOTAL_PAGU\",\"tahun\":2021}", Besaran.class))
                .hasMessageContaining("TOTAL_PAGU");
        assertThat(gagal("{\"jenis\":\"TOTAL_PAGU\",\"program\":" + tulis(KETENTRAMAN) + "}", Besaran.class))
                .hasMessageContaining("Besaran of kind TOTAL_PAGU refers to LAPORAN only");
        assertThat(gagal("{\"lokasi\":{\"tabel\":\"T\",\"baris\":\"B\",\"kolom\":\"K\"},\"jenis\":\"VARIAN\","
                + "\"dicetak\":\"1\",\"dihitung\":\"2\",\"keterangan\":\"\"}", Temuan.class))
                .hasMessageContaining("Temuan.varian");
        assertThat(gagal("{\"lokasi\":{\"tabel\":\"T\",\"baris\":\"B\",\"kolom\":\"K\"},\"jenis\":\"KESALAHAN\","
                + "\"dicetak\":\"1\",\"dihitung\":\"2\",\"varian\":\"x\",\"keterangan\":\"\"}", Temuan.class))
                .hasMessageContaining("Temuan.varian must be given exactly for JenisTemuan.VARIAN");
        assertThat(gagal("{\"pembilang\":\"1\",\"penyebut\":\"0\",\"pengali\":\"1\"}", Rincian.class))
                .hasMessageContaining("Rincian.penyebut must be > 0");
        String pk = tulis(io.github.sakip.testing.Klojen2021.perjanjianKinerja());
        String renstra = tulis(io.github.sakip.testing.Klojen2021.renstra());
        assertThat(gagal("{\"instansi\":\"Kecamatan Klojen\",\"tahun\":2022,\"renstra\":" + renstra
                + ",\"perjanjianKinerja\":" + pk + ",\"indikatorProgram\":[],\"dicetak\":[],\"terbilang\":[]}",
                DataLkjip.class)).hasMessageContaining("DataLkjip.perjanjianKinerja must be of the report's year 2022");
        String rincian = tulis(Rincian.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        String sakip = tulis(NILAI_SAKIP);
        assertThat(gagal("{\"instansi\":\"Kecamatan Klojen\",\"tahun\":2021,\"renstra\":" + renstra
                + ",\"perjanjianKinerja\":" + pk + ",\"indikatorProgram\":[],\"dicetak\":[],\"terbilang\":[],"
                + "\"rincian\":[{\"indikator\":" + sakip + ",\"rincian\":" + rincian + "},{\"indikator\":" + sakip
                + ",\"rincian\":" + rincian + "}]}", DataLkjip.class))
                .hasMessageContaining("DataLkjip.rincian names indicator \"Nilai SAKIP OPD\" twice");
        assertThat(gagal("{\"jumlahDiperiksa\":-1,\"temuan\":[],\"catatan\":[]}", HasilReviu.class))
                .hasMessageContaining("HasilReviu.jumlahDiperiksa must be >= 0");
    }
}
