package io.github.sakip.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.evaluasi.ikm.BobotIkm;
import io.github.sakip.evaluasi.ikm.Ikm;
import io.github.sakip.evaluasi.ikm.JawabanResponden;
import io.github.sakip.evaluasi.ikm.PedomanIkm;
import io.github.sakip.evaluasi.ikm.RekapUnsur;
import io.github.sakip.evaluasi.ikm.RumusIkm;
import io.github.sakip.evaluasi.ikm.SurveiIkm;
import io.github.sakip.evaluasi.sakip.BatasPredikatSakip;
import io.github.sakip.evaluasi.sakip.EvaluasiSakip;
import io.github.sakip.evaluasi.sakip.KomponenSakip;
import io.github.sakip.evaluasi.sakip.NilaiSakip;
import io.github.sakip.evaluasi.sakip.PedomanSakip;
import io.github.sakip.evaluasi.sakip.RumusSakip;
import io.github.sakip.evaluasi.skp.CapaianIki;
import io.github.sakip.evaluasi.skp.KonversiCapaianIki;
import io.github.sakip.evaluasi.skp.NilaiCapaianIki;
import io.github.sakip.evaluasi.skp.NilaiSkp;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the evaluation results ({@code evaluasi.ikm}, {@code evaluasi.sakip},
 * {@code evaluasi.skp}) and their inputs. Every value they make is valid, and each result is made
 * by its calculator.
 *
 * <p>Example: a Nilai SAKIP never exceeds 100.
 * <pre>{@code
 * qt().forAll(EvaluasiGen.nilaiSakip()).checkAssert(n -> assertThat(n.getNilai()).isLessThanOrEqualTo(SERATUS));
 * }</pre>
 *
 * <p>The generators are immutable and thread-safe.
 */
public final class EvaluasiGen {

    private EvaluasiGen() {
    }

