package io.github.sakip.predikat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import io.github.sakip.testing.SakipAssertions;
import io.github.sakip.testing.SakipGen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SkalaTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static final Skala DINAS_X = Skala.builder("Skala Dinas X", "Tidak berhasil")
            .dari(d("60"), "Cukup berhasil")
            .dari(d("90"), "Berhasil")
            .lebihDari(d("110"), "Sangat berhasil")
            .build();

    /** A random valid scale with a value probing it. */
    private static Gen<Object[]> skalaDanNilai() {
        return SakipGen.skala().flatMap(s -> SakipGen.nilaiSekitar(s).map(v -> new Object[] {s, v}));
    }

    @Test
    void everyValueFallsInExactlyOneBandOfARandomScale() {
        qt().withExamples(300).forAll(skalaDanNilai()).checkAssert(sv -> {
            Skala skala = (Skala) sv[0];
            BigDecimal v = (BigDecimal) sv[1];
            long containing = skala.getPita().stream().filter(p -> p.contains(v)).count();
            assertThat(containing).as("bands of %s containing %s", skala, v).isEqualTo(1);
            assertThat(skala.pita(v).contains(v)).isTrue();
            assertThat(skala.predikat(v).getLabel()).isEqualTo(skala.pita(v).getLabel());
        });
    }

    @Test
    void bandOrderFollowsValueOrderOnARandomScale() {
        qt().withExamples(300).forAll(SakipGen.skala().flatMap(s -> SakipGen.nilaiSekitar(s)
                .zip(SakipGen.nilaiSekitar(s), (a, b) -> new Object[] {s, a, b}))).checkAssert(sab -> {
                    Skala skala = (Skala) sab[0];
                    BigDecimal a = (BigDecimal) sab[1];
                    BigDecimal b = (BigDecimal) sab[2];
                    int values = a.compareTo(b);
                    int ranks = skala.predikat(a).compareTo(skala.predikat(b));
                    assertThat(values == 0 ? ranks == 0 : values < 0 ? ranks <= 0 : ranks >= 0).isTrue();
                    SakipAssertions.assertThat(skala).ratesInValueOrder(a, b).assignsExactlyOneBandTo(a);
                });
    }

    @Test
    void randomScaleWithAnInteriorBoundMovedUpHasAGapNamedInTheMessage() {
        qt().withExamples(100).forAll(SakipGen.skala()).assuming(s -> s.getPita().size() >= 2).checkAssert(s -> {
            List<Pita> pita = new ArrayList<>(s.getPita());
            Pita upper = pita.get(1);
            Batas b = upper.getBawah().get();
            BigDecimal moved = b.getNilai().add(d("0.05"));
            pita.set(1, Pita.between(Optional.of(Batas.inklusif(moved)), upper.getAtas().map(
                    a -> a.getNilai().compareTo(moved) > 0 ? a : Batas.inklusif(moved)), upper.getLabel()));
            String lowerBound = pita.get(0).getAtas().get().getNilai().toPlainString();
            assertThatThrownBy(() -> Skala.of("Bergeser", pita)).isInstanceOf(SakipException.class)
                    .hasMessageContaining("gap between band \"Peringkat 1\" (up to " + lowerBound + ")")
                    .hasMessageContaining("(from " + moved.toPlainString() + ")");
        });
    }

    @Test
    void gapIsRejectedWithTheOffendingBounds() {
        List<Pita> pita = List.of(Pita.hingga(Batas.eksklusif(d("60")), "Rendah"),
                Pita.mulai(Batas.inklusif(d("70")), "Tinggi"));
        assertThatThrownBy(() -> Skala.of("Celah", pita)).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"Celah\": gap between band \"Rendah\" (up to 60) and band \"Tinggi\" (from 70)");
    }

    @Test
    void overlapIsRejectedWithTheOffendingBounds() {
        List<Pita> pita = List.of(Pita.hingga(Batas.inklusif(d("60")), "Rendah"),
                Pita.mulai(Batas.inklusif(d("50")), "Tinggi"));
        assertThatThrownBy(() -> Skala.of("Tumpang", pita)).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"Tumpang\": band \"Rendah\" (up to 60) overlaps band \"Tinggi\" (from 50)");
    }

    @Test
    void sharedBoundMustBelongToExactlyOneBand() {
        assertThatThrownBy(() -> Skala.of("S", List.of(Pita.hingga(Batas.eksklusif(d("60")), "A"),
                Pita.mulai(Batas.eksklusif(d("60")), "B")))).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"S\": gap at 60: band \"A\" excludes it and band \"B\" excludes it too");
        assertThatThrownBy(() -> Skala.of("S", List.of(Pita.hingga(Batas.inklusif(d("60")), "A"),
                Pita.mulai(Batas.inklusif(d("60")), "B")))).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"S\": bands \"A\" and \"B\" overlap at 60: both include it");
    }

    @Test
    void endsMustBeOpenAndLabelsUnique() {
        assertThatThrownBy(() -> Skala.of("S", List.of(Pita.mulai(Batas.inklusif(d("0")), "A"))))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be open below").hasMessageContaining("0");
        assertThatThrownBy(() -> Skala.of("S", List.of(Pita.hingga(Batas.inklusif(d("100")), "A"))))
                .isInstanceOf(SakipException.class).hasMessageContaining("must be open above")
                .hasMessageContaining("100");
        assertThatThrownBy(() -> Skala.of("S", List.of(Pita.hingga(Batas.eksklusif(d("60")), "A"),
                Pita.mulai(Batas.inklusif(d("60")), "A")))).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"S\" must not repeat label \"A\"");
        assertThatThrownBy(() -> Skala.of("S", List.of())).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"S\" must have at least one band (pita)");
        assertThatThrownBy(() -> Skala.of("S", List.of(Pita.hingga(Batas.eksklusif(d("60")), "A"),
                Pita.hingga(Batas.eksklusif(d("70")), "B"), Pita.mulai(Batas.inklusif(d("70")), "C"))))
                .isInstanceOf(SakipException.class).hasMessageContaining("open below: they overlap");
    }

    @Test
    void builderMakesContiguousBands() {
        // the Javadoc example: 60 <= x Cukup, 90 <= x Berhasil, 110 < x Sangat berhasil
        SakipAssertions.assertThat(DINAS_X).hasPredikat("59,99", "Tidak berhasil").hasPredikat("60", "Cukup berhasil")
                .hasPredikat("109,74", "Berhasil").hasPredikat("110", "Berhasil")
                .hasPredikat("110,01", "Sangat berhasil");
        assertThat(DINAS_X.getPredikat()).extracting(Predikat::getLabel).containsExactly("Tidak berhasil",
                "Cukup berhasil", "Berhasil", "Sangat berhasil");
        assertThat(DINAS_X.predikat(Persen.of(d("93.29")))).hasToString("Predikat[Berhasil, 3 of 4]");
        assertThat(Skala.builder("Satu", "Semua").build().predikat(d("-1000")).getLabel()).isEqualTo("Semua");
    }

    @Test
    void builderBoundsMustRise() {
        Skala.Builder b = Skala.builder("S", "A").dari(d("60"), "B");
        assertThatThrownBy(() -> b.dari(d("60"), "C")).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"S\": band \"C\" must start above 60, was 60");
        assertThatThrownBy(() -> b.lebihDari(d("50"), "C")).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> b.dari(null, "C")).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> b.dari(d("70"), " ")).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> Skala.builder("S", "A").dari(d("60"), "A").build())
                .isInstanceOf(SakipException.class).hasMessage("Skala \"S\" must not repeat label \"A\"");
    }

    @Test
    void builderIsImmutable() {
        Skala.Builder base = Skala.builder("S", "Rendah");
        Skala one = base.build();
        Skala two = base.dari(d("50"), "Tinggi").build();
        assertThat(one.getPita()).hasSize(1);
        assertThat(two.getPita()).hasSize(2);
        assertThat(base.build()).isEqualTo(one);
    }

    @Test
    void relabellingKeepsTheBounds() {
        Skala relabelled = DINAS_X.withLabel("Dinas X (A-D)", List.of("D", "C", "B", "A"));
        assertThat(relabelled.predikat(d("109.74")).getLabel()).isEqualTo("B");
        assertThat(relabelled.predikat(d("110.01")).getLabel()).isEqualTo("A");
        assertThatThrownBy(() -> DINAS_X.withLabel("X", List.of("D", "C"))).isInstanceOf(SakipException.class)
                .hasMessage("Skala \"Skala Dinas X\" needs 4 labels, one per band, was 2");
    }

    @Test
    void toStringListsTheBands() {
        assertThat(Skala.builder("S", "Rendah").dari(d("60"), "Tinggi").build())
                .hasToString("Skala[S: [x < 60 Rendah, 60 <= x Tinggi]]");
    }
}
