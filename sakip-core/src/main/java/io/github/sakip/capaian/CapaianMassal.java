package io.github.sakip.capaian;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.BagiUnscaled;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.model.VarianNegatif;
import io.github.sakip.predikat.Batas;
import io.github.sakip.predikat.Pita;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Capaian, predikat and tercapai of many rows at once (capaian massal, bulk scoring), over
 * parallel arrays and without building an object per row: for national datasets and CSV tools
 * that score millions of indicator-years. Each row gives exactly what the object API gives for
 * it: the capaian is {@code rumus.hitung(indikator, target, realisasi).getPersen()}, the predikat
 * is the {@link Skala}'s rating of that printed capaian, tercapai is {@link Capaian#isTercapai()}.
 *
 * <p>Units: targets, realisasi and capaian are unscaled {@code long} values. Target and
 * realisasi are at the scale given to {@link #hitung} ({@code 8001} at scale 2 is 80,01); the
 * capaian is at the scale of the {@link RumusCapaian#getPembulatan() rumus's rounding}
 * ({@code 10974} at scale 2 is 109,74 %). The predikat is its {@link Predikat#getPeringkat()
 * rank}, 1 for the lowest band of the scale.
 *
 * <p>Formulas, policies and errors are those of {@link RumusCapaian}, with R the realisasi and T
 * the target: {@link Polaritas#POSITIF} {@code R / T x 100} (PermenPANRB 8/2021 Bab VI);
 * {@link Polaritas#NEGATIF} {@code (2T - R) / T x 100} (PermenPANRB 8/2021 Bab VI), or
 * {@code T / R x 100} under {@link VarianNegatif#RASIO} (practice); {@link Polaritas#STABIL}
 * {@code (1 - |R - T| / T) x 100} (the library's choice); a realisasi of 0 against a target of 0
 * is 100 for {@code NEGATIF} and {@code STABIL}; {@link BatasBawahCapaian#NOL} floors a negative
 * capaian at 0; rounded once by the {@link Pembulatan}. No cap is applied, as in
 * {@link Capaian#getPersen()}: apply a {@link BatasAtasCapaian} where the capaian are used.
 *
 * <p>Each row is computed in exact {@code long} arithmetic (the formula's numerator, one
 * division of unscaled values rounded once, and the rank found by comparing with the
 * scale's bounds converted once to unscaled thresholds). A row that this path cannot take exactly
 * is computed by the object API instead, which then builds objects for that row only, and gives
 * the same figures: a target or realisasi of 2^61 or more in magnitude, an input scale above 18,
 * a numerator times 10^(2 + the rounding's scale) beyond a {@code long}, a {@code RoundingMode.UNNECESSARY} rounding, and every
 * row the object API rejects. A row the object API rejects throws its {@link SakipException}
 * with the row index put first: {@code row 1234: Target.nilai must be > 0 for Polaritas.NEGATIF,
 * was 0.00 (realisasi 5.00)}.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1, Nilai SAKIP OPD (target 80,01, realisasi 87,80):
 * <pre>{@code
 * CapaianMassal massal = CapaianMassal.of(RumusCapaian.standar(), SkalaBaku.LKJIP);
 * long[] capaian = new long[1];
 * int[] peringkat = new int[1];
 * boolean[] tercapai = new boolean[1];
 * massal.hitung(2, new long[] {8001}, new long[] {8780}, new Polaritas[] {Polaritas.POSITIF},
 *         capaian, peringkat, tercapai);
 * // capaian[0] == 10974 (109,74 %), peringkat[0] == 3 ("Tercapai/ Berhasil"), tercapai[0] == true
 * }</pre>
 *
 * <p>Not covered, use the object API ({@link RumusCapaian#hitung}): range targets
 * ({@link Target#rentang}), a missing realisasi (tidak terukur), quarterly realisasi combined
 * into the year's ({@link RealisasiTahunan}), and the working of a capaian
 * ({@link Capaian#getKeterangan()}). A capaian whose unscaled value does not fit in a
 * {@code long} (above about 9,2 x 10^16 % at two decimals) cannot be returned and is refused.
 *
 * <p>This class is immutable and thread-safe: one instance may score arrays on several threads at
 * once, each with its own output arrays.
 */
public final class CapaianMassal {
    /** Inputs below 2^61 in magnitude: 2T - R and T - |R - T| then fit in a long. */
    private static final long BATAS_MASUKAN = 1L << 61;
    /** The largest input scale of the long path: any larger one goes through the object API. */
    private static final int MAX_SKALA_CEPAT = 18;
    /** The year given to the object API; it does not enter the formula. */
    private static final Tahun TAHUN = Tahun.of(2021);

    private final RumusCapaian rumus;
    private final Skala skala;
    private final Pembulatan pembulatan;
    /** The formula of each polarity under the rumus's variant, by ordinal: written once, in {@link Kasus}. */
    private final Kasus[] kasus;
    private final boolean lantaiNol;
    private final boolean cepat;
    /** For each band above the lowest, the least unscaled capaian at the rounding's scale in it or above. */
    private final long[] ambang;
    /** The indicator of each polarity, for the rows computed by the object API. */
    private final Indikator[] indikator;

    private CapaianMassal(RumusCapaian rumus, Skala skala) {
        this.rumus = rumus;
        this.skala = skala;
        this.pembulatan = rumus.getPembulatan();
        this.kasus = new Kasus[Polaritas.values().length];
        for (Polaritas p : Polaritas.values()) {
            kasus[p.ordinal()] = Kasus.rumus(p, rumus.getVarianNegatif());
        }
        this.lantaiNol = rumus.getBatasBawah() == BatasBawahCapaian.NOL;
        this.cepat = pembulatan.getRoundingMode() != RoundingMode.UNNECESSARY;
        this.ambang = ambang(skala, pembulatan.getScale());
        Polaritas[] semua = Polaritas.values();
        this.indikator = new Indikator[semua.length];
        for (Polaritas p : semua) {
            indikator[p.ordinal()] = Indikator.of("CapaianMassal " + p, Satuan.INDEKS, p);
        }
    }

    /**
     * Obtains a bulk calculator for a rumus and a rating scale.
     *
     * @param rumus the formula and its policies, for example {@link RumusCapaian#standar()}, not null
     * @param skala the rating scale, for example {@link io.github.sakip.predikat.SkalaBaku#LKJIP},
     *     not null
     * @return the calculator, never null
     * @throws SakipException when an argument is null
     */
    public static CapaianMassal of(RumusCapaian rumus, Skala skala) {
        return new CapaianMassal(Checks.notNull(rumus, "CapaianMassal.rumus"), Checks.notNull(skala,
                "CapaianMassal.skala"));
    }

    /**
     * The formula and its policies.
     *
     * @return the rumus, never null
     */
    public RumusCapaian getRumus() {
        return rumus;
    }

    /**
     * The rating scale of the predikat.
     *
     * @return the scale, never null
     */
    public Skala getSkala() {
        return skala;
    }

    /**
     * Computes capaian and predikat of every row: row i has target {@code target[i]}, realisasi
     * {@code realisasi[i]} and polarity {@code polaritas[i]}. See
     * {@link #hitung(int, long[], long[], Polaritas[], long[], int[], boolean[])}.
     *
     * @param scale the scale of every target and realisasi, 0 or more: 2 for values with two
     *     decimals
     * @param target the unscaled targets, not null
     * @param realisasi the unscaled realisasi, as long as {@code target}, not null
     * @param polaritas the polarity of each row, as long as {@code target}, no null element
     * @param capaian receives the unscaled capaian at the scale of {@link RumusCapaian#getPembulatan()},
     *     as long as {@code target}, not null
     * @param peringkat receives the rank of each capaian on the scale, 1 for the lowest band, as
     *     long as {@code target}, not null
     * @throws SakipException as {@link #hitung(int, long[], long[], Polaritas[], long[], int[], boolean[])}
     */
    public void hitung(int scale, long[] target, long[] realisasi,
            Polaritas[] polaritas, long[] capaian, int[] peringkat) {
        hitungSemua(scale, target, realisasi, polaritas, capaian, peringkat, null);
    }

    /**
     * Computes capaian, predikat and tercapai of every row: row i has target {@code target[i]},
     * realisasi {@code realisasi[i]} and polarity {@code polaritas[i]}, and its results go to
     * {@code capaian[i]}, {@code peringkat[i]} and {@code tercapai[i]}. Builds no object per row
     * except for the rows named in the class description.
     *
     * <p>Klojen LKjIP 2021, Tabel 3.1: scale 2, target 8001, realisasi 8780, POSITIF gives capaian
     * 10974 (109,74 %), peringkat 3 on {@link io.github.sakip.predikat.SkalaBaku#LKJIP}, tercapai.
     *
     * @param scale the scale of every target and realisasi, 0 or more: 2 for values with two
     *     decimals
     * @param target the unscaled targets, not null
     * @param realisasi the unscaled realisasi, as long as {@code target}, not null
     * @param polaritas the polarity of each row, as long as {@code target}, no null element
     * @param capaian receives the unscaled capaian at the scale of {@link RumusCapaian#getPembulatan()},
     *     as long as {@code target}, not null
     * @param peringkat receives the rank of each capaian on the scale, 1 for the lowest band, as
     *     long as {@code target}, not null
     * @param tercapai receives whether each target is met (the exact capaian is 100 or more), as
     *     long as {@code target}, not null
     * @throws SakipException when an array is null, the lengths differ, the scale is negative, or
     *     a polarity is null (naming the argument); when the object API rejects a row (its message
     *     after {@code "row i: "}); when a capaian does not fit in a {@code long}. The rows before
     *     the failing one are then written, the others are not.
     */
    public void hitung(int scale, long[] target, long[] realisasi,
            Polaritas[] polaritas, long[] capaian, int[] peringkat,
            boolean[] tercapai) {
        hitungSemua(scale, target, realisasi, polaritas, capaian, peringkat,
                Checks.notNull(tercapai, "CapaianMassal.hitung tercapai"));
    }

    private void hitungSemua(int scale, @Nullable long[] target, @Nullable long[] realisasi,
            @Nullable Polaritas[] polaritas, @Nullable long[] capaian, @Nullable int[] peringkat,
            @Nullable boolean[] tercapai) {
        Checks.check(scale >= 0, "CapaianMassal.hitung scale must be >= 0, was %s", scale);
        int n = Checks.notNull(target, "CapaianMassal.hitung target").length;
        samaPanjang(Checks.notNull(realisasi, "CapaianMassal.hitung realisasi").length, n, "realisasi");
        samaPanjang(Checks.notNull(polaritas, "CapaianMassal.hitung polaritas").length, n, "polaritas");
        samaPanjang(Checks.notNull(capaian, "CapaianMassal.hitung capaian").length, n, "capaian");
        samaPanjang(Checks.notNull(peringkat, "CapaianMassal.hitung peringkat").length, n, "peringkat");
        if (tercapai != null) {
            samaPanjang(tercapai.length, n, "tercapai");
        }
        boolean longPath = cepat(scale);
        for (int i = 0; i < n; i++) {
            Polaritas p = polaritas[i];
            if (p == null) {
                throw new SakipException("CapaianMassal.hitung polaritas[" + i + "] must not be null");
            }
            long t = target[i];
            long r = realisasi[i];
            if (!longPath || !baris(i, p, t, r, capaian, peringkat, tercapai)) {
                lambat(i, scale, p, t, r, capaian, peringkat, tercapai);
            }
        }
    }

    /** Whether rows at this input scale may take the long path; package-private for the tests. */
    boolean cepat(int scale) {
        return cepat && scale <= MAX_SKALA_CEPAT;
    }

    private static void samaPanjang(int panjang, int n, String nama) {
        if (panjang != n) {
            throw new SakipException("CapaianMassal.hitung " + nama + " must have the length of target, " + n
                    + ", was " + panjang);
        }
    }

    /**
     * One row on the long path: writes its results and answers true, or answers false (writing
     * nothing) when the object API must compute it. Package-private: the tests check which rows
     * the long path takes, since the object API gives the same figures for the others.
     */
    boolean baris(int i, Polaritas p, long t, long r, long[] capaian, int[] peringkat,
            @Nullable boolean[] tercapai) {
        if (p != Polaritas.POSITIF && t == 0 && r == 0) {
            // a realisasi of 0 meets a target of 0: 100, as RumusCapaian
            return hasil(i, 1, 1, capaian, peringkat, tercapai);
        }
        if (t <= 0 || t >= BATAS_MASUKAN || r <= -BATAS_MASUKAN || r >= BATAS_MASUKAN) {
            // an undefined formula (the object API throws its message), or values whose 2T - R might overflow
            return false;
        }
        Kasus kasus = this.kasus[p.ordinal()];
        long pembilang = kasus.pembilang(t, r);
        long penyebut = kasus.penyebut(t, r);
        if (penyebut <= 0) {
            // T / R with R <= 0: the object API throws its message
            return false;
        }
        return hasil(i, pembilang, penyebut, capaian, peringkat, tercapai);
    }

    /**
     * Divides the exact capaian {@code pembilang x 100 / penyebut}, with the lower-bound policy,
     * and writes the row; false when the quotient leaves the long path.
     */
    private boolean hasil(int i, long pembilang, long penyebut, long[] capaian, int[] peringkat,
            @Nullable boolean[] tercapai) {
        // pembilang / (penyebut x 10^-2) is pembilang x 100 / penyebut
        long q = BagiUnscaled.bagi(pembulatan, lantaiNol && pembilang < 0 ? 0 : pembilang, 0, penyebut, 2);
        if (q == BagiUnscaled.OVERFLOW) {
            return false;
        }
        capaian[i] = q;
        peringkat[i] = peringkat(q);
        if (tercapai != null) {
            tercapai[i] = pembilang >= penyebut;
        }
        return true;
    }

    /** The rank of an unscaled capaian: 1 plus the number of thresholds it reaches. */
    private int peringkat(long q) {
        int rank = 1;
        for (long a : ambang) {
            if (q >= a) {
                rank++;
            }
        }
        return rank;
    }

    /** One row through the object API: the same figures, or its exception with the row index. */
    private void lambat(int i, int scale, Polaritas p, long t, long r, long[] capaian, int[] peringkat,
            @Nullable boolean[] tercapai) {
        Capaian c;
        Persen persen;
        try {
            c = rumus.hitung(indikator[p.ordinal()], Target.of(TAHUN, BigDecimal.valueOf(t, scale)),
                    Realisasi.of(TAHUN, BigDecimal.valueOf(r, scale)));
            persen = c.getPersen();
        } catch (SakipException e) {
            throw new SakipException("row " + i + ": " + e.getMessage(), e);
        }
        BigDecimal nilai = persen.getNilai();
        if (nilai.unscaledValue().bitLength() > Long.SIZE - 1) {
            throw new SakipException("row " + i + ": capaian " + persen + " does not fit in a long at scale "
                    + pembulatan.getScale() + "; compute this row with RumusCapaian.hitung");
        }
        capaian[i] = nilai.unscaledValue().longValue();
        peringkat[i] = skala.predikat(persen).getPeringkat();
        if (tercapai != null) {
            tercapai[i] = c.isTercapai();
        }
    }

    /**
     * The thresholds of a scale at a rounding scale: for each band above the lowest, the least
     * unscaled value at that scale that lies in it or above (the bound times 10^scale, rounded up
     * when the bound includes its value, else rounded down plus one), clamped to the range of a
     * long. The clamp keeps every rank: a quotient of the long path is neither Long.MIN_VALUE
     * (that is OVERFLOW) nor Long.MAX_VALUE (with a divisor of 1 it is a multiple of 100, else at
     * most half the dividend), so it reaches a threshold clamped to Long.MIN_VALUE and never one
     * clamped to Long.MAX_VALUE.
     */
    private static long[] ambang(Skala skala, int scale) {
        List<Pita> pita = skala.getPita();
        long[] ambang = new long[pita.size() - 1];
        BigDecimal min = BigDecimal.valueOf(Long.MIN_VALUE);
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
        for (int k = 1; k < pita.size(); k++) {
            // a validated scale: every band above the lowest has a lower bound
            Batas bawah = pita.get(k).getBawah().orElseThrow();
            BigDecimal v = bawah.getNilai().movePointRight(scale);
            BigDecimal a = bawah.isInklusif() ? v.setScale(0, RoundingMode.CEILING)
                    : v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            ambang[k - 1] = a.max(min).min(max).longValueExact();
        }
        return ambang;
    }

    /**
     * The calculator as text, for example
     * {@code CapaianMassal[RumusCapaian[Pembulatan[2, HALF_UP], PERMENPANRB, batasBawah TANPA],
     * Standar Penilaian Kinerja LKjIP (Tabel 2.5 LKjIP Klojen 2021)]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "CapaianMassal[" + rumus + ", " + skala.getNama() + "]";
    }
}
