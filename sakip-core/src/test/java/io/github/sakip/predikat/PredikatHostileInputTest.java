package io.github.sakip.predikat;

import static io.github.sakip.hostile.Hostile.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.hostile.Hostile;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Skala, Pita, Batas and Predikat fed random band lists, random builder calls and adversarial
 * values (see {@link Hostile}): a scale is either made and rates every value in exactly one band,
 * or refused with a {@code SakipException} naming the scale, band or bound, in time.
 */
class PredikatHostileInputTest {
    private static final List<String> LABELS = List.of("Kurang", "Cukup", "Baik", "Sangat baik", "", " ",
            "\u00A0", "Baik");

    /** One band as raw parts: bounds from a small set (so that neighbours often meet) or hostile. */
    private record Raw(BigDecimal bawah, boolean bawahInklusif, BigDecimal atas, boolean atasInklusif,
            String label) {
    }

    private static Gen<BigDecimal> bound() {
        return Generate.oneOf(Generate.pick(Arrays.asList(null, BigDecimal.ZERO, new BigDecimal("60"),
                new BigDecimal("60.00"), new BigDecimal("90"), new BigDecimal("110"), new BigDecimal("-1"))),
                Hostile.decimals());
    }

    private static Gen<Raw> raw() {
        return bound().zip(booleans().all(), bound(), booleans().all(), Generate.pick(LABELS), Raw::new);
    }

    @Test
    void skalaOfAnyBandsIsValidOrRefused() {
        qt().withExamples(300).forAll(lists().of(raw()).ofSizeBetween(0, 5), Hostile.decimals())
                .checkAssert(this::checkBands);
    }

    private void checkBands(List<Raw> raws, BigDecimal v) {
        List<Pita> pita = new ArrayList<>();
        for (Raw r : raws) {
            Pita p = call("Pita|Batas", () -> pita(r));
            if (p == null) {
                return;
            }
            pita.add(p);
        }
        Skala skala = call("Skala", () -> Skala.of("Skala uji", pita));
        if (skala != null) {
            checkRates(skala, v);
        }
    }

    private static Pita pita(Raw r) {
        Batas bawah = r.bawah() == null ? null
                : r.bawahInklusif() ? Batas.inklusif(r.bawah()) : Batas.eksklusif(r.bawah());
        Batas atas = r.atas() == null ? null
                : r.atasInklusif() ? Batas.inklusif(r.atas()) : Batas.eksklusif(r.atas());
        if (bawah == null && atas == null) {
            return Pita.hingga(null, r.label());
        }
        return bawah == null ? Pita.hingga(atas, r.label())
                : atas == null ? Pita.mulai(bawah, r.label()) : Pita.of(bawah, atas, r.label());
    }

    private void checkRates(Skala skala, BigDecimal v) {
        Predikat p = call("Skala|Persen", () -> skala.predikat(v));
        if (p == null) {
            return;
        }
        assertThat(skala.getPita().stream().filter(b -> b.contains(v)).count()).isEqualTo(1);
        assertThat(skala.pita(v).getLabel()).isEqualTo(p.getLabel());
        Persen persen = call("Persen", () -> Persen.of(v));
        if (persen != null) {
            assertThat(skala.predikat(persen)).isEqualTo(p);
        }
        Pecahan pecahan = call("Pecahan", () -> Pecahan.of(v));
        if (pecahan != null) {
            assertThat(call("Skala", () -> skala.predikat(pecahan))).isEqualTo(p);
        }
        assertThat(skala.getPredikat()).contains(p);
    }

    @Test
    void builderTakesAnyBoundsAndLabels() {
        qt().withExamples(300)
                .forAll(lists().of(Hostile.decimals()).ofSizeBetween(0, 5),
                        lists().of(integers().between(0, LABELS.size() * 2 - 1)).ofSizeBetween(5, 5),
                        Hostile.decimals())
                .checkAssert((bounds, choices, v) -> {
                    Skala.Builder b = call("Skala|Pita", () -> Skala.builder("Skala uji", "Terendah"));
                    for (int i = 0; i < bounds.size(); i++) {
                        BigDecimal bound = bounds.get(i);
                        int choice = choices.get(i);
                        String label = LABELS.get(choice % LABELS.size());
                        Skala.Builder current = b;
                        b = call("Skala|Pita|Batas", () -> choice < LABELS.size()
                                ? current.dari(bound, label) : current.lebihDari(bound, label));
                        if (b == null) {
                            return;
                        }
                    }
                    Skala.Builder last = b;
                    Skala skala = call("Skala", last::build);
                    if (skala != null) {
                        checkRates(skala, v);
                        List<String> labels = skala.getPita().stream().map(p -> p.getLabel() + " baru").toList();
                        assertThat(call("Skala", () -> skala.withLabel("Skala baru", labels)).getPita())
                                .hasSameSizeAs(skala.getPita());
                    }
                });
    }

    @Test
    void factoriesAndLookupsTakeAnyValue() {
        for (BigDecimal v : Hostile.DECIMALS) {
            call("Batas.nilai", () -> Batas.inklusif(v));
            call("Batas.nilai", () -> Batas.eksklusif(v));
            call("Pita|Batas.nilai", () -> Pita.of(Batas.inklusif(BigDecimal.ZERO), Batas.inklusif(v), "Pita"));
            call("Pita|Batas.nilai", () -> Pita.of(Batas.inklusif(v), Batas.inklusif(BigDecimal.ZERO), "Pita"));
            call("Skala|Batas.nilai", () -> Skala.builder("Skala", "Rendah").dari(BigDecimal.ONE, "Satu")
                    .dari(v, "Dua").build());
            for (Skala skala : List.of(SkalaBaku.LKJIP, SkalaBaku.PERMENDAGRI_86, SkalaBaku.PERMENDAGRI_86_BAIK)) {
                checkRates(skala, v);
            }
        }
        for (String text : Hostile.TEXTS) {
            call("Skala.nama", () -> Skala.builder(text, "Rendah"));
            call("Pita.label", () -> Skala.builder("Skala", text));
            call("Pita.label", () -> Pita.mulai(Batas.inklusif(BigDecimal.ONE), text));
            call("Skala.nama", () -> SkalaBaku.LKJIP.withLabel(text, SkalaBaku.LKJIP.getPita().stream()
                    .map(Pita::getLabel).toList()));
            call("Predikat", () -> Predikat.of(text, 1, 1));
        }
        for (int n : Hostile.INTS) {
            call("Predikat", () -> Predikat.of("Baik", n, 4));
            call("Predikat", () -> Predikat.of("Baik", 1, n));
        }
        call("Skala.pita", () -> Skala.of("Skala", Arrays.asList(Pita.hingga(Batas.inklusif(BigDecimal.ONE), "a"),
                null)));
        call("Skala label", () -> SkalaBaku.LKJIP.withLabel("Skala", Arrays.asList("a", null, "c", "d")));
        call("Skala", () -> SkalaBaku.LKJIP.withLabel("Skala", List.of("a")));
        call("Skala", () -> SkalaBaku.LKJIP.predikat((BigDecimal) null));
        call("Skala", () -> SkalaBaku.LKJIP.predikat((Persen) null));
        call("Skala", () -> SkalaBaku.LKJIP.predikat((Pecahan) null));
        call("Pita.contains", () -> SkalaBaku.LKJIP.getPita().get(0).contains((BigDecimal) null));
    }
}
