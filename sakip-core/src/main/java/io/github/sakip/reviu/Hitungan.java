package io.github.sakip.reviu;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * A figure recomputed from a report's data by the library's calculators, ready to be rounded by
 * any {@link Pembulatan}: the calculator divides exactly and rounds once, at the end, by the
 * policy it is given, so the reviu can ask for the printed scale under each rounding mode.
 * Carries the formula with the data's figures, to show the working.
 *
 * <p>Example, Tabel 3.1 of the Klojen LKjIP 2021: the capaian of Nilai SAKIP OPD is the quotient
 * 8780 / 80.01, formula {@code 87.80 / 80.01 x 100}; {@code bulatkan(Pembulatan.STANDAR)} is
 * 109.74.
 *
 * <p>This class is immutable and thread-safe when its function is (the library's calculators are).
 */
public final class Hitungan {

    private final Function<Pembulatan, BigDecimal> nilai;
    @Nullable
    private final BigDecimal eksak;
    private final String keterangan;

    private Hitungan(Function<Pembulatan, BigDecimal> nilai, @Nullable BigDecimal eksak, String keterangan) {
        this.nilai = nilai;
        this.eksak = eksak;
        this.keterangan = keterangan;
    }

    /**
     * A figure that a calculator rounds once under any policy, for example
     * {@code p -> RumusPenyerapan.standar().withPembulatan(p).hitung(pos).getPersen().get().getNilai()}.
     *
     * @param nilai the value under a rounding policy, not null; it must compute exactly and round
     *     once by the policy given
     * @param keterangan the formula with the data's figures, not null
     * @return the figure, never null
     * @throws SakipException when an argument is null
     */
    public static Hitungan of(Function<Pembulatan, BigDecimal> nilai, String keterangan) {
        return new Hitungan(Checks.notNull(nilai, "Hitungan.nilai"), null,
                Checks.notNull(keterangan, "Hitungan.keterangan"));
    }

    /**
     * The exact quotient {@code pembilang / penyebut}.
     *
     * @param pembilang the dividend, not null
     * @param penyebut the divisor, not zero, not null
     * @param keterangan the formula with the data's figures, not null
     * @return the figure, never null
     * @throws SakipException when an argument is null, a number has more than 1000 digits in plain
     *     form, or the divisor is zero
     */
    public static Hitungan bagi(BigDecimal pembilang, BigDecimal penyebut, String keterangan) {
        Checks.boundedDigits(pembilang, "Hitungan pembilang");
        Checks.boundedDigits(penyebut, "Hitungan penyebut");
        Checks.check(penyebut.signum() != 0, "Hitungan penyebut must not be 0 (pembilang %s)", pembilang);
        return of(p -> p.bagi(pembilang, penyebut), keterangan);
    }

    /**
     * An exact value: a datum, a sum of Rupiah, a difference, a count.
     *
     * @param nilai the value, not null, at most 1000 digits in plain form
     * @param keterangan where it comes from or how it is made, not null
     * @return the figure, never null
     * @throws SakipException when an argument is null or the value too long
     */
    public static Hitungan eksak(BigDecimal nilai, String keterangan) {
        BigDecimal v = Checks.boundedDigits(nilai, "Hitungan.nilai");
        return new Hitungan(p -> p.bulatkan(v), v, Checks.notNull(keterangan, "Hitungan.keterangan"));
    }

    /** A count of things of the report, "3 sasaran tercapai". */
    static Optional<Hitungan> jumlah(long n, String what) {
        return Optional.of(eksak(BigDecimal.valueOf(n), n + " " + what));
    }

    /**
     * The figure rounded by a policy.
     *
     * @param pembulatan the scale and rounding mode, not null
     * @return the rounded figure, never null
     * @throws SakipException when the policy is null or the calculator refuses it
     */
    public BigDecimal bulatkan(Pembulatan pembulatan) {
        return Checks.notNull(nilai.apply(Checks.notNull(pembulatan, "Hitungan pembulatan")), "Hitungan result");
    }

    /**
     * The exact value, for a datum, a sum or a count; quotients have none.
     *
     * @return the exact value, or empty
     */
    public Optional<BigDecimal> getEksak() {
        return Optional.ofNullable(eksak);
    }

    /**
     * The working: the formula with the data's figures, for example {@code 87.80 / 80.01 x 100}
     * (named as {@code Capaian.getKeterangan()}; {@code getRumus()} is reserved for a calculator).
     *
     * @return the working, never null
     */
    public String getKeterangan() {
        return keterangan;
    }

    /**
     * The figure as text: its formula and its value at two decimals, {@code HALF_UP}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return keterangan + " = " + bulatkan(Pembulatan.STANDAR).toPlainString();
    }
}
