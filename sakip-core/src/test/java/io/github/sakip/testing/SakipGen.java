package io.github.sakip.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.Triwulan;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.Batas;
import io.github.sakip.predikat.Pita;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of sakip's value types, for property tests of an agency's own rules.
 * Every value they make is valid; decimals have two places, as LKjIPs print them.
 *
 * <p>Example: every capaian rates exactly one band of the agency's scale.
 * <pre>{@code
 * qt().forAll(SakipGen.capaian())
 *     .checkAssert(c -> SakipAssertions.assertThat(SKALA_DINAS).assignsExactlyOneBandTo(c.getPersen().getNilai()));
 * }</pre>
 *
 * <p>The generators are immutable and thread-safe.
 */
public final class SakipGen {
    /** The year of the values made by the generators that do not take one: 2021. */
    public static final Tahun TAHUN = Tahun.of(2021);

    private SakipGen() {
    }

    /**
     * Decimals with two places from {@code min} to {@code max}, both included.
     *
     * @param min the smallest value, in hundredths: {@code 1} is 0,01
     * @param max the largest value, in hundredths, at least {@code min}
     * @return the generator, never null
     */
    public static Gen<BigDecimal> desimal(long min, long max) {
        return longs().between(min, max).map(v -> BigDecimal.valueOf(v, 2));
    }

    /**
     * Positive target or realisasi values, 0,01 to 10.000,00.
     *
     * @return the generator, never null
     */
    public static Gen<BigDecimal> nilaiPositif() {
        return desimal(1, 1_000_000);
    }

    /**
     * Roundings of 0 to 6 places by every mode that can round any value ({@code UNNECESSARY} is
     * left out: most exact results cannot be printed by it).
     *
     * @return the generator, never null
     */
    public static Gen<Pembulatan> pembulatan() {
        List<RoundingMode> modes = java.util.Arrays.stream(RoundingMode.values())
                .filter(m -> m != RoundingMode.UNNECESSARY).toList();
        return integers().between(0, 6).zip(Generate.pick(modes), Pembulatan::of);
    }

    /**
     * Years from 2015 to 2030.
     *
     * @return the generator, never null
     */
    public static Gen<Tahun> tahun() {
        return integers().between(2015, 2030).map(Tahun::of);
    }

    /**
     * Quarters of {@link #TAHUN}.
     *
     * @return the generator, never null
     */
    public static Gen<Triwulan> triwulan() {
        return integers().between(1, 4).map(ke -> Triwulan.of(TAHUN, ke));
    }

    /**
     * Every polarity.
     *
     * @return the generator, never null
     */
    public static Gen<Polaritas> polaritas() {
        return Generate.enumValues(Polaritas.class);
    }

    /**
     * Indicators of every polarity.
     *
     * @return the generator, never null
     */
    public static Gen<Indikator> indikator() {
        return polaritas().flatMap(SakipGen::indikator);
    }

    /**
     * Indicators of one polarity, in a random unit, sometimes an IKU.
     *
     * @param polaritas the polarity, not null
     * @return the generator, never null
     */
    public static Gen<Indikator> indikator(Polaritas polaritas) {
        Gen<Satuan> satuan = Generate.pick(List.of(Satuan.PERSEN, Satuan.INDEKS, Satuan.NILAI, Satuan.RASIO,
                Satuan.ORANG));
        return satuan.zip(booleans().all(), integers().between(1, 99),
                (s, iku, n) -> Indikator.of("Indikator " + polaritas + " " + n, s, polaritas).withIku(iku));
    }

    /**
     * Single positive yearly targets of {@link #TAHUN}.
     *
     * @return the generator, never null
     */
    public static Gen<Target> target() {
        return nilaiPositif().map(v -> Target.of(TAHUN, v));
    }

    /**
     * Yearly range targets [bawah, atas] of {@link #TAHUN}, {@code 0 < bawah < atas}.
     *
     * @return the generator, never null
     */
    public static Gen<Target> targetRentang() {
        return nilaiPositif().zip(desimal(1, 100_000), (bawah, lebar) -> Target.rentang(TAHUN, bawah, bawah.add(lebar)));
    }

    /**
     * Yearly realisasi of {@link #TAHUN}, 0 to 20.000,00.
     *
     * @return the generator, never null
     */
    public static Gen<Realisasi> realisasi() {
        return desimal(0, 2_000_000).map(v -> Realisasi.of(TAHUN, v));
    }

