package io.github.sakip.capaian;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums of exact capaian ({@link DasarRataRata#EKSAK}) and their means, rounded once and exactly,
 * in time linear in the number of values. The exact sum of n fractions has for denominator the
 * least common multiple of theirs, which grows with n (a thousand capaian of two-decimal targets
 * give one of over a thousand digits), so it is formed only when it must be.
 *
 * <p>Each value is cut to {@code k} decimals (the rounding's scale plus {@value #GUARD}), the cuts
 * summed, and the mean of the sum rounded twice: from the cuts (below the exact sum) and from the
 * cuts plus {@code 10^-k} for each value that was cut (above it). Rounding never decreases as its
 * argument grows, so when both agree, the exact mean rounds the same: the usual case, one
 * division per value. Only a mean within about {@code 10^-k} of a rounding boundary, or exactly on
 * one (100/3 + 200/3 averaged under {@code DOWN}), needs the exact sum; it is then formed with the
 * values of one denominator added first and the rest pairwise, as a balanced tree.
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1: the exact capaian 878000/8001, 809800/8680 and
 * 44000/313 average to 114,5354...; cut to 12 decimals, both bounds round to 114,54 under
 * {@link Pembulatan#STANDAR}, without the exact sum.
 */
final class RataRataEksak {

    /** Decimals kept beyond the rounding's scale when the values are cut: {@value}. */
    static final int GUARD = 10;

    private RataRataEksak() {
    }

    /**
     * The sum of {@code nilai} divided by {@code pembagi}, rounded once by {@code pembulatan}.
     *
     * @param nilai the values, at least one
     * @param pembagi the divisor, above 0: their number, or the sum of their weights
     * @param pembulatan the rounding
     * @return the rounded quotient at the rounding's scale
     * @throws SakipException when the mode is {@code UNNECESSARY} and the quotient needs rounding
     */
    static BigDecimal bagi(List<Pecahan> nilai, BigDecimal pembagi, Pembulatan pembulatan) {
        if (pembulatan.getRoundingMode() != RoundingMode.UNNECESSARY) {
            int k = pembulatan.getScale() + GUARD;
            Potongan cut = potong(nilai, k);
            BigDecimal bawah = bulatkan(new BigDecimal(cut.bawah(), k), pembagi, pembulatan);
            if (cut.tidakEksak() == 0 || bawah.compareTo(bulatkan(new BigDecimal(cut.atas(), k), pembagi,
                    pembulatan)) == 0) {
                return bawah;
            }
        }
        Pecahan sum = jumlah(nilai);
        return bulatkan(new BigDecimal(sum.getPembilang()), new BigDecimal(sum.getPenyebut()).multiply(pembagi),
                pembulatan);
    }

    /**
     * Whether the sum of {@code nilai} is at least {@code batas}, exactly.
     *
     * @param nilai the values
     * @param batas the bound
     * @return true when the exact sum is {@code batas} or more
     */
    static boolean paling(List<Pecahan> nilai, BigDecimal batas) {
        int k = GUARD + Math.max(0, batas.scale());
        Potongan cut = potong(nilai, k);
        if (new BigDecimal(cut.bawah(), k).compareTo(batas) >= 0) {
            return true;
        }
        if (new BigDecimal(cut.atas(), k).compareTo(batas) < 0) {
            return false;
        }
        return jumlah(nilai).compareTo(Pecahan.of(batas)) >= 0;
    }

    /**
     * The exact sum: the values of one denominator added first, then the partial sums pairwise.
     *
     * @param nilai the values
     * @return the sum, {@link Pecahan#NOL} for none
     */
    static Pecahan jumlah(List<Pecahan> nilai) {
        Map<BigInteger, BigInteger> perPenyebut = new LinkedHashMap<>();
        for (Pecahan v : nilai) {
            perPenyebut.merge(v.getPenyebut(), v.getPembilang(), BigInteger::add);
        }
        List<Pecahan> sums = new ArrayList<>(perPenyebut.size());
        perPenyebut.forEach((penyebut, pembilang) -> sums.add(Pecahan.of(pembilang, penyebut)));
        if (sums.isEmpty()) {
            return Pecahan.NOL;
        }
        List<Pecahan> level = sums;
        while (level.size() > 1) {
            List<Pecahan> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? level.get(i).plus(level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    /** The sum of the values cut down to k decimals (times 10^k), and how many of them were cut. */
    private record Potongan(BigInteger bawah, long tidakEksak) {
        BigInteger atas() {
            return bawah.add(BigInteger.valueOf(tidakEksak));
        }
    }

    private static Potongan potong(List<Pecahan> nilai, int k) {
        BigInteger skala = BigInteger.TEN.pow(k);
        BigInteger bawah = BigInteger.ZERO;
        long tidakEksak = 0;
        for (Pecahan v : nilai) {
            BigInteger[] qr = v.getPembilang().multiply(skala).divideAndRemainder(v.getPenyebut());
            BigInteger floor = qr[0];
            if (qr[1].signum() != 0) {
                tidakEksak++;
                if (qr[1].signum() < 0) {
                    floor = floor.subtract(BigInteger.ONE);
                }
            }
            bawah = bawah.add(floor);
        }
        return new Potongan(bawah, tidakEksak);
    }

    /**
     * Divides and rounds by the policy's scale and mode, as {@link Pembulatan#bagi} does, without
     * its bound on the operands' digits: that bound refuses a single hostile input, and these
     * operands are sums of values the library has already checked.
     */
    private static BigDecimal bulatkan(BigDecimal pembilang, BigDecimal penyebut, Pembulatan pembulatan) {
        try {
            return pembilang.divide(penyebut, pembulatan.getScale(), pembulatan.getRoundingMode());
        } catch (ArithmeticException e) {
            throw new SakipException("Pembulatan " + pembulatan + " cannot represent the mean " + pembilang.toPlainString()
                    + " / " + penyebut.toPlainString() + " without rounding", e);
        }
    }
}
