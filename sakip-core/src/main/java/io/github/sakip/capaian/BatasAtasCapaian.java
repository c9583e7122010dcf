package io.github.sakip.capaian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A cap on capaian (batas atas capaian): a policy, off ({@link #TANPA}) by default, applied only
 * where asked, for example when capaian feed an average in {@link RataRataCapaian}, or to print a
 * capped figure with {@link #terapkan(Persen)}.
 *
 * <p>No regulation caps the capaian of an LKjIP; agencies do (practice): Kota Dumai's LKjIP 2016
 * prints 100 for every indicator above target ({@link #SERATUS}), a peer application caps at 120.
 * PermenPANRB 8/2021 converts an individual's capaian above 110 % into a nilai of 120 for the
 * SKP, which is a scoring rule of {@code io.github.sakip.evaluasi}, not a cap.
 *
 * <p>Example: {@code BatasAtasCapaian.SERATUS_DUA_PULUH.terapkan(Persen.of(new BigDecimal("173.70")))}
 * is 120, and 109,74 stays 109,74.
 *
 * <p>JSON (docs/json.md): the cap as a string, {@code "120"}, or {@code "TANPA"} for no cap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatasAtasCapaian {
    /** No cap: the default. */
    public static final BatasAtasCapaian TANPA = new BatasAtasCapaian(null);
    /** A cap at 100, as Kota Dumai's LKjIP 2016 prints (practice). */
    public static final BatasAtasCapaian SERATUS = new BatasAtasCapaian(BigDecimal.valueOf(100));
    /** A cap at 120 (practice of a peer application). */
    public static final BatasAtasCapaian SERATUS_DUA_PULUH = new BatasAtasCapaian(BigDecimal.valueOf(120));
    /** A cap at 150 (practice). */
    public static final BatasAtasCapaian SERATUS_LIMA_PULUH = new BatasAtasCapaian(BigDecimal.valueOf(150));

    private static final BigDecimal MINIMUM = BigDecimal.valueOf(100);

    @Nullable
    private final BigDecimal nilai;

    private BatasAtasCapaian(@Nullable BigDecimal nilai) {
        this.nilai = nilai;
    }

    /**
     * Obtains a cap at the given percentage.
     *
     * @param nilai the cap in percent, 100 or more, not null; below 100 a met target would print
     *     as missed; at most 1000 digits in plain form
     * @return the cap, never null
     * @throws SakipException when the value is null, below 100 or too long
     */
    public static BatasAtasCapaian of(BigDecimal nilai) {
        Checks.boundedDigits(nilai, "BatasAtasCapaian.nilai");
        Checks.check(nilai.compareTo(MINIMUM) >= 0, "BatasAtasCapaian.nilai must be >= 100, was %s",
                nilai.toPlainString());
        return new BatasAtasCapaian(nilai);
    }

    /** Reads the JSON form: {@code "TANPA"}, or the cap in percent, {@code "120"} (a JSON number too). */
    @JsonCreator
    static BatasAtasCapaian json(String teks) {
        if (Checks.notNull(teks, "BatasAtasCapaian").equals("TANPA")) {
            return TANPA;
        }
        try {
            return of(new BigDecimal(teks));
        } catch (NumberFormatException e) {
            throw new SakipException("BatasAtasCapaian must be \"TANPA\" or a number of percent, was "
                    + Checks.quote(teks), e);
        }
    }

    /** The JSON form: {@code "TANPA"} or the cap, {@code "120"}. */
    @JsonValue
    String json() {
        return nilai == null ? "TANPA" : nilai.toPlainString();
    }

    /**
     * The cap in percent.
     *
     * @return the cap, or empty for {@link #TANPA}
     */
    public Optional<BigDecimal> getNilai() {
        return Optional.ofNullable(nilai);
    }

    /**
     * Applies the cap to a percentage.
     *
     * @param persen the percentage, not null
     * @return the percentage, or the cap (at the percentage's scale) when the percentage is above
     *     it; never null
     * @throws SakipException when the percentage is null
     */
    public Persen terapkan(Persen persen) {
        Checks.notNull(persen, "BatasAtasCapaian persen");
        if (nilai == null || persen.getNilai().compareTo(nilai) <= 0) {
            return persen;
        }
        return Persen.of(nilai.setScale(Math.max(nilai.scale(), persen.getNilai().scale())));
    }

    Pecahan batasi(Pecahan pecahan) {
        return nilai == null ? pecahan : pecahan.min(Pecahan.of(nilai));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof BatasAtasCapaian)) {
            return false;
        }
        BigDecimal other = ((BatasAtasCapaian) obj).nilai;
        return nilai == null ? other == null : other != null && nilai.compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return nilai == null ? 0 : nilai.stripTrailingZeros().hashCode();
    }

    /**
     * The cap as text, for example {@code BatasAtasCapaian[120]} or {@code BatasAtasCapaian[TANPA]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "BatasAtasCapaian[" + (nilai == null ? "TANPA" : nilai.toPlainString()) + "]";
    }
}