    /**
     * Capaian of random indicators of every polarity, single or range targets and realisasi,
     * computed by {@link RumusCapaian#standar()}.
     *
     * @return the generator, never null
     */
    public static Gen<Capaian> capaian() {
        return capaian(RumusCapaian.standar());
    }

    /**
     * Capaian computed by the given calculator, weighted toward the edges where rating rules go
     * wrong, one time in three or more each:
     * <ul>
     *   <li>spread: random indicators of every polarity, single or range targets, realisasi from
     *       0,01 to 2,5 times the target (its lower bound for a range), below and above 100;</li>
     *   <li>next to 100: a realisasi one or two hundredths from a large target (target 7000,01,
     *       realisasi 7000,00 prints 100,00 yet is not tercapai) or equal to it;</li>
     *   <li>onto a bound: exact capaian at, or a thousandth or half a hundredth around, the
     *       bounds that scales use (0, 50, 60, 65, 75, 80, 85, 90, 100, 110, 120, 150), so that the
     *       printed figure rounds onto the bound or ties at half a cent;</li>
     *   <li>range bounds: a realisasi at either bound of a range target or a hundredth outside;</li>
     *   <li>zero: a realisasi of 0 (and, for lower-is-better and stabilize, a target of 0).</li>
     * </ul>
     *
     * @param rumus the calculator, not null
     * @return the generator, never null
     */
    public static Gen<Capaian> capaian(RumusCapaian rumus) {
        Gen<Target> target = target().mix(targetRentang(), 30);
        Gen<BigDecimal> kali = desimal(1, 250);
        Gen<Capaian> sebaran = indikator().zip(target, kali, (i, t, k) -> rumus.hitung(i, t,
                Realisasi.of(TAHUN, t.getBawah().multiply(k))));
        return Generate.frequency(Pair.of(3, sebaran), Pair.of(2, dekatSeratus(rumus)), Pair.of(2, tepatBatas(rumus)),
                Pair.of(1, batasRentang(rumus)), Pair.of(1, nol(rumus)));
    }

    /** The bounds of the scales agencies use, in percent: where a printed capaian changes band. */
    private static final List<BigDecimal> BATAS_SKALA = List.of("0", "50", "60", "65", "75", "80", "85", "90", "100",
            "110", "120", "150").stream().map(BigDecimal::new).toList();
    /** Offsets around a bound: exact, a thousandth, just under and at half a hundredth (a tie). */
    private static final List<BigDecimal> GESER = List.of("-0.006", "-0.005", "-0.004", "-0.001", "0", "0.001",
            "0.004", "0.005", "0.006").stream().map(BigDecimal::new).toList();
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final BigDecimal DUA = BigDecimal.valueOf(2);

    private static Gen<Capaian> dekatSeratus(RumusCapaian rumus) {
        Gen<BigDecimal> besar = desimal(100_000, 10_000_000).mix(desimal(1, 100_000), 30);
        Gen<BigDecimal> selisih = Generate.pick(List.of(new BigDecimal("-0.02"), new BigDecimal("-0.01"), BigDecimal.ZERO,
                new BigDecimal("0.01"), new BigDecimal("0.02")));
        return indikator().zip(besar, selisih, (i, t, d) -> {
            BigDecimal r = t.add(d);
            return rumus.hitung(i, Target.of(TAHUN, t), Realisasi.of(TAHUN, r.signum() > 0 ? r : t));
        });
    }

    private static Gen<Capaian> tepatBatas(RumusCapaian rumus) {
        Gen<BigDecimal> target = Generate.pick(List.of(1L, 2L, 4L, 5L, 8L, 10L, 20L, 25L, 40L, 50L))
                .map((Long m) -> BigDecimal.valueOf(100L * m));
        return polaritas().zip(Generate.pick(BATAS_SKALA), Generate.pick(GESER), target, (p, b, g, t) -> {
            BigDecimal c = b.add(g).max(BigDecimal.ZERO);
            Polaritas polaritas = p;
            if (polaritas == Polaritas.STABIL && c.compareTo(SERATUS) > 0
                    || polaritas == Polaritas.NEGATIF && rumus.getVarianNegatif() == VarianNegatif.RASIO) {
                polaritas = Polaritas.POSITIF;
            }
            // R such that the exact capaian is c: R = c T / 100, or T (2 - c / 100) for the others
            BigDecimal r = polaritas == Polaritas.POSITIF ? c.multiply(t).divide(SERATUS)
                    : t.multiply(DUA.subtract(c.divide(SERATUS)));
            return rumus.hitung(Indikator.of("Indikator " + polaritas + " batas", Satuan.PERSEN, polaritas),
                    Target.of(TAHUN, t), Realisasi.of(TAHUN, r));
        });
    }

