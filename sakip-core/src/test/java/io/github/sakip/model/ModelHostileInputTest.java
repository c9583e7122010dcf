package io.github.sakip.model;

import static io.github.sakip.hostile.Hostile.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import io.github.sakip.hostile.Hostile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every public factory, parser, {@code with*} method and arithmetic of the model package, fed
 * random and adversarial values (see {@link Hostile}): each call returns a usable value or throws
 * {@code SakipException} naming the field, in time.
 */
class ModelHostileInputTest {
    private static final Tahun Y2021 = Tahun.of(2021);
    private static final Indikator INDIKATOR = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);

    @Test
    void tahunTriwulanAndPeriodeTakeAnyIntOrText() {
        for (int v : Hostile.INTS) {
            Tahun t = call("Tahun", () -> Tahun.of(v));
            call("Tahun", () -> Y2021.plus(v));
            call("Tahun", () -> Y2021.minus(v));
            call("Triwulan", () -> Triwulan.of(Y2021, v));
            if (t != null) {
                assertThat(Tahun.parse(t.toString())).isEqualTo(t);
                call("Periode", () -> Periode.of(Y2021, t));
            }
        }
        Hostile.forEachText(300, Hostile.texts("0123456789-TW\u0661 "), this::checkParsers);
    }

    private void checkParsers(String text) {
        Tahun t = call("Tahun", () -> Tahun.parse(text));
        Triwulan tw = call("Triwulan", () -> Triwulan.parse(text));
        Periode p = call("Periode", () -> Periode.parse(text));
        KodeNomenklatur k = call("KodeNomenklatur", () -> KodeNomenklatur.parse(text));
        if (t != null) {
            assertThat(t.toString()).isEqualTo(text);
        }
        if (tw != null) {
            assertThat(tw.toString()).isEqualTo(text);
        }
        if (p != null) {
            assertThat(p.toString()).isEqualTo(text);
        }
        if (k != null) {
            assertThat(k.toString()).isEqualTo(text);
        }
    }

    @Test
    void parseMessagesStayShortAndKeepTheWholeInputWhateverItsLength() {
        List<Function<String, Object>> parsers = List.of(Tahun::parse, Triwulan::parse,
                Periode::parse, KodeNomenklatur::parse, Rupiah::parse, Persen::parse);
        Hostile.forEachText(100, Hostile.texts(), text -> {
            for (Function<String, Object> parser : parsers) {
                try {
                    parser.apply(text);
                } catch (SakipParseException e) {
                    assertThat(e.getMessage()).hasSizeLessThan(Checks.QUOTE_LIMIT + 200);
                    assertThat(e.getInput()).isSameAs(text);
                    assertThat(e.getErrorIndex()).isBetween(0, text.length());
                } catch (SakipException e) {
                    // read, but not a valid value (Periode 2023-2019): the message shows no input
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                }
            }
        });
    }

    @Test
    void namesAndTextTakeAnyString() {
        Hostile.forEachText(200, Hostile.texts(), this::checkNames);
    }

    private void checkNames(String text) {
        Satuan s = call("Satuan.nama", () -> Satuan.of(text));
        if (s != null) {
            assertThat(s.getNama()).isNotBlank();
        }
        Indikator i = call("Indikator.nama", () -> Indikator.of(text, Satuan.PERSEN, Polaritas.NEGATIF));
        call("Indikator.kode", () -> INDIKATOR.withKode(text));
        call("Indikator.formulasi", () -> INDIKATOR.withFormulasi(text));
        call("Sasaran.nama", () -> Sasaran.of(text, List.of(INDIKATOR)));
        call("Sasaran.kode", () -> Sasaran.of("Sasaran", List.of(INDIKATOR)).withKode(text));
        call("Tujuan.nama", () -> Tujuan.of(text, List.of(INDIKATOR), List.of(Sasaran.of("S", List.of(INDIKATOR)))));
        call("Program.nama", () -> Program.of(text, Pagu.of(Y2021, Rupiah.of(1))));
        KodeNomenklatur sub = KodeNomenklatur.parse("7.01.01.2.01.0001");
        call("SubKegiatan.nama", () -> SubKegiatan.of(sub, text, Pagu.of(Y2021, Rupiah.NOL)));
        if (i != null) {
            assertThat(i.getNama()).isNotBlank();
        }
    }

    @Test
    void rupiahTakesAnyNumberAndText() {
        Hostile.forEachDecimal(300, this::checkRupiah);
        Hostile.forEachText(300, Hostile.texts(), this::checkRupiahText);
        for (int v : Hostile.INTS) {
            assertThat(Rupiah.of((long) v).getNilai().scale()).isEqualTo(Rupiah.SCALE);
        }
    }

    private void checkRupiah(BigDecimal v) {
        Rupiah exact = call("Rupiah", () -> Rupiah.of(v));
        if (exact != null) {
            assertThat(exact.getNilai()).isEqualByComparingTo(v);
            assertThat(Rupiah.parse(exact.toString())).isEqualTo(exact);
            call("Rupiah", () -> exact.plus(exact).minus(exact));
            call("Rupiah", () -> Rupiah.total(List.of(exact, exact, exact)));
            call("Pagu", () -> Pagu.of(Y2021, exact));
            call("RealisasiAnggaran", () -> RealisasiAnggaran.of(Y2021, exact));
        }
        for (RoundingMode mode : RoundingMode.values()) {
            Rupiah r = call("Rupiah", () -> Rupiah.of(v, mode));
            if (r != null) {
                assertThat(r.getNilai().scale()).isEqualTo(Rupiah.SCALE);
            }
        }
    }

    private void checkRupiahText(String text) {
        Rupiah r = call("Rupiah", () -> Rupiah.parse(text));
        if (r != null) {
            assertThat(r.getNilai()).isEqualByComparingTo(text.substring(3));
        }
    }

    @Test
    void rupiahTotalRejectsNullElements() {
        List<Rupiah> withNull = new ArrayList<>(Arrays.asList(Rupiah.of(1), null));
        call("Rupiah.total", () -> Rupiah.total(withNull));
        call("Rupiah.total", () -> Rupiah.total(null));
        call("Rupiah.plus", () -> Rupiah.NOL.plus(null));
        call("Rupiah.minus", () -> Rupiah.NOL.minus(null));
    }

    @Test
    void persenAndPembulatanTakeAnyNumberAndText() {
        Hostile.forEachDecimal(300, this::checkPersen);
        Hostile.forEachText(300, Hostile.texts(), this::checkPersenText);
        for (int scale : Hostile.INTS) {
            for (RoundingMode mode : RoundingMode.values()) {
                call("Pembulatan.scale", () -> Pembulatan.of(scale, mode));
            }
        }
        call("Pembulatan.roundingMode", () -> Pembulatan.of(2, null));
    }

    private void checkPersen(BigDecimal v) {
        Persen p = call("Persen", () -> Persen.of(v));
        if (p != null) {
            assertThat(p.getNilai()).isEqualByComparingTo(v);
            assertThat(Persen.parse(p.toString())).isEqualTo(p);
            call("Persen", () -> p.minus(Persen.SERATUS));
            call("Persen|Pembulatan", () -> p.withPembulatan(Pembulatan.of(30, RoundingMode.HALF_EVEN)));
            call("Persen|Pembulatan", () -> p.withPembulatan(Pembulatan.of(2, RoundingMode.UNNECESSARY)));
        }
        for (Pembulatan policy : List.of(Pembulatan.STANDAR, Pembulatan.of(0, RoundingMode.DOWN),
                Pembulatan.of(Pembulatan.MAX_SCALE, RoundingMode.UNNECESSARY))) {
            call("Pembulatan", () -> policy.bulatkan(v));
            call("Pembulatan", () -> policy.bagi(v, new BigDecimal("3")));
            call("Pembulatan", () -> policy.bagi(BigDecimal.ONE, v));
            call("Pembulatan", () -> policy.bagi(v, v));
        }
    }

    private void checkPersenText(String text) {
        Persen p = call("Persen", () -> Persen.parse(text));
        if (p != null) {
            assertThat(Persen.parse(p.toString())).isEqualTo(p);
        }
    }

    @Test
    void targetAndRealisasiTakeAnyNumber() {
        Triwulan tw = Triwulan.of(Y2021, 4);
        for (BigDecimal v : Hostile.DECIMALS) {
            checkTarget(tw, v, BigDecimal.TEN);
        }
        qt().withExamples(300).forAll(Hostile.decimals(), Hostile.decimals())
                .checkAssert((a, b) -> checkTarget(tw, a, b));
    }

    private void checkTarget(Triwulan tw, BigDecimal a, BigDecimal b) {
        Target t = call("Target", () -> Target.of(Y2021, a));
        call("Target", () -> Target.of(tw, a));
        call("Target", () -> Target.rentang(Y2021, a, b));
        call("Target", () -> Target.rentang(Y2021, b, a));
        Realisasi r = call("Realisasi", () -> Realisasi.of(Y2021, a));
        call("Realisasi", () -> Realisasi.of(tw, a));
        if (t != null) {
            assertThat(t.getNilai()).isEqualTo(a);
            Renstra renstra = call("Renstra", () -> Renstra.of(Periode.parse("2019-2023")).withTarget(INDIKATOR, t));
            if (r != null) {
                call("Renstra", () -> renstra.withRealisasi(INDIKATOR, r));
            }
            Sasaran sasaran = Sasaran.of("Sasaran", List.of(INDIKATOR));
            call("KomitmenSasaran", () -> KomitmenSasaran.of(sasaran, Map.of(INDIKATOR, t), List.of()));
        }
    }

    @Test
    void pecahanTakesAnyNumber() {
        for (BigDecimal v : Hostile.DECIMALS) {
            checkPecahan(v);
        }
        qt().withExamples(200).forAll(Hostile.decimals(), Hostile.decimals()).checkAssert((a, b) -> {
            checkPecahan(a);
            call("Pecahan", () -> Pecahan.of(a, b));
        });
    }

    private void checkPecahan(BigDecimal v) {
        Pecahan p = call("Pecahan", () -> Pecahan.of(v));
        if (p != null) {
            assertThat(new BigDecimal(p.getPembilang()).divide(new BigDecimal(p.getPenyebut())))
                    .isEqualByComparingTo(v);
            call("Pecahan|Pembulatan", () -> p.bulatkan(Pembulatan.STANDAR));
            call("Pecahan", () -> Pecahan.total(List.of(p, p)).minus(p).times(p));
            call("Pecahan", () -> p.dividedBy(p));
        }
    }

    @Test
    void memoryBombsAreRefusedWithTheLimitNamed() {
        ModelLimitsTest.assertRefusedEverywhere(new BigDecimal("1E+1000000000"), "1E+1000000000 (1000000001 digits)");
    }

    @Test
    void parsersRefuseAMegabyteOfDigitsAtOnce() {
        ModelLimitsTest.assertRefusedBeforeReading(1 << 20);
    }
}
