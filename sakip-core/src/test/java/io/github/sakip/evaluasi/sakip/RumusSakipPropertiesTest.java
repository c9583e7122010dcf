package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.model.Pecahan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RumusSakipPropertiesTest {
    private static final PedomanSakip P88 = PedomanSakip.PERMENPANRB_88_2021;
    private static final PedomanSakip P12 = PedomanSakip.PERMENPANRB_12_2015;
    /** Grades of 88/2021 from the lowest factor to the highest. */
    private static final List<String> GRADES = List.of("E", "D", "C", "CC", "B", "BB", "A", "AA");

    /** A worksheet: leaf i gets grade g[i], or, when d[i] is set, a direct score d[i]/100 of its weight. */
    private static EvaluasiSakip fill(PedomanSakip p, List<Integer> g, List<Integer> d) {
        EvaluasiSakip ev = EvaluasiSakip.of(p);
        List<String> labels = p.getNilaiJawaban().keySet().stream().toList();
        for (int i = 0; i < p.getDaun().size(); i++) {
            KomponenSakip k = p.getDaun().get(i);
            if (d.get(i) >= 0) {
                ev = ev.withSkor(k.getKode(), k.getBobot().multiply(BigDecimal.valueOf(d.get(i), 2)));
            } else if (p == P88) {
                ev = ev.withJawaban(k.getKode(), GRADES.get(g.get(i) % GRADES.size()));
            } else {
                ev = ev.withJawaban(k.getKode(), labels.get(g.get(i) % labels.size()),
                        labels.get((g.get(i) / 7) % labels.size()));
            }
        }
        return ev;
    }

    @Test
    void totalIsMonotoneInEveryComponent() {
        qt().withExamples(80).forAll(lists().of(integers().between(0, 7)).ofSize(12),
                lists().of(integers().between(-100, 100)).ofSize(12), integers().between(0, 11))
                .checkAssert((g, d, leaf) -> {
                    EvaluasiSakip before = fill(P88, g, d);
                    KomponenSakip k = P88.getDaun().get(leaf);
                    NilaiSakip a = RumusSakip.standar().hitung(before);
                    Pecahan skor = a.skorEksak(k.getKode());
                    // raise the leaf: one grade up, or a direct score one hundredth of its weight higher
                    EvaluasiSakip after;
                    if (d.get(leaf) >= 0) {
                        if (d.get(leaf) == 100) {
                            return;
                        }
                        after = before.withSkor(k.getKode(), k.getBobot().multiply(BigDecimal.valueOf(d.get(leaf) + 1,
                                2)));
                    } else {
                        int grade = g.get(leaf);
                        if (grade == 7) {
                            return;
                        }
                        after = before.withJawaban(k.getKode(), GRADES.get(grade + 1));
                    }
                    NilaiSakip b = RumusSakip.standar().hitung(after);
                    assertThat(b.skorEksak(k.getKode()).compareTo(skor)).isPositive();
                    assertThat(b.getTotalEksak().compareTo(a.getTotalEksak())).isPositive();
                    assertThat(b.getPredikat()).isGreaterThanOrEqualTo(a.getPredikat());
                });
    }

    @Test
    void totalAndEveryComponentStayWithinTheirWeights() {
        qt().withExamples(80).forAll(lists().of(integers().between(0, 48)).ofSize(17),
                lists().of(integers().between(-100, 100)).ofSize(17)).checkAssert((g, d) -> {
                    for (PedomanSakip p : List.of(P88, P12)) {
                        NilaiSakip n = RumusSakip.standar().hitung(fill(p, g, d));
                        for (KomponenSakip k : p.getSemuaKomponen()) {
                            Pecahan s = n.skorEksak(k.getKode());
                            assertThat(s.signum()).isNotNegative();
                            assertThat(s.compareTo(Pecahan.of(k.getBobot()))).isNotPositive();
                        }
                        assertThat(n.getNilai()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                        assertThat(n.getTotalEksak()).isEqualTo(Pecahan.total(p.getKomponen().stream()
                                .map(k -> n.skorEksak(k.getKode())).toList()));
                    }
                });
    }
}