    private static Gen<Capaian> batasRentang(RumusCapaian rumus) {
        Gen<Integer> letak = integers().between(0, 3);
        return indikator().zip(targetRentang(), letak, (i, t, n) -> {
            BigDecimal r = n == 0 ? t.getBawah() : n == 1 ? t.getAtas()
                    : n == 2 ? t.getBawah().subtract(new BigDecimal("0.01")) : t.getAtas().add(new BigDecimal("0.01"));
            return rumus.hitung(i, t, Realisasi.of(TAHUN, r.signum() > 0 ? r : t.getBawah()));
        });
    }

    private static Gen<Capaian> nol(RumusCapaian rumus) {
        return polaritas().zip(nilaiPositif(), (p, t) -> rumus.hitung(Indikator.of("Indikator " + p + " nol",
                Satuan.PERSEN, p), Target.of(TAHUN, p == Polaritas.POSITIF ? t : BigDecimal.ZERO),
                Realisasi.of(TAHUN, BigDecimal.ZERO)));
    }

    /**
     * Valid Perjanjian Kinerja of {@link #TAHUN}: one to three sasaran ("Sasaran 0" ...) with one
     * to eight indicators in all ("Indikator 0.0" ...) of every polarity, single or range targets
     * (as {@link #capaian(RumusCapaian)}), and one program per sasaran with a pagu up to
     * Rp 10.000.000.000 and, two times in three, its realisasi anggaran (0 to 120 % of the pagu).
     *
     * @return the generator, never null
     */
    public static Gen<PerjanjianKinerja> perjanjianKinerja() {
        Gen<Target> target = target().mix(targetRentang(), 30);
        Gen<long[]> anggaran = longs().between(0, 10_000_000_000L).zip(integers().between(0, 120),
                integers().between(0, 2), (pagu, persen, dilaporkan) -> new long[] {pagu,
                    dilaporkan == 0 ? -1 : pagu * persen / 100});
        Gen<BarisPk> baris = polaritas().zip(target, integers().between(0, 2), anggaran, BarisPk::new);
        return lists().of(baris).ofSizeBetween(1, 8).map(SakipGen::perjanjianKinerja);
    }

    /**
     * The realisasi of an agreement's indicators, one time in four missing (tidak terukur), else
     * 0,01 to 2,5 times the target (its lower bound for a range), as {@link #capaian(RumusCapaian)}.
     *
     * @param perjanjianKinerja the agreement, not null
     * @return the generator of maps from the agreement's indicators to their realisasi, never null
     */
    public static Gen<Map<Indikator, Realisasi>> realisasi(PerjanjianKinerja perjanjianKinerja) {
        List<Indikator> indikator = perjanjianKinerja.getIndikator();
        return lists().of(desimal(1, 250).toOptionals(25)).ofSize(indikator.size()).map(kali -> {
            Map<Indikator, Realisasi> realisasi = new LinkedHashMap<>();
            for (int n = 0; n < indikator.size(); n++) {
                Indikator i = indikator.get(n);
                BigDecimal bawah = perjanjianKinerja.getTarget(i).orElseThrow().getBawah();
                kali.get(n).ifPresent(k -> realisasi.put(i, Realisasi.of(TAHUN, bawah.multiply(k))));
            }
            return realisasi;
        });
    }

    /** One indicator of a generated agreement: its polarity, target, sasaran and that sasaran's budget. */
    private record BarisPk(Polaritas polaritas, Target target, int sasaran, long[] anggaran) {
    }

