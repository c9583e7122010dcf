package io.github.sakip.reviu;

import static io.github.sakip.hostile.Hostile.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.hostile.Hostile;
import io.github.sakip.testing.Klojen2021;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pemeriksa, Temuan and Lokasi fed random and adversarial figures and text (see {@link Hostile}):
 * each check returns a finding or none, or throws {@code SakipException} naming the argument, in
 * time; a finding of the default reviewer always differs from the figure checked.
 */
class ReviuHostileInputTest {
    private static final String REPORT = "Reviu|Perhitungan|Pemeriksa|Temuan|Hitungan|Capaian|Persen|Pecahan"
            + "|Pembulatan|Target|Realisasi|Rincian|Terbilang";
    private static final Lokasi LOKASI = Lokasi.of("Tabel 3.1", "Nilai SAKIP OPD", "Capaian 2021");

    @Test
    void pemeriksaTakesAnyFigures() {
        for (BigDecimal v : Hostile.DECIMALS) {
            checkFigures(v, new BigDecimal("87.80"), new BigDecimal("80.01"));
            checkFigures(new BigDecimal("109.74"), v, new BigDecimal("80.01"));
            checkFigures(new BigDecimal("109.74"), new BigDecimal("8780"), v);
        }
        qt().withExamples(200).forAll(Hostile.decimals(), Hostile.decimals(), Hostile.decimals())
                .checkAssert(this::checkFigures);
    }

