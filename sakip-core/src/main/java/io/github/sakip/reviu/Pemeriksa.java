package io.github.sakip.reviu;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares printed figures with what the data gives and returns a {@link Temuan} where they
 * differ. The printed figure's own scale sets the precision of the comparison: a report that
 * prints 100,7 where the data gives 100,6864... is right at one decimal.
 *
 * <p>Policy, with defaults:
 * <ul>
 *   <li>the rounding mode a report is expected to use: {@code HALF_UP} (as most LKjIP tools);</li>
 *   <li>a tolerance, in the figure's unit: 0 (any difference at the printed scale is reported);</li>
 *   <li>the other modes that make a difference "rounding only": {@code DOWN}, {@code UP},
 *       {@code HALF_DOWN}, {@code HALF_EVEN}, {@code CEILING}, {@code FLOOR}.</li>
 * </ul>
 *
 * <p>Example, the Klojen LKjIP 2021, Tabel 3.1: {@code Pemeriksa.standar().periksa(lokasi,
 * new BigDecimal("140.57"), new BigDecimal("440"), new BigDecimal("3.13"), "4,40 / 3,13 x 100")}
 * gives a {@link JenisTemuan#PEMBULATAN} finding (HALF_UP gives 140,58; DOWN gives the printed
 * 140,57); the same for 109,74 gives no finding.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pemeriksa {

    private static final Pemeriksa STANDAR = new Pemeriksa(RoundingMode.HALF_UP, BigDecimal.ZERO);

    private final RoundingMode roundingMode;
    private final BigDecimal toleransi;

    private Pemeriksa(RoundingMode roundingMode, BigDecimal toleransi) {
        this.roundingMode = roundingMode;
        this.toleransi = toleransi;
    }

    /**
     * The default reviewer: {@code HALF_UP}, tolerance 0.
     *
     * @return the reviewer, never null
     */
    public static Pemeriksa standar() {
        return STANDAR;
    }

    /**
     * A copy that expects reports to round with the given mode.
     *
     * @param mode the expected mode, not null, not {@code UNNECESSARY}
     * @return the copy, never null
     * @throws SakipException when the mode is null or {@code UNNECESSARY}
     */
    public Pemeriksa withRoundingMode(RoundingMode mode) {
        Checks.notNull(mode, "Pemeriksa.roundingMode");
        Checks.check(mode != RoundingMode.UNNECESSARY, "Pemeriksa.roundingMode must not be UNNECESSARY");
        return new Pemeriksa(mode, toleransi);
    }

    /**
     * A copy that accepts differences up to the tolerance, in the figure's unit.
     *
     * @param toleransi the largest difference not reported, zero or more, not null
     * @return the copy, never null
     * @throws SakipException when the tolerance is null or negative
     */
    public Pemeriksa withToleransi(BigDecimal toleransi) {
        return new Pemeriksa(roundingMode, Checks.notNegative(toleransi, "Pemeriksa.toleransi"));
    }

    /**
     * The expected rounding mode.
     *
     * @return the mode, never null
     */
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    /**
     * The tolerance, in the figure's unit.
     *
     * @return the tolerance, zero or more, never null
     */
    public BigDecimal getToleransi() {
        return toleransi;
    }

    /**
     * Checks a printed figure against the exact quotient {@code pembilang / penyebut}, for example a
     * capaian {@code realisasi x 100 / target}.
     *
     * @param lokasi where the figure is printed, not null
     * @param dicetak the printed figure, not null
     * @param pembilang the exact dividend, not null
     * @param penyebut the exact divisor, not null, not zero
     * @param keterangan the formula or an explanation, not null
     * @return a finding, or empty when the figure is right at its printed scale
     * @throws SakipException when an argument is null, a number has more than
     *     1000 digits in plain form, or the divisor is zero
     */
    public Optional<Temuan> periksa(Lokasi lokasi, BigDecimal dicetak, BigDecimal pembilang, BigDecimal penyebut,
            String keterangan) {
        Checks.notNull(lokasi, "Pemeriksa lokasi");
        Checks.boundedDigits(dicetak, "Pemeriksa dicetak");
        Checks.boundedDigits(pembilang, "Pemeriksa pembilang");
        Checks.boundedDigits(penyebut, "Pemeriksa penyebut");
        Checks.check(penyebut.signum() != 0, "Pemeriksa penyebut must not be 0 at %s", lokasi);
        return periksa(lokasi, dicetak, p -> p.bagi(pembilang, penyebut), keterangan);
    }

    /**
     * Checks a printed figure against an exact fraction, for example an IKM kept as
     * {@link Pecahan} because its weight 1/9 has no finite decimal.
     *
     * @param lokasi where the figure is printed, not null
     * @param dicetak the printed figure, not null
     * @param nilai the exact value the data gives, not null
     * @param keterangan the formula or an explanation, not null
     * @return a finding, or empty when the figure is right at its printed scale
     * @throws SakipException when an argument is null or the figure has more than
     *     1000 digits in plain form
     */
    public Optional<Temuan> periksa(Lokasi lokasi, BigDecimal dicetak, Pecahan nilai, String keterangan) {
        Checks.notNull(nilai, "Pemeriksa nilai");
        return periksa(lokasi, dicetak, nilai::bulatkan, keterangan);
    }

    /**
     * Checks a printed figure against what a calculator gives under any rounding policy, for
     * calculators whose results are rounded once by their own {@link Pembulatan} (a penyerapan,
     * a mean, a year's ratio): {@code p -> RumusPenyerapan.standar().withPembulatan(p).hitung(pos)
     * .getPersen().get().getNilai()}. The function must compute exactly and round once by the
     * policy it is given, as every calculator of the library does; the reviewer asks it for the
     * printed scale under each rounding mode.
     *
     * @param lokasi where the figure is printed, not null
     * @param dicetak the printed figure, not null
     * @param hitung the value under a rounding policy, not null; it must not return null
     * @param keterangan the formula or an explanation, not null
     * @return a finding, or empty when the figure is right at its printed scale
     * @throws SakipException when an argument is null, the function returns null, or the figure
     *     or the result has more than 1000 digits in plain form
     */
    public Optional<Temuan> periksa(Lokasi lokasi, BigDecimal dicetak, Function<Pembulatan, BigDecimal> hitung,
            String keterangan) {
        Checks.notNull(lokasi, "Pemeriksa lokasi");
        Checks.boundedDigits(dicetak, "Pemeriksa dicetak");
        Checks.notNull(hitung, "Pemeriksa hitung");
        Checks.notNull(keterangan, "Pemeriksa keterangan");
        int scale = Math.max(0, Math.min(dicetak.scale(), Pembulatan.MAX_SCALE));
        BigDecimal expected = Checks.boundedDigits(hitung.apply(Pembulatan.of(scale, roundingMode)),
                "Pemeriksa hitung result");
        if (dicetak.subtract(expected).abs().compareTo(toleransi) <= 0) {
            return Optional.empty();
        }
        int skalaDihitung = Teks.skalaDihitung(dicetak);
        BigDecimal dihitung = skalaDihitung == scale ? expected : Checks.boundedDigits(
                hitung.apply(Pembulatan.of(skalaDihitung, roundingMode)), "Pemeriksa hitung result");
        for (RoundingMode other : otherModes()) {
            BigDecimal value = hitung.apply(Pembulatan.of(scale, other));
            if (value != null && value.compareTo(dicetak) == 0) {
                return Optional.of(Temuan.of(lokasi, JenisTemuan.PEMBULATAN, dicetak, dihitung, other, keterangan));
            }
        }
        return Optional.of(Temuan.of(lokasi, JenisTemuan.KESALAHAN, dicetak, dihitung, null, keterangan));
    }

    /**
     * Checks a printed figure against an exact value, for example a total.
     *
     * @param lokasi where the figure is printed, not null
     * @param dicetak the printed figure, not null
     * @param nilai the exact value the data gives, not null
     * @param keterangan the formula or an explanation, not null
     * @return a finding, or empty when the figure is right at its printed scale
     * @throws SakipException when an argument is null or a number has more than
     *     1000 digits in plain form
     */
    public Optional<Temuan> periksa(Lokasi lokasi, BigDecimal dicetak, BigDecimal nilai, String keterangan) {
        return periksa(lokasi, dicetak, nilai, BigDecimal.ONE, keterangan);
    }

    /**
     * Checks that an amount printed at two places is the same.
     *
     * @param lokasi the first place, not null
     * @param dicetak the amount printed there, not null
     * @param lokasiLain the other place, not null
     * @param dicetakLain the amount printed at the other place, not null
     * @param keterangan which of the two the data confirms, or another explanation, not null
     * @return a {@link JenisTemuan#TIDAK_KONSISTEN} finding at the first place, or empty when equal
     * @throws SakipException when an argument is null or an amount has more than
     *     1000 digits in plain form
     */
    public Optional<Temuan> bandingkan(Lokasi lokasi, BigDecimal dicetak, Lokasi lokasiLain, BigDecimal dicetakLain,
            String keterangan) {
        Checks.notNull(lokasiLain, "Pemeriksa lokasiLain");
        Checks.boundedDigits(dicetakLain, "Pemeriksa dicetakLain");
        Checks.boundedDigits(dicetak, "Pemeriksa dicetak");
        if (dicetak.compareTo(dicetakLain) == 0) {
            return Optional.empty();
        }
        String where = "dicetak " + Teks.angka(dicetakLain) + " di " + lokasiLain;
        return Optional.of(Temuan.of(lokasi, JenisTemuan.TIDAK_KONSISTEN, dicetak, dicetakLain, null,
                Checks.notNull(keterangan, "Pemeriksa keterangan").isEmpty() ? where : where + "; " + keterangan));
    }

    /**
     * Checks a count stated in words against the count the data gives, for example "hanya 1
     * (satu) dari 3 sasaran berhasil".
     *
     * @param lokasi where the statement stands, not null
     * @param dinyatakan the count stated
     * @param dihitung the count the data gives
     * @param keterangan the statement quoted, not null
     * @return a {@link JenisTemuan#PERNYATAAN} finding, or empty when the counts agree
     * @throws SakipException when an argument is null
     */
    public Optional<Temuan> periksaPernyataan(Lokasi lokasi, long dinyatakan, long dihitung, String keterangan) {
        if (dinyatakan == dihitung) {
            return Optional.empty();
        }
        return Optional.of(Temuan.of(lokasi, JenisTemuan.PERNYATAAN, BigDecimal.valueOf(dinyatakan),
                BigDecimal.valueOf(dihitung), null, keterangan));
    }

    /** The other modes, the two that reports use first (HALF_UP, DOWN), so a finding names the likeliest. */
    private List<RoundingMode> otherModes() {
        Set<RoundingMode> modes = new LinkedHashSet<>(List.of(RoundingMode.HALF_UP, RoundingMode.DOWN));
        modes.addAll(EnumSet.allOf(RoundingMode.class));
        modes.remove(RoundingMode.UNNECESSARY);
        modes.remove(roundingMode);
        return List.copyOf(modes);
    }

    /**
     * The policy as text, for example {@code Pemeriksa[HALF_UP, toleransi 0]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Pemeriksa[" + roundingMode + ", toleransi " + toleransi.toPlainString() + "]";
    }
}
