package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import io.github.sakip.internal.SakipStyle;
import java.math.BigDecimal;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The target (target kinerja, also "rencana" in the capaian formula) of an indicator for one year
 * or one quarter: a single value, or a range [bawah, atas] for range-type indicators
 * (PermenPANRB 8/2021 Bab VI: "target 80-90 %").
 *
 * <p>The target is in the indicator's {@link Satuan}; it does not know its indicator, which holds
 * the {@link Polaritas}. What a polarity asks of a target (for example a positive value for the
 * PermenPANRB lower-is-better formula) is checked where capaian is computed.
 *
 * <p>Examples: the Klojen Perjanjian Kinerja 2021 (Tabel 2.4) has
 * {@code Target.of(Tahun.of(2021), new BigDecimal("80.01"))} for Nilai SAKIP OPD;
 * {@code Target.rentang(Tahun.of(2021), new BigDecimal("80"), new BigDecimal("90"))} is a range.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SakipStyle
@SakipJson
public abstract class Target {

    Target() {
    }

    /**
     * The year the target is for.
     *
     * @return the year, never null
     */
    @JsonProperty("tahun")
    public abstract Tahun getTahun();

    /**
     * The quarter the target is for, when it is a quarterly target.
     *
     * @return the quarter, of {@link #getTahun()}, or empty for a yearly target
     */
    public abstract Optional<Triwulan> getTriwulan();

    /**
     * The lower bound of a range, or the value of a single target.
     *
     * @return the lower bound, never null
     */
    public abstract BigDecimal getBawah();

    /**
     * The upper bound of a range, or the value of a single target.
     *
     * @return the upper bound, not below {@link #getBawah()}, never null
     */
    public abstract BigDecimal getAtas();

    /**
     * Obtains a single-value yearly target.
     *
     * @param tahun the year, not null
     * @param nilai the target value in the indicator's unit, not null, at most
     *     1000 digits in plain form
     * @return the target, never null
     * @throws SakipException when an argument is null or the value too long
     */
    public static Target of(Tahun tahun, BigDecimal nilai) {
        Checks.boundedDigits(nilai, "Target.nilai");
        return ImmutableTarget.of(Checks.notNull(tahun, "Target.tahun"), Optional.empty(), nilai, nilai);
    }

    /**
     * Obtains a single-value quarterly target.
     *
     * @param triwulan the quarter, not null
     * @param nilai the target value for that quarter, not null, at most
     *     1000 digits in plain form
     * @return the target, never null
     * @throws SakipException when an argument is null or the value too long
     */
    public static Target of(Triwulan triwulan, BigDecimal nilai) {
        Checks.notNull(triwulan, "Target.triwulan");
        Checks.boundedDigits(nilai, "Target.nilai");
        return ImmutableTarget.of(triwulan.getTahun(), Optional.of(triwulan), nilai, nilai);
    }

    /**
     * Obtains a yearly range target, both bounds included.
     *
     * @param tahun the year, not null
     * @param bawah the lower bound, not null, at most 1000 digits in plain form
     * @param atas the upper bound, not null, not below {@code bawah}, at most
     *     1000 digits in plain form
     * @return the target, never null
     * @throws SakipException when an argument is null or too long, or {@code bawah > atas}
     */
    public static Target rentang(Tahun tahun, BigDecimal bawah, BigDecimal atas) {
        return ImmutableTarget.of(Checks.notNull(tahun, "Target.tahun"), Optional.empty(),
                Checks.boundedDigits(bawah, "Target.bawah"), Checks.boundedDigits(atas, "Target.atas"));
    }

    /**
     * Whether this is a range target, with different bounds.
     *
     * @return true when {@code bawah < atas}
     */
    public boolean isRentang() {
        return getBawah().compareTo(getAtas()) != 0;
    }

    /**
     * The value of a single target.
     *
     * @return the value, never null
     * @throws SakipException when this is a range target
     */
    public BigDecimal getNilai() {
        Checks.check(!isRentang(), "Target.nilai is not defined for a range target (rentang) %s", this);
        return getBawah();
    }

    @JsonProperty("triwulan")
    @Nullable
    Triwulan triwulanJson() {
        return getTriwulan().orElse(null);
    }

    @JsonProperty("nilai")
    @Nullable
    String nilaiJson() {
        return isRentang() ? null : getBawah().toString();
    }

    @JsonProperty("bawah")
    @Nullable
    String bawahJson() {
        return isRentang() ? getBawah().toString() : null;
    }

    @JsonProperty("atas")
    @Nullable
    String atasJson() {
        return isRentang() ? getAtas().toString() : null;
    }

    @JsonCreator
    static Target json(@JsonProperty("tahun") Tahun tahun, @JsonProperty("triwulan") @Nullable Triwulan triwulan,
            @JsonProperty("nilai") @Nullable BigDecimal nilai, @JsonProperty("bawah") @Nullable BigDecimal bawah,
            @JsonProperty("atas") @Nullable BigDecimal atas) {
        Target target = triwulan != null ? of(triwulan, nilai) : nilai != null ? of(tahun, nilai)
                : rentang(tahun, bawah, atas);
        Checks.check(target.getTahun().equals(tahun), "Target.tahun must be that of Target.triwulan %s, was %s",
                triwulan, tahun);
        return target;
    }

    @Value.Check
    void check() {
        if (getBawah().compareTo(getAtas()) > 0) {
            // the message's figures are formatted only when it is thrown: targets are built per row
            Checks.check(false, "Target.bawah must be <= Target.atas in a range target (rentang), was %s > %s",
                    getBawah().toPlainString(), getAtas().toPlainString());
        }
        getTriwulan().ifPresent(tw -> Checks.check(tw.getTahun().equals(getTahun()),
                "Target.triwulan must lie in Target.tahun %s, was %s", getTahun(), tw));
    }

    /**
     * The target as text, for example {@code Target[2021: 80.01]} or
     * {@code Target[2021: 80-90]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        String when = getTriwulan().map(Triwulan::toString).orElse(getTahun().toString());
        String what = isRentang() ? getBawah().toPlainString() + "-" + getAtas().toPlainString()
                : getBawah().toPlainString();
        return "Target[" + when + ": " + what + "]";
    }
}