    /**
     * One respondent's answers to {@code jumlahUnsur} unsur, 1 to 4, some left blank, at least one
     * answered.
     *
     * @param jumlahUnsur the number of unsur, at least 1
     * @return the generator, never null
     */
    public static Gen<JawabanResponden> jawabanResponden(int jumlahUnsur) {
        return lists().of(integers().between(0, 4)).ofSize(jumlahUnsur).map(l -> {
            List<OptionalInt> row = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                int v = i == 0 && l.get(i) == 0 ? 1 : l.get(i);
                row.add(v == 0 ? OptionalInt.empty() : OptionalInt.of(v));
            }
            return JawabanResponden.of(row);
        });
    }

    /**
     * Tallies of one unsur: 1 to 400 respondents, totals over the whole range 1 to 4 per answer.
     *
     * @return the generator, never null
     */
    public static Gen<RekapUnsur> rekapUnsur() {
        return integers().between(1, 400).zip(integers().between(0, 3000),
                (n, k) -> RekapUnsur.of(n + (long) k * 3 * n / 3000, n));
    }

    /**
     * Surveys of {@code jumlahUnsur} unsur from their tallies, sometimes with more respondents than
     * any unsur counts, sometimes a census (the population given, equal to the respondents).
     *
     * @param jumlahUnsur the number of unsur, at least 1
     * @return the generator, never null
     */
    public static Gen<SurveiIkm> surveiIkm(int jumlahUnsur) {
        return lists().of(rekapUnsur()).ofSize(jumlahUnsur).zip(integers().between(0, 5), booleans().all(),
                (rekap, lebih, sensus) -> {
                    long max = rekap.stream().mapToLong(RekapUnsur::getJumlahResponden).max().orElseThrow();
                    SurveiIkm s = SurveiIkm.ofRekap(rekap, max + lebih);
                    return sensus ? s.withPopulasi(s.getJumlahResponden()) : s;
                });
    }

    /**
     * IKM calculators of both pedoman, both weights, any rounding, with and without printed
     * NRR and unit values.
     *
     * @return the generator, never null
     */
    public static Gen<RumusIkm> rumusIkm() {
        Gen<PedomanIkm> pedoman = Generate.pick(List.of(PedomanIkm.PERMENPANRB_14_2017, PedomanIkm.KEPMENPAN_25_2004));
        return pedoman.zip(Generate.enumValues(BobotIkm.class), SakipGen.pembulatan(),
                SakipGen.pembulatan().toOptionals(50),
                (p, b, r, dicetak) -> {
                    RumusIkm rumus = RumusIkm.standar().withPedoman(p).withBobot(b).withPembulatan(r);
                    return dicetak.map(d -> d.getScale() % 2 == 0 ? rumus.withNrrDicetak(d)
                            : rumus.withNilaiUnitDicetak(d)).orElse(rumus);
                });
    }

    /**
     * Indexes from a survey or, a third of the time, from printed NRR of 1,00 to 4,00.
     *
     * @return the generator, never null
     */
    public static Gen<Ikm> ikm() {
        return rumusIkm().flatMap(rumus -> {
            int n = rumus.getPedoman().getJumlahUnsur();
            Gen<Ikm> dariNrr = lists().of(SakipGen.desimal(100, 400)).ofSize(n).map(rumus::hitungDariNrr);
            return surveiIkm(n).map(rumus::hitung).mix(dariNrr, 33);
        });
    }

    /**
     * Worksheets of both pedoman SAKIP with every leaf filled in, by one or more answers or by a
     * direct score from 0 to the leaf's weight.
     *
     * @return the generator, never null
     */
    public static Gen<EvaluasiSakip> evaluasiSakip() {
        return Generate.pick(List.of(PedomanSakip.PERMENPANRB_88_2021, PedomanSakip.PERMENPANRB_12_2015))
                .flatMap(p -> lists().of(integers().between(0, 1_000_000)).ofSize(p.getDaun().size())
                        .map(acak -> isi(p, acak)));
    }

    private static EvaluasiSakip isi(PedomanSakip pedoman, List<Integer> acak) {
        List<String> label = List.copyOf(pedoman.getNilaiJawaban().keySet());
        EvaluasiSakip e = EvaluasiSakip.of(pedoman);
        for (int i = 0; i < acak.size(); i++) {
            KomponenSakip daun = pedoman.getDaun().get(i);
            int v = acak.get(i);
            if (v % 3 == 0) {
                e = e.withSkor(daun.getKode(), daun.getBobot().multiply(BigDecimal.valueOf(v / 3 % 101))
                        .movePointLeft(2));
            } else {
                String a = label.get(v / 3 % label.size());
                e = v % 3 == 1 ? e.withJawaban(daun.getKode(), a)
                        : e.withJawaban(daun.getKode(), a, label.get(v / 7 % label.size()));
            }
        }
        return e;
    }

    /**
     * Nilai SAKIP of {@link #evaluasiSakip()} under both predikat bounds and any rounding.
     *
     * @return the generator, never null
     */
    public static Gen<NilaiSakip> nilaiSakip() {
        Gen<RumusSakip> rumus = Generate.enumValues(BatasPredikatSakip.class).zip(SakipGen.pembulatan(),
                (b, p) -> RumusSakip.standar().withBatas(b).withPembulatan(p));
        return rumus.zip(evaluasiSakip(), RumusSakip::hitung);
    }

    /**
     * Capaian of 0 to 150 %, weighted onto 100 and the standard conversion's bounds.
     *
     * @return the generator, never null
     */
    public static Gen<Persen> capaianIki() {
        Gen<BigDecimal> batas = Generate.pick(List.of("59", "59.99", "60", "79", "80", "99", "99.99", "100", "100.01",
                "101", "110", "110.01")).map(s -> new BigDecimal(s));
        return SakipGen.desimal(0, 15_000).mix(batas, 30).map(Persen::of);
    }

    /**
     * The standard conversion of PermenPANRB 8/2021 under any rounding.
     *
     * @return the generator, never null
     */
    public static Gen<KonversiCapaianIki> konversiCapaianIki() {
        return SakipGen.pembulatan().map(KonversiCapaianIki.standar()::withPembulatan);
    }

    /**
     * Converted capaian, a third of them on a target maksimal (capaian at most 100).
     *
     * @return the generator, never null
     */
    public static Gen<NilaiCapaianIki> nilaiCapaianIki() {
        return konversiCapaianIki().zip(capaianIki(), integers().between(0, 2), (k, c, m) ->
                m == 0 && c.compareTo(Persen.SERATUS) <= 0 ? k.konversiTargetMaksimal(c) : k.konversi(c));
    }

    /**
     * Nilai SKP of 1 to 5 weighted IKI.
     *
     * @return the generator, never null
     */
    public static Gen<NilaiSkp> nilaiSkp() {
        Gen<CapaianIki> iki = capaianIki().zip(SakipGen.desimal(1, 10_000), integers().between(0, 3),
                integers().between(1, 99), (c, bobot, m, n) -> {
                    CapaianIki x = CapaianIki.of("IKI " + n, c, bobot);
                    return m == 0 && c.compareTo(Persen.SERATUS) <= 0 ? x.withTargetMaksimal(true) : x;
                });
        return konversiCapaianIki().zip(lists().of(iki).ofSizeBetween(1, 5), KonversiCapaianIki::hitung);
    }
}
