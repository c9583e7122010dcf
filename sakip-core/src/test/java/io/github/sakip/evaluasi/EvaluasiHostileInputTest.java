package io.github.sakip.evaluasi;

import static io.github.sakip.hostile.Hostile.call;
import static io.github.sakip.hostile.Hostile.run;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.evaluasi.ikm.JawabanResponden;
import io.github.sakip.evaluasi.ikm.RekapUnsur;
import io.github.sakip.evaluasi.ikm.RumusIkm;
import io.github.sakip.evaluasi.ikm.SurveiIkm;
import io.github.sakip.evaluasi.ikm.TabelSampel;
import io.github.sakip.evaluasi.sakip.EvaluasiSakip;
import io.github.sakip.evaluasi.sakip.KomponenSakip;
import io.github.sakip.evaluasi.sakip.PedomanSakip;
import io.github.sakip.evaluasi.sakip.RumusSakip;
import io.github.sakip.evaluasi.skp.CapaianIki;
import io.github.sakip.evaluasi.skp.KonversiCapaianIki;
import io.github.sakip.evaluasi.skp.RuasKonversi;
import io.github.sakip.hostile.Hostile;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IKM, Nilai SAKIP and SKP calculators fed random and adversarial answers, counts, scores,
 * weights and text (see {@link Hostile}): each call gives a result or a {@code SakipException}
 * naming what was wrong, in time.
 */
class EvaluasiHostileInputTest {
    private static final String IKM = "Ikm|Jawaban|Survei|Rekap|Unsur|Nrr|Pedoman|TabelSampel|Pecahan|Persen"
            + "|Pembulatan";
    private static final String SAKIP = "Sakip|Komponen|Pedoman|Predikat|Skala|Batas|Pecahan|Persen|Pembulatan";
    private static final String SKP = "Skp|Iki|Ruas|Konversi|Skala|Batas|Pita|Pecahan|Persen|Pembulatan";

    @Test
    void ikmTakesAnyCounts() {
        for (int a : Hostile.INTS) {
            for (int b : Hostile.INTS) {
                checkIkm(a, b);
            }
        }
        qt().withExamples(200).forAll(longs().all(), longs().all()).checkAssert(this::checkIkm);
    }

    private void checkIkm(long a, long b) {
        RekapUnsur rekap = call(IKM, () -> RekapUnsur.of(a, b));
        if (rekap != null) {
            List<RekapUnsur> nine = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                nine.add(rekap);
            }
            SurveiIkm survei = call(IKM, () -> SurveiIkm.ofRekap(nine));
            if (survei != null) {
                call(IKM, () -> RumusIkm.standar().hitung(survei));
                call(IKM, () -> survei.withPopulasi(a));
            }
            call(IKM, () -> SurveiIkm.ofRekap(nine, a));
        }
        run(IKM, () -> TabelSampel.KREJCIE_MORGAN.periksa(a, b));
        call(IKM, () -> TabelSampel.KREJCIE_MORGAN.getSampelMinimum(a));
        call(IKM, () -> JawabanResponden.of((int) a, (int) b));
    }

    @Test
    void nilaiSakipAndSkpTakeAnyScoresAndWeights() {
        Hostile.forEachDecimal(150, this::checkScores);
    }

    private void checkScores(BigDecimal v) {
        call(SAKIP, () -> KomponenSakip.of("9", "Komponen", v));
        PedomanSakip pedoman = PedomanSakip.PERMENPANRB_88_2021;
        EvaluasiSakip evaluasi = EvaluasiSakip.of(pedoman);
        for (KomponenSakip k : pedoman.getSemuaKomponen()) {
            if (k.isDaun()) {
                EvaluasiSakip e = evaluasi;
                EvaluasiSakip next = call(SAKIP, () -> e.withSkor(k.getKode(), v));
                if (next == null) {
                    return;
                }
                evaluasi = next;
            }
        }
        EvaluasiSakip lengkap = evaluasi;
        call(SAKIP, () -> RumusSakip.standar().hitung(lengkap).toString());
        call(SKP, () -> CapaianIki.of("IKI", Persen.SERATUS, v));
        Persen persen = call("Persen", () -> Persen.of(v));
        if (persen != null) {
            CapaianIki iki = CapaianIki.of("IKI", persen, BigDecimal.ONE);
            call(SKP, () -> KonversiCapaianIki.standar().hitung(List.of(iki, iki)).toString());
        }
        call(SKP, () -> RuasKonversi.of(BigDecimal.ZERO, v, BigDecimal.ZERO, v));
        call(SKP, () -> RuasKonversi.of(v, BigDecimal.TEN, v, BigDecimal.ONE));
    }

    @Test
    void codesAndAnswersTakeAnyText() {
        EvaluasiSakip evaluasi = EvaluasiSakip.of(PedomanSakip.PERMENPANRB_12_2015);
        for (String text : Hostile.TEXTS) {
            call(SAKIP, () -> KomponenSakip.of(text, "Komponen", BigDecimal.ONE));
            call(SAKIP, () -> KomponenSakip.of("1", text, BigDecimal.ONE));
            call(SAKIP, () -> evaluasi.withSkor(text, BigDecimal.ONE));
            call(SAKIP, () -> evaluasi.withJawaban(text, "Y"));
            call(SAKIP, () -> evaluasi.withJawaban("1.1.a", text));
            call(SKP, () -> CapaianIki.of(text, Persen.SERATUS, BigDecimal.ONE));
        }
    }

    @Test
    void surveysOfAnyAnswersGiveAnIkmOrSakipException() {
        qt().withExamples(150)
                .forAll(lists().of(lists().of(integers().between(-1, 6)).ofSizeBetween(0, 10)).ofSizeBetween(0, 5))
                .checkAssert(rows -> {
                    List<JawabanResponden> jawaban = new ArrayList<>();
                    for (List<Integer> row : rows) {
                        JawabanResponden j = call(IKM, () -> JawabanResponden.of(
                                row.stream().mapToInt(Integer::intValue).toArray()));
                        if (j != null) {
                            jawaban.add(j);
                        }
                    }
                    SurveiIkm survei = call(IKM, () -> SurveiIkm.ofJawaban(jawaban));
                    if (survei != null) {
                        call(IKM, () -> RumusIkm.standar().hitung(survei));
                        call(IKM, () -> RumusIkm.standar().withPedoman(io.github.sakip.evaluasi.ikm.PedomanIkm
                                .KEPMENPAN_25_2004).hitung(survei));
                    }
                });
    }
}
