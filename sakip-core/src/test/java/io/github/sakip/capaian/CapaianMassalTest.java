package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.SakipException;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.Batas;
import io.github.sakip.predikat.Pita;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.testing.Klojen2021;
import io.github.sakip.testing.SakipGen;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link CapaianMassal} against the object API, {@link RumusCapaian#hitung} with
 * {@link Capaian#getPersen()}, {@link Skala#predikat(Persen)} and {@link Capaian#isTercapai()}: the
 * same figures for every row, policy, rounding mode and input scale, the same exception with the
 * row index, and no allocation per row on the long path.
 */
class CapaianMassalTest {
    private static final long BATAS_MASUKAN = 1L << 61;
    private static final CapaianMassal STANDAR = CapaianMassal.of(RumusCapaian.standar(), SkalaBaku.LKJIP);

    /** One row of input. */
    private record Baris(long target, long realisasi, Polaritas polaritas) {
    }

    /** The object API's figures for a row, or the message the bulk path must throw for it. */
    private record Harapan(long capaian, int peringkat, boolean tercapai, String pesan) {
    }

    private static Harapan harapan(RumusCapaian rumus, Skala skala, int scale, Baris b, int i) {
        Capaian c;
        Persen persen;
        try {
            c = rumus.hitung(Indikator.of("X", Satuan.INDEKS, b.polaritas()),
                    Target.of(SakipGen.TAHUN, BigDecimal.valueOf(b.target(), scale)),
                    Realisasi.of(SakipGen.TAHUN, BigDecimal.valueOf(b.realisasi(), scale)));
            persen = c.getPersen();
        } catch (SakipException e) {
            return new Harapan(0, 0, false, "row " + i + ": " + e.getMessage());
        }
        BigDecimal nilai = persen.getNilai();
        assertThat(nilai.scale()).isEqualTo(rumus.getPembulatan().getScale());
        if (nilai.unscaledValue().bitLength() > 63) {
            return new Harapan(0, 0, false, "row " + i + ": capaian " + persen
                    + " does not fit in a long at scale " + nilai.scale() + "; compute this row with RumusCapaian.hitung");
        }
        return new Harapan(nilai.unscaledValue().longValueExact(), c.getPredikat(skala).getPeringkat(),
                c.isTercapai(), null);
    }

    /** Runs the bulk path and checks every row against the object API, or the first bad row's exception. */
    private static void samaDenganObjek(RumusCapaian rumus, Skala skala, int scale, List<Baris> rows) {
        int n = rows.size();
        long[] target = new long[n];
        long[] realisasi = new long[n];
        Polaritas[] polaritas = new Polaritas[n];
        for (int i = 0; i < n; i++) {
            target[i] = rows.get(i).target();
            realisasi[i] = rows.get(i).realisasi();
            polaritas[i] = rows.get(i).polaritas();
        }
        long[] capaian = new long[n];
        int[] peringkat = new int[n];
        boolean[] tercapai = new boolean[n];
        CapaianMassal massal = CapaianMassal.of(rumus, skala);
        String gagal = null;
        int sampai = n;
        for (int i = 0; i < n && gagal == null; i++) {
            gagal = harapan(rumus, skala, scale, rows.get(i), i).pesan();
            sampai = gagal == null ? n : i;
        }
        if (gagal == null) {
            massal.hitung(scale, target, realisasi, polaritas, capaian, peringkat, tercapai);
        } else {
            assertThatThrownBy(() -> massal.hitung(scale, target, realisasi, polaritas, capaian, peringkat, tercapai))
                    .isExactlyInstanceOf(SakipException.class).hasMessage(gagal);
        }
        for (int i = 0; i < sampai; i++) {
            Harapan h = harapan(rumus, skala, scale, rows.get(i), i);
            assertThat(capaian[i]).as("capaian of %s at scale %s, %s", rows.get(i), scale, rumus)
                    .isEqualTo(h.capaian());
            assertThat(peringkat[i]).as("peringkat of %s on %s", rows.get(i), skala).isEqualTo(h.peringkat());
            assertThat(tercapai[i]).as("tercapai of %s", rows.get(i)).isEqualTo(h.tercapai());
        }
    }

    private static Gen<RumusCapaian> rumus() {
        Gen<RoundingMode> modes = arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
                RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
        Gen<Integer> scales = Generate.oneOf(integers().between(0, 4), arbitrary().pick(15, 16, 17, 30));
        return scales.zip(modes, arbitrary().enumValues(VarianNegatif.class),
                arbitrary().enumValues(BatasBawahCapaian.class), (s, m, v, b) -> RumusCapaian.standar()
                        .withPembulatan(s, m).withVarianNegatif(v).withBatasBawah(b));
    }

    /** The presets, random scales, fine bounds that fall between steps of the rounding, and huge bounds. */
    private static Gen<Skala> skala() {
        Skala halus = Skala.builder("Halus", "A").dari(new BigDecimal("33.33333"), "B")
                .lebihDari(new BigDecimal("66.66667"), "C").dari(new BigDecimal("100.005"), "D")
                .lebihDari(new BigDecimal("100.005001"), "E").build();
        Skala besar = Skala.builder("Besar", "A").dari(new BigDecimal("-1E+40"), "B").dari(BigDecimal.ZERO, "C")
                .lebihDari(new BigDecimal("1E+40"), "D").build();
        return Generate.oneOf(arbitrary().pick(SkalaBaku.LKJIP, SkalaBaku.PERMENDAGRI_86, halus, besar),
                SakipGen.skala());
    }

    /** Values: LKjIP-sized, zero and its neighbours, near the long path's limit, near long overflow, any. */
    private static Gen<Long> nilai() {
        return Generate.oneOf(longs().between(-1_000, 150_000), longs().between(-2, 2),
                longs().between(BATAS_MASUKAN - 3, BATAS_MASUKAN + 3), longs().between(-BATAS_MASUKAN - 3,
                        -BATAS_MASUKAN + 3), longs().between(Long.MAX_VALUE - 3, Long.MAX_VALUE),
                longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 3), longs().all());
    }

    /** Ordinary rows: a target above 0 and a realisasi above 0 around it, where most rows of real data are. */
    private static Gen<Baris> biasa() {
        Gen<long[]> sekitar = longs().between(1, 100_000).zip(longs().between(0, 200), longs().between(0, 3),
                (t, persen, d) -> new long[] {t, Math.max(1, t * persen / 100 + d)});
        return sekitar.zip(arbitrary().enumValues(Polaritas.class), (v, p) -> new Baris(v[0], v[1], p));
    }

    private static Gen<Baris> baris() {
        Gen<Baris> acak = nilai().zip(nilai(), arbitrary().enumValues(Polaritas.class), Baris::new);
        return Generate.oneOf(biasa(), biasa(), acak);
    }

    @Test
    void everyRowEqualsTheObjectApiForEveryPolicyModeAndScale() {
        qt().withExamples(300).forAll(rumus(), skala(), arbitrary().pick(0, 1, 2, 4, 18, 19, 25),
                lists().of(baris()).ofSizeBetween(1, 12))
                .checkAssert(CapaianMassalTest::samaDenganObjek);
    }

    @Test
    void validRowsOnlyEqualTheObjectApi() {
        // rows the object API accepts, so that every row of a batch is compared, not only those before a bad one
        Gen<Baris> valid = biasa();
        qt().withExamples(200).forAll(rumus(), skala(), arbitrary().pick(0, 2, 3),
                lists().of(valid).ofSizeBetween(1, 20))
                .checkAssert(CapaianMassalTest::samaDenganObjek);
    }

    @Test
    void klojenTabel31ComesOutAsPrinted() {
        // Tabel 3.1 prints Nilai SAKIP 109,74 (Tercapai/ Berhasil), IPMas 93,29 (Tercapai/ Berhasil, not
        // tercapai), Indeks Kepuasan Layanan Prasarana 140,57 (Sangat tercapai): 140,57 is truncated (DOWN), while
        // 109,74 is rounded HALF_UP (DOWN gives 109,73), so the report mixes the two
        PerjanjianKinerja pk = Klojen2021.perjanjianKinerja();
        Renstra renstra = Klojen2021.renstra();
        List<Indikator> indikator = pk.getIndikator();
        int n = indikator.size();
        long[] target = new long[n];
        long[] realisasi = new long[n];
        Polaritas[] polaritas = new Polaritas[n];
        for (int i = 0; i < n; i++) {
            target[i] = pk.getTarget(indikator.get(i)).orElseThrow().getNilai().movePointRight(2).longValueExact();
            realisasi[i] = renstra.getRealisasi(indikator.get(i), Klojen2021.TAHUN).orElseThrow().getNilai()
                    .movePointRight(2).longValueExact();
            polaritas[i] = indikator.get(i).getPolaritas();
        }
        long[] capaian = new long[n];
        int[] peringkat = new int[n];
        boolean[] tercapai = new boolean[n];
        CapaianMassal.of(RumusCapaian.standar().withPembulatan(2, RoundingMode.DOWN), SkalaBaku.LKJIP)
                .hitung(2, target, realisasi, polaritas, capaian, peringkat, tercapai);
        assertThat(target).containsExactly(8001, 8680, 313);
        assertThat(capaian).containsExactly(10973, 9329, 14057);
        assertThat(peringkat).containsExactly(3, 3, 4);
        assertThat(tercapai).containsExactly(true, false, true);
        STANDAR.hitung(2, target, realisasi, polaritas, capaian, peringkat);
        assertThat(capaian).containsExactly(10974, 9329, 14058);
        assertThat(peringkat).containsExactly(3, 3, 4);
    }

    @Test
    void theJavadocExampleGives10974Rank3Tercapai() {
        long[] capaian = new long[1];
        int[] peringkat = new int[1];
        boolean[] tercapai = new boolean[1];
        STANDAR.hitung(2, new long[] {8001}, new long[] {8780}, new Polaritas[] {Polaritas.POSITIF}, capaian,
                peringkat, tercapai);
        assertThat(capaian[0]).isEqualTo(10974);
        assertThat(peringkat[0]).isEqualTo(3);
        assertThat(tercapai[0]).isTrue();
    }

    @Test
    void aBadRowThrowsTheObjectApisMessageWithItsIndexAfterWritingTheRowsBefore() {
        long[] capaian = new long[3];
        int[] peringkat = new int[3];
        Polaritas[] p = {Polaritas.POSITIF, Polaritas.POSITIF, Polaritas.NEGATIF};
        assertThatThrownBy(() -> STANDAR.hitung(2, new long[] {8001, 8680, 0}, new long[] {8780, 8098, 500}, p,
                capaian, peringkat)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("row 2: Target.nilai must be > 0 for Polaritas.NEGATIF, was 0.00 (realisasi 5.00)")
                .hasCauseExactlyInstanceOf(SakipException.class);
        assertThat(capaian).containsExactly(10974, 9329, 0);
        CapaianMassal rasio = CapaianMassal.of(RumusCapaian.standar().withVarianNegatif(VarianNegatif.RASIO),
                SkalaBaku.LKJIP);
        assertThatThrownBy(() -> rasio.hitung(2, new long[] {700}, new long[] {0}, new Polaritas[] {Polaritas.NEGATIF},
                new long[1], new int[1])).isExactlyInstanceOf(SakipException.class)
                .hasMessage("row 0: Realisasi.nilai must be > 0 for VarianNegatif.RASIO (T / R), was 0.00");
    }

    @Test
    void zeroAgainstZeroIs100ForNegatifAndStabilAndRefusedForPositif() {
        long[] capaian = new long[2];
        int[] peringkat = new int[2];
        boolean[] tercapai = new boolean[2];
        STANDAR.hitung(0, new long[] {0, 0}, new long[] {0, 0}, new Polaritas[] {Polaritas.NEGATIF,
                Polaritas.STABIL}, capaian, peringkat, tercapai);
        assertThat(capaian).containsExactly(10000, 10000);
        assertThat(peringkat).containsExactly(3, 3);
        assertThat(tercapai).containsExactly(true, true);
        assertThatThrownBy(() -> STANDAR.hitung(0, new long[] {0}, new long[] {0},
                new Polaritas[] {Polaritas.POSITIF}, new long[1], new int[1]))
                .hasMessage("row 0: Target.nilai must be > 0 for Polaritas.POSITIF, was 0 (realisasi 0)");
    }

    @Test
    void aCapaianBeyondALongIsRefusedWithTheRow() {
        assertThatThrownBy(() -> STANDAR.hitung(2, new long[] {8001, 1}, new long[] {8780, BATAS_MASUKAN},
                new Polaritas[] {Polaritas.POSITIF, Polaritas.POSITIF}, new long[2], new int[2]))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("row 1: capaian 230584300921369395200.00% does not fit in a long at scale 2;"
                        + " compute this row with RumusCapaian.hitung");
    }

    @Test
    void unnecessaryRoundingTakesExactRowsAndRefusesOthersAsTheObjectApi() {
        RumusCapaian exact = RumusCapaian.standar().withPembulatan(2, RoundingMode.UNNECESSARY);
        CapaianMassal massal = CapaianMassal.of(exact, SkalaBaku.LKJIP);
        assertThat(massal.cepat(2)).isFalse();
        long[] capaian = new long[1];
        int[] peringkat = new int[1];
        massal.hitung(2, new long[] {8000}, new long[] {8800}, new Polaritas[] {Polaritas.POSITIF}, capaian,
                peringkat);
        assertThat(capaian[0]).isEqualTo(11000);
        assertThat(peringkat[0]).isEqualTo(4);
        samaDenganObjek(exact, SkalaBaku.LKJIP, 2, List.of(new Baris(8000, 8800, Polaritas.POSITIF),
                new Baris(8001, 8780, Polaritas.POSITIF)));
    }

    @Test
    void argumentsAreCheckedAndNamed() {
        long[] one = new long[1];
        int[] rank = new int[1];
        Polaritas[] p = {Polaritas.POSITIF};
        assertThatThrownBy(() -> CapaianMassal.of(null, SkalaBaku.LKJIP))
                .isExactlyInstanceOf(SakipException.class).hasMessage("CapaianMassal.rumus must not be null");
        assertThatThrownBy(() -> CapaianMassal.of(RumusCapaian.standar(), null))
                .isExactlyInstanceOf(SakipException.class).hasMessage("CapaianMassal.skala must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(-1, one, one, p, one, rank))
                .isExactlyInstanceOf(SakipException.class).hasMessage("CapaianMassal.hitung scale must be >= 0, was -1");
        assertThatThrownBy(() -> STANDAR.hitung(2, null, one, p, one, rank))
                .hasMessage("CapaianMassal.hitung target must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, null, p, one, rank))
                .hasMessage("CapaianMassal.hitung realisasi must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, null, one, rank))
                .hasMessage("CapaianMassal.hitung polaritas must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, p, null, rank))
                .hasMessage("CapaianMassal.hitung capaian must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, p, one, null))
                .hasMessage("CapaianMassal.hitung peringkat must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, p, one, rank, null))
                .isExactlyInstanceOf(SakipException.class).hasMessage("CapaianMassal.hitung tercapai must not be null");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, new Polaritas[] {null}, one, rank))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("CapaianMassal.hitung polaritas[0] must not be null");
    }

    @Test
    void arraysOfAnotherLengthThanTargetAreNamed() {
        long[] one = new long[1];
        long[] two = new long[2];
        int[] rank = new int[1];
        Polaritas[] p = {Polaritas.POSITIF};
        assertThatThrownBy(() -> STANDAR.hitung(2, one, two, p, one, rank)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("CapaianMassal.hitung realisasi must have the length of target, 1, was 2");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, new Polaritas[2], one, rank))
                .hasMessage("CapaianMassal.hitung polaritas must have the length of target, 1, was 2");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, p, two, rank))
                .hasMessage("CapaianMassal.hitung capaian must have the length of target, 1, was 2");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, p, one, new int[0]))
                .hasMessage("CapaianMassal.hitung peringkat must have the length of target, 1, was 0");
        assertThatThrownBy(() -> STANDAR.hitung(2, one, one, p, one, rank, new boolean[3]))
                .hasMessage("CapaianMassal.hitung tercapai must have the length of target, 1, was 3");
        STANDAR.hitung(2, new long[0], new long[0], new Polaritas[0], new long[0], new int[0], new boolean[0]);
    }

    @Test
    void theLongPathTakesInputsBelow2Pow61AndQuotientsThatFitALong() {
        CapaianMassal nol = CapaianMassal.of(RumusCapaian.standar().withPembulatan(0, RoundingMode.DOWN),
                SkalaBaku.LKJIP);
        long[] c = new long[1];
        int[] r = new int[1];
        long m = BATAS_MASUKAN - 1;
        assertThat(nol.baris(0, Polaritas.POSITIF, m, 5, c, r, null)).isTrue();
        assertThat(c[0]).isZero();
        assertThat(nol.baris(0, Polaritas.POSITIF, m + 1, 5, c, r, null)).isFalse();
        // (2 x 2^60 - (2^61 - 1)) / 2^60 x 100 = 100 / 2^60, 0 at scale 0 DOWN
        assertThat(nol.baris(0, Polaritas.NEGATIF, BATAS_MASUKAN / 2, m, c, r, null)).isTrue();
        assertThat(c[0]).isZero();
        assertThat(nol.baris(0, Polaritas.NEGATIF, BATAS_MASUKAN / 2, m + 1, c, r, null)).isFalse();
        assertThat(nol.baris(0, Polaritas.NEGATIF, BATAS_MASUKAN / 2, -m - 1, c, r, null)).isFalse();
        // a quotient near Long.MAX_VALUE stays on the long path; a dividend x 100 beyond a long leaves it
        long besar = Long.MAX_VALUE / 100 / 2;
        assertThat(nol.baris(0, Polaritas.POSITIF, 1, besar, c, r, null)).isTrue();
        assertThat(c[0]).isEqualTo(besar * 100);
        assertThat(r[0]).isEqualTo(4);
        assertThat(nol.baris(0, Polaritas.POSITIF, 1, Long.MAX_VALUE / 100 + 1, c, r, null)).isFalse();
        assertThat(nol.baris(0, Polaritas.POSITIF, 1, -besar, c, r, null)).isTrue();
        assertThat(c[0]).isEqualTo(-besar * 100);
        assertThat(r[0]).isEqualTo(1);
        assertThat(nol.baris(0, Polaritas.POSITIF, 0, 1, c, r, null)).isFalse();
        assertThat(nol.baris(0, Polaritas.POSITIF, -1, 1, c, r, null)).isFalse();
    }

    @Test
    void ordinaryRowsTakeTheLongPathUpToInputScale18() {
        CapaianMassal baru = CapaianMassal.of(RumusCapaian.standar(), SkalaBaku.LKJIP);
        assertThat(baru.cepat(0)).isTrue();
        assertThat(baru.cepat(18)).isTrue();
        assertThat(baru.cepat(19)).isFalse();
        CapaianMassal rasio = CapaianMassal.of(RumusCapaian.standar().withVarianNegatif(VarianNegatif.RASIO),
                SkalaBaku.LKJIP);
        long[] c = new long[1];
        int[] r = new int[1];
        assertThat(rasio.baris(0, Polaritas.NEGATIF, 700, 1, c, r, null)).isTrue();
        assertThat(c[0]).isEqualTo(7_000_000);
        assertThat(rasio.baris(0, Polaritas.NEGATIF, 700, 0, c, r, null)).isFalse();
        assertThat(rasio.baris(0, Polaritas.NEGATIF, 0, 0, c, r, null)).isTrue();
        assertThat(c[0]).isEqualTo(10_000);
        // a target of 0 with a realisasi: undefined, T / R would give 0
        assertThat(rasio.baris(0, Polaritas.NEGATIF, 0, 5, c, r, null)).isFalse();
        // 0 against 0 is 100, which at 17 decimals (10^19) is beyond a long
        CapaianMassal tujuhBelas = CapaianMassal.of(RumusCapaian.standar().withPembulatan(17, RoundingMode.HALF_UP),
                SkalaBaku.LKJIP);
        assertThat(tujuhBelas.baris(0, Polaritas.STABIL, 0, 0, c, r, null)).isFalse();
        assertThat(STANDAR.baris(0, Polaritas.NEGATIF, 1, 0, c, r, null)).isTrue();
        assertThat(c[0]).isEqualTo(20_000);
    }

    @Test
    void theLongPathAllocatesNothingPerRow() {
        int n = 20_000;
        long[] target = new long[n];
        long[] realisasi = new long[n];
        Polaritas[] polaritas = new Polaritas[n];
        for (int i = 0; i < n; i++) {
            target[i] = 100 + i * 37L % 100_000;
            realisasi[i] = target[i] * (50 + i % 101) / 100 + i % 7;
            polaritas[i] = Polaritas.values()[i % 3];
        }
        long[] capaian = new long[n];
        int[] peringkat = new int[n];
        boolean[] tercapai = new boolean[n];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CapaianMassal massal = CapaianMassal.of(RumusCapaian.standar(), SkalaBaku.LKJIP);
        massal.hitung(2, target, realisasi, polaritas, capaian, peringkat, tercapai);
        long before = threads.getCurrentThreadAllocatedBytes();
        massal.hitung(2, target, realisasi, polaritas, capaian, peringkat, tercapai);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // a row through the object API allocates some 200 bytes; the checks of one call a few dozen
        assertThat(allocated).as("bytes for %s rows", n).isLessThan(n / 10);
    }

    @Test
    void describesItsPolicies() {
        assertThat(STANDAR.getRumus()).isSameAs(RumusCapaian.standar());
        assertThat(STANDAR.getSkala()).isSameAs(SkalaBaku.LKJIP);
        assertThat(STANDAR).hasToString("CapaianMassal[RumusCapaian[Pembulatan[2, HALF_UP], PERMENPANRB, batasBawah"
                + " TANPA], Standar Penilaian Kinerja LKjIP (Tabel 2.5 LKjIP Klojen 2021)]");
    }

    @Test
    void aSinglePointBandRatesOnlyItsPoint() {
        Skala titik = Skala.of("Titik", List.of(Pita.hingga(Batas.eksklusif(BigDecimal.valueOf(100)), "Kurang"),
                Pita.of(Batas.inklusif(BigDecimal.valueOf(100)), Batas.inklusif(BigDecimal.valueOf(100)), "Tepat"),
                Pita.mulai(Batas.eksklusif(BigDecimal.valueOf(100)), "Lebih")));
        long[] capaian = new long[3];
        int[] peringkat = new int[3];
        CapaianMassal.of(RumusCapaian.standar(), titik).hitung(2, new long[] {10_000, 10_000, 10_000},
                new long[] {9_999, 10_000, 10_001}, new Polaritas[] {Polaritas.POSITIF, Polaritas.POSITIF,
                        Polaritas.POSITIF}, capaian, peringkat);
        assertThat(capaian).containsExactly(9999, 10000, 10001);
        assertThat(peringkat).containsExactly(1, 2, 3);
    }
}