    private void checkFigures(BigDecimal dicetak, BigDecimal pembilang, BigDecimal penyebut) {
        for (Pemeriksa p : new Pemeriksa[] {Pemeriksa.standar(),
                Pemeriksa.standar().withRoundingMode(RoundingMode.DOWN).withToleransi(new BigDecimal("0.01"))}) {
            Optional<Temuan> t = call("Pemeriksa|Temuan", () -> p.periksa(LOKASI, dicetak, pembilang, penyebut, "rumus"));
            if (t != null && t.isPresent()) {
                assertThat(t.get().getSelisih().abs()).isGreaterThan(p.getToleransi());
                assertThat(t.get().getDicetak()).isEqualTo(dicetak);
            }
            call("Pemeriksa|Temuan", () -> p.periksa(LOKASI, dicetak, pembilang, "jumlah"));
            Optional<Temuan> b = call("Pemeriksa", () -> p.bandingkan(LOKASI, dicetak, LOKASI, pembilang, ""));
            if (b != null) {
                assertThat(b.isPresent()).isEqualTo(dicetak.compareTo(pembilang) != 0);
            }
            call("Pemeriksa.toleransi", () -> p.withToleransi(dicetak));
            call("Temuan", () -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, dicetak, penyebut, null, ""));
        }
    }

    @Test
    void lokasiAndStatementsTakeAnyText() {
        for (String text : Hostile.TEXTS) {
            call("Lokasi.tabel", () -> Lokasi.of(text, "baris", "kolom"));
            call("Lokasi.baris", () -> Lokasi.of("tabel", text, "kolom"));
            call("Lokasi.kolom", () -> Lokasi.of("tabel", "baris", text));
            call("Pemeriksa", () -> Pemeriksa.standar().periksaPernyataan(LOKASI, 1, 3, text));
        }
        for (int n : Hostile.INTS) {
            call("Pemeriksa", () -> Pemeriksa.standar().periksaPernyataan(LOKASI, n, Long.MIN_VALUE, "x"));
        }
        for (RoundingMode mode : RoundingMode.values()) {
            call("Pemeriksa.roundingMode", () -> Pemeriksa.standar().withRoundingMode(mode));
            call("Temuan.pembulatanDicetak", () -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, BigDecimal.ONE,
                    BigDecimal.TEN, mode, ""));
        }
    }

    @Test
    void nullsGiveSakipExceptionNamingTheArgument() {
        Pemeriksa p = Pemeriksa.standar();
        BigDecimal one = BigDecimal.ONE;
        call("Pemeriksa lokasi", () -> p.periksa(null, one, one, one, ""));
        call("Pemeriksa dicetak", () -> p.periksa(LOKASI, null, one, one, ""));
        call("Pemeriksa pembilang", () -> p.periksa(LOKASI, one, null, one, ""));
        call("Pemeriksa penyebut", () -> p.periksa(LOKASI, one, one, null, ""));
        call("Pemeriksa keterangan", () -> p.periksa(LOKASI, one, one, one, null));
        call("Pemeriksa lokasiLain", () -> p.bandingkan(LOKASI, one, null, one, ""));
        call("Pemeriksa dicetakLain", () -> p.bandingkan(LOKASI, one, LOKASI, null, ""));
        call("Pemeriksa dicetak", () -> p.bandingkan(LOKASI, null, LOKASI, one, ""));
        call("Pemeriksa keterangan", () -> p.bandingkan(LOKASI, one, LOKASI, BigDecimal.TEN, null));
        call("Temuan.lokasi", () -> p.bandingkan(null, one, LOKASI, BigDecimal.TEN, ""));
        call("Temuan", () -> p.periksaPernyataan(null, 1, 2, ""));
        call("Temuan", () -> p.periksaPernyataan(LOKASI, 1, 2, null));
        call("Pemeriksa.roundingMode", () -> p.withRoundingMode(null));
        call("Pemeriksa.toleransi", () -> p.withToleransi(null));
    }

    @Test
    void memoryBombsAreRefusedWithTheArgumentNamed() {
        BigDecimal bomb = new BigDecimal("1E+1000000000");
        BigDecimal one = BigDecimal.ONE;
        Pemeriksa p = Pemeriksa.standar();
        assertThatThrownBy(() -> p.periksa(LOKASI, bomb, one, "x"))
                .hasMessageStartingWith("Pemeriksa dicetak must have at most 1000 digits");
        assertThatThrownBy(() -> p.periksa(LOKASI, one, bomb, one, "x"))
                .hasMessageStartingWith("Pemeriksa pembilang must have at most 1000 digits");
        assertThatThrownBy(() -> p.periksa(LOKASI, one, one, bomb, "x"))
                .hasMessageStartingWith("Pemeriksa penyebut must have at most 1000 digits");
        assertThatThrownBy(() -> p.bandingkan(LOKASI, one, LOKASI, bomb, "x"))
                .hasMessageStartingWith("Pemeriksa dicetakLain must have at most 1000 digits");
        assertThatThrownBy(() -> p.bandingkan(LOKASI, bomb, LOKASI, one, "x"))
                .hasMessageStartingWith("Pemeriksa dicetak must have at most 1000 digits");
        assertThatThrownBy(() -> p.withToleransi(bomb))
                .hasMessageStartingWith("Pemeriksa.toleransi must have at most 1000 digits");
        assertThatThrownBy(() -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, bomb, one, null, ""))
                .hasMessageStartingWith("Temuan.dicetak must have at most 1000 digits");
        assertThatThrownBy(() -> Temuan.of(LOKASI, JenisTemuan.KESALAHAN, one, bomb, null, ""))
                .hasMessageStartingWith("Temuan.dihitung must have at most 1000 digits");
    }

    @Test
    void reportLevelFactoriesTakeAnyFigure() {
        for (BigDecimal v : Hostile.DECIMALS) {
            checkReport(v, "tujuh puluh enam koma dua puluh enam");
        }
        qt().withExamples(60).forAll(Hostile.decimals(), Hostile.texts("satu dua nol koma puluh belas ribu juta"))
                .checkAssert(this::checkReport);
    }

    private void checkReport(BigDecimal v, String kata) {
        BigDecimal one = BigDecimal.ONE;
        Besaran capaian = Besaran.indikator(JenisBesaran.CAPAIAN, Klojen2021.NILAI_SAKIP, Klojen2021.TAHUN);
        Besaran tercapai = Besaran.laporan(JenisBesaran.JUMLAH_SASARAN_TERCAPAI);
        AngkaDicetak a = call("AngkaDicetak", () -> AngkaDicetak.of(LOKASI, capaian, v, null));
        call("AngkaDicetak", () -> AngkaDicetak.of(LOKASI, tercapai, v, "hanya 1 (satu) dari 3 sasaran"));
        Hitungan h = call("Hitungan", () -> Hitungan.bagi(v, one, "v / 1"));
        if (h != null) {
            call("Hitungan|Pembulatan", () -> h.bulatkan(io.github.sakip.model.Pembulatan.STANDAR));
        }
        call("Hitungan|Pembulatan", () -> Hitungan.bagi(one, v, "1 / v"));
        call("Hitungan", () -> Hitungan.eksak(v, "v"));
        call("Rincian", () -> Rincian.of(v, v, one));
        call("Rincian", () -> Rincian.of(one, one, v));
        TerbilangDicetak t = call("TerbilangDicetak", () -> TerbilangDicetak.of(LOKASI, v, kata));
        TerbilangDicetak words = call("TerbilangDicetak", () -> TerbilangDicetak.of(LOKASI, one, kata));
        List<AngkaDicetak> dicetak = a == null ? List.of() : List.of(a);
        List<TerbilangDicetak> terbilang = new ArrayList<>();
        for (TerbilangDicetak x : new TerbilangDicetak[] {t, words}) {
            if (x != null) {
                terbilang.add(x);
            }
        }
        DataLkjip data = call("DataLkjip", () -> KlojenLkjip.data(dicetak, terbilang));
        if (data != null) {
            call(REPORT, () -> ReviuLkjip.standar().periksa(data));
            call(REPORT, () -> PerhitunganLkjip.of(data).hitung(capaian));
        }
    }

    @Test
    void wordsOfAnyLengthAreReadInTime() {
        for (String kata : List.of("satu ".repeat(200_000), "nol koma " + "satu ".repeat(1_000_000),
                "nol koma " + "nol ".repeat(200_000) + "satu", "kuadriliun ".repeat(100_000),
                "seribu ".repeat(100_000), "minus " + "sembilan ratus ".repeat(50_000), "koma", "minus",
                "\u00A0satu\u00A0", "SATU", "satu  koma  lima")) {
            TerbilangDicetak t = TerbilangDicetak.of(LOKASI, new BigDecimal("1.5"), kata);
            call(REPORT, () -> ReviuLkjip.standar().periksa(KlojenLkjip.data(List.of(), List.of(t))));
        }
    }
}
