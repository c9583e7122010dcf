package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.internal.SakipJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.annotation.Nullable;

/**
 * A rounding policy: a scale (number of decimals) and a {@link RoundingMode}, applied once, at the
 * end of a computation, never to intermediate values.
 *
 * <p>LKjIPs print two decimals. Most tools round {@code HALF_UP}, the library's default
 * ({@link #STANDAR}); the Klojen LKjIP 2021 truncates in several places (140,57 for
 * 4,40 / 3,13 = 140,5750...), which {@code Pembulatan.of(2, RoundingMode.DOWN)} reproduces.
 *
 * <p>{@link #bagi} divides exactly and rounds once: {@code STANDAR.bagi(8780, 80.01)} is
 * {@code 109.74}. This class is immutable and thread-safe.
 */
@SakipJson
public final class Pembulatan {
    /** The largest scale accepted: 30 decimals. */
    public static final int MAX_SCALE = 30;

    /** Two decimals, {@code HALF_UP}: the library's default, as most LKjIP tools print. */
    public static final Pembulatan STANDAR = new Pembulatan(2, RoundingMode.HALF_UP);

    private final int scale;
    private final RoundingMode roundingMode;

    private Pembulatan(int scale, RoundingMode roundingMode) {
        this.scale = scale;
        this.roundingMode = roundingMode;
    }

    /**
     * Obtains a rounding policy.
     *
     * @param scale the number of decimals, 0 to {@value #MAX_SCALE}
     * @param roundingMode the mode, not null
     * @return the policy, never null
     * @throws SakipException when the scale is out of range or the mode null
     */
    @JsonCreator
    public static Pembulatan of(@JsonProperty("scale") int scale,
            @JsonProperty("roundingMode") RoundingMode roundingMode) {
        if (roundingMode == null) {
            throw new SakipException("Pembulatan.roundingMode must not be null");
        }
        if (scale < 0 || scale > MAX_SCALE) {
            throw new SakipException("Pembulatan.scale must be between 0 and " + MAX_SCALE + ", was " + scale);
        }
        return new Pembulatan(scale, roundingMode);
    }

    /**
     * The number of decimals.
     *
     * @return 0 to {@value #MAX_SCALE}
     */
    @JsonProperty
    public int getScale() {
        return scale;
    }

    /**
     * The rounding mode.
     *
     * @return the mode, never null
     */
    @JsonProperty
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    /**
     * Rounds a value to this policy's scale.
     *
     * @param value the value, not null, at most 1000 digits in plain form
     * @return the value at {@link #getScale()}, never null
     * @throws SakipException when the value is null or too long, or the mode is
     *     {@code UNNECESSARY} and rounding is needed
     */
    public BigDecimal bulatkan(BigDecimal value) {
        Checks.boundedDigits(value, "Pembulatan.bulatkan value");
        try {
            return value.setScale(scale, roundingMode);
        } catch (ArithmeticException e) {
            throw new SakipException("Pembulatan " + this + " cannot represent " + value.toPlainString()
                    + " without rounding", e);
        }
    }

    /**
     * Divides exactly and rounds the quotient once to this policy, with
     * {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}.
     *
     * @param pembilang the dividend, not null, at most 1000 digits in plain
     *     form
     * @param penyebut the divisor, not null, not zero, at most 1000 digits
     *     in plain form
     * @return the quotient at {@link #getScale()}, never null
     * @throws SakipException when an argument is null or too long, the divisor is zero, or the
     *     mode is {@code UNNECESSARY} and rounding is needed
     */
    public BigDecimal bagi(BigDecimal pembilang, BigDecimal penyebut) {
        Checks.boundedDigits(pembilang, "Pembulatan.bagi pembilang");
        Checks.boundedDigits(penyebut, "Pembulatan.bagi penyebut");
        if (penyebut.signum() == 0) {
            throw new SakipException("Pembulatan.bagi divisor (penyebut) must not be 0, dividing "
                    + pembilang.toPlainString());
        }
        try {
            return pembilang.divide(penyebut, scale, roundingMode);
        } catch (ArithmeticException e) {
            throw new SakipException("Pembulatan " + this + " cannot represent " + pembilang.toPlainString() + " / "
                    + penyebut.toPlainString() + " without rounding", e);
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Pembulatan && ((Pembulatan) obj).scale == scale
                && ((Pembulatan) obj).roundingMode == roundingMode;
    }

    @Override
    public int hashCode() {
        return scale * 31 + roundingMode.hashCode();
    }

    /**
     * The policy as text, for example {@code Pembulatan[2, HALF_UP]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "Pembulatan[" + scale + ", " + roundingMode + "]";
    }
}
