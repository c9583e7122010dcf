package io.github.sakip.capaian;

import io.github.sakip.model.Polaritas;
import io.github.sakip.model.VarianNegatif;
import java.math.BigDecimal;

/**
 * The cases of the capaian formula, each written once, as data: the formula cases compute
 * {@code (a x T + b x R + c x |R - T|) / D x 100} with their own coefficients a, b, c and the
 * divisor D (the target T, or the realisasi R for {@link VarianNegatif#RASIO}). {@link RumusCapaian}
 * computes with them in {@code BigDecimal}, {@link CapaianMassal} in {@code long}, and
 * {@link Capaian#getKeterangan()} writes them as text, all from the one definition. The
 * regulations behind each case are cited on {@link RumusCapaian}.
 */
enum Kasus {
    /** A realisasi within a range target: 100 by rule. */
    DALAM_RENTANG(0, 0, 0, false),
    /** A realisasi of 0 against a target of 0 for a polarity other than positive: 100 by rule. */
    NOL_NOL(0, 0, 0, false),
    /** R / T x 100 (PermenPANRB 8/2021 Bab VI). */
    POSITIF(0, 1, 0, false),
    /** T / R x 100 (practice). */
    RASIO(1, 0, 0, true),
    /** (2T - R) / T x 100 (PermenPANRB 8/2021 Bab VI). */
    NEGATIF(2, -1, 0, false),
    /** (T - |R - T|) / T x 100, that is (1 - |R - T| / T) x 100 (the library's choice). */
    STABIL(1, 0, -1, false);

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private final int kaliTarget;
    private final int kaliRealisasi;
    private final int kaliSelisih;
    private final boolean dibagiRealisasi;

    Kasus(int kaliTarget, int kaliRealisasi, int kaliSelisih, boolean dibagiRealisasi) {
        this.kaliTarget = kaliTarget;
        this.kaliRealisasi = kaliRealisasi;
        this.kaliSelisih = kaliSelisih;
        this.dibagiRealisasi = dibagiRealisasi;
    }

    /** The formula case of a polarity under a lower-is-better variant. */
    static Kasus rumus(Polaritas polaritas, VarianNegatif varianNegatif) {
        switch (polaritas) {
            case POSITIF:
                return POSITIF;
            case NEGATIF:
                return varianNegatif == VarianNegatif.RASIO ? RASIO : NEGATIF;
            case STABIL:
                return STABIL;
            default:
                throw new IllegalStateException("unknown Polaritas " + polaritas);
        }
    }

    /** Whether the capaian is 100 by rule rather than by a formula. */
    boolean isTetap() {
        return this == DALAM_RENTANG || this == NOL_NOL;
    }

    /** Whether the formula divides by the realisasi. */
    boolean isDibagiRealisasi() {
        return dibagiRealisasi;
    }

    /** The exact numerator, times 100; 100 for a case that is 100 by rule. */
    BigDecimal pembilang(BigDecimal t, BigDecimal r) {
        if (isTetap()) {
            return SERATUS;
        }
        BigDecimal v = BigDecimal.ZERO;
        if (kaliTarget != 0) {
            v = v.add(t.multiply(BigDecimal.valueOf(kaliTarget)));
        }
        if (kaliRealisasi != 0) {
            v = v.add(r.multiply(BigDecimal.valueOf(kaliRealisasi)));
        }
        if (kaliSelisih != 0) {
            v = v.add(r.subtract(t).abs().multiply(BigDecimal.valueOf(kaliSelisih)));
        }
        return v.multiply(SERATUS);
    }

    /** The exact denominator; 1 for a case that is 100 by rule. */
    BigDecimal penyebut(BigDecimal t, BigDecimal r) {
        return isTetap() ? BigDecimal.ONE : dibagiRealisasi ? r : t;
    }

    /**
     * The numerator, not yet times 100, in long arithmetic, for inputs below 2^61 in magnitude:
     * no case has more than two terms, so the sum stays below 2^63.
     */
    long pembilang(long t, long r) {
        if (isTetap()) {
            return 1;
        }
        long v = 0;
        if (kaliTarget != 0) {
            v += kaliTarget * t;
        }
        if (kaliRealisasi != 0) {
            v += kaliRealisasi * r;
        }
        if (kaliSelisih != 0) {
            v += kaliSelisih * Math.abs(r - t);
        }
        return v;
    }

    /** The denominator in long arithmetic; 1 for a case that is 100 by rule. */
    long penyebut(long t, long r) {
        return isTetap() ? 1 : dibagiRealisasi ? r : t;
    }

    /**
     * The formula with the values put in, for example {@code "87.80 / 80.01 x 100"} or
     * {@code "(2 x 8 - 9) / 8 x 100"}; the target (or the range bound used) and the realisasi as
     * text. Not for the cases that are 100 by rule.
     */
    String keterangan(String ts, String rs) {
        StringBuilder pembilang = new StringBuilder();
        int suku = 0;
        suku += tulis(pembilang, kaliTarget, ts);
        suku += tulis(pembilang, kaliRealisasi, rs);
        suku += tulis(pembilang, kaliSelisih, "|" + rs + " - " + ts + "|");
        String atas = suku > 1 ? "(" + pembilang + ")" : pembilang.toString();
        return atas + " / " + (dibagiRealisasi ? rs : ts) + " x 100";
    }

    /** Appends one term {@code k x value}, answering 1 when it wrote one. */
    private static int tulis(StringBuilder sb, int k, String value) {
        if (k == 0) {
            return 0;
        }
        if (sb.length() > 0) {
            sb.append(k < 0 ? " - " : " + ");
        } else if (k < 0) {
            sb.append("-");
        }
        int besar = Math.abs(k);
        sb.append(besar == 1 ? value : besar + " x " + value);
        return 1;
    }
}