    private static PerjanjianKinerja perjanjianKinerja(List<BarisPk> baris) {
        Map<Integer, List<BarisPk>> perSasaran = new TreeMap<>();
        baris.forEach(b -> perSasaran.computeIfAbsent(b.sasaran(), k -> new ArrayList<>()).add(b));
        List<KomitmenSasaran> komitmen = new ArrayList<>();
        for (Map.Entry<Integer, List<BarisPk>> e : perSasaran.entrySet()) {
            Map<Indikator, Target> target = new LinkedHashMap<>();
            List<Indikator> indikator = new ArrayList<>();
            for (BarisPk b : e.getValue()) {
                Indikator i = Indikator.of("Indikator " + e.getKey() + "." + indikator.size(), Satuan.PERSEN,
                        b.polaritas());
                indikator.add(i);
                target.put(i, b.target());
            }
            long[] anggaran = e.getValue().get(0).anggaran();
            Program program = Program.of("Program " + e.getKey(), Pagu.of(TAHUN, Rupiah.of(anggaran[0])));
            if (anggaran[1] >= 0) {
                program = program.withRealisasi(RealisasiAnggaran.of(TAHUN, Rupiah.of(anggaran[1])));
            }
            komitmen.add(KomitmenSasaran.of(Sasaran.of("Sasaran " + e.getKey(), indikator), target,
                    List.of(program)));
        }
        return PerjanjianKinerja.of(TAHUN, komitmen);
    }

    /**
     * Valid rating scales: one to six bands with random bounds from -50 to 250 (one decimal) and
     * random inclusivity at each bound, labelled "Peringkat 1" (lowest) upwards.
     *
     * @return the generator, never null
     */
    public static Gen<Skala> skala() {
        Gen<List<Long>> bounds = lists().of(longs().between(-500, 2500)).ofSizeBetween(0, 5);
        Gen<List<Boolean>> inclusive = lists().of(booleans().all()).ofSize(5);
        return bounds.zip(inclusive, SakipGen::skala);
    }

    private static Skala skala(List<Long> tenths, List<Boolean> upperIncluded) {
        List<BigDecimal> bounds = new ArrayList<>();
        for (long v : new TreeSet<>(tenths)) {
            bounds.add(BigDecimal.valueOf(v, 1));
        }
        int n = bounds.size() + 1;
        List<Pita> pita = new ArrayList<>();
        if (n == 1) {
            return Skala.builder("Skala acak", "Peringkat 1").build();
        }
        for (int i = 0; i < n; i++) {
            String label = "Peringkat " + (i + 1);
            if (i == 0) {
                pita.add(Pita.hingga(atas(bounds.get(0), upperIncluded.get(0)), label));
            } else if (i == n - 1) {
                pita.add(Pita.mulai(bawah(bounds.get(i - 1), upperIncluded.get(i - 1)), label));
            } else {
                pita.add(Pita.of(bawah(bounds.get(i - 1), upperIncluded.get(i - 1)),
                        atas(bounds.get(i), upperIncluded.get(i)), label));
            }
        }
        return Skala.of("Skala acak", pita);
    }

    private static Batas atas(BigDecimal nilai, boolean included) {
        return included ? Batas.inklusif(nilai) : Batas.eksklusif(nilai);
    }

    private static Batas bawah(BigDecimal nilai, boolean includedBelow) {
        return includedBelow ? Batas.eksklusif(nilai) : Batas.inklusif(nilai);
    }

    /**
     * Values that probe a scale: its bounds exactly, 0,01 either side of a bound, and values
     * anywhere from 100 below the lowest bound to 100 above the highest.
     *
     * @param skala the scale, not null
     * @return the generator, never null
     */
    public static Gen<BigDecimal> nilaiSekitar(Skala skala) {
        List<BigDecimal> bounds = new ArrayList<>();
        for (Pita p : skala.getPita()) {
            p.getAtas().ifPresent(a -> bounds.add(a.getNilai()));
        }
        if (bounds.isEmpty()) {
            return desimal(-10_000, 30_000);
        }
        BigDecimal lowest = bounds.get(0).subtract(BigDecimal.valueOf(100));
        BigDecimal highest = bounds.get(bounds.size() - 1).add(BigDecimal.valueOf(100));
        long min = lowest.movePointRight(2).longValue();
        long max = highest.movePointRight(2).longValue();
        Gen<BigDecimal> nearBound = Generate.pick(bounds).zip(integers().between(-1, 1),
                (b, step) -> b.add(BigDecimal.valueOf(step, 2)));
        return nearBound.mix(desimal(min, max), 50);
    }
}
