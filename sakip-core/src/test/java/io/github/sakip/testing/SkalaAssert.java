package io.github.sakip.testing;

import io.github.sakip.predikat.Pita;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a rating scale {@link Skala}; obtain them from
 * {@link SakipAssertions#assertThat(Skala)}. With {@link SakipGen#nilaiSekitar(Skala)} they
 * property-test an agency's scale in a few lines: {@link #hasPredikat(String, String)} states the
 * agency's rule, while {@link #assignsExactlyOneBandTo(BigDecimal)} and
 * {@link #ratesInValueOrder(BigDecimal, BigDecimal)} state the guarantees every validated
 * {@code Skala} gives (a failure there is a defect of the library, to report).
 */
public final class SkalaAssert extends AbstractAssert<SkalaAssert, Skala> {

    SkalaAssert(Skala actual) {
        super(actual, SkalaAssert.class);
    }

    /**
     * Verifies the label a value rates.
     *
     * @param nilai the value, as {@code "109,74"} or {@code "109.74"}
     * @param label the expected label
     * @return this, for chaining
     * @throws AssertionError when the value rates another label
     */
    public SkalaAssert hasPredikat(String nilai, String label) {
        isNotNull();
        BigDecimal v = AngkaTeks.parse(nilai);
        String got = actual.predikat(v).getLabel();
        if (!got.equals(label)) {
            failWithMessage("Expected %s to rate \"%s\" on %s but it rated \"%s\"", v.toPlainString(), label,
                    actual.getNama(), got);
        }
        return this;
    }

    /**
     * Verifies that exactly one band of the scale contains the value.
     *
     * @param nilai the value, not null
     * @return this, for chaining
     * @throws AssertionError when no band or several bands contain it
     */
    public SkalaAssert assignsExactlyOneBandTo(BigDecimal nilai) {
        isNotNull();
        List<Pita> containing = actual.getPita().stream().filter(p -> p.contains(nilai)).toList();
        if (containing.size() != 1) {
            failWithMessage("Expected exactly one band of %s to contain %s but found %s", actual.getNama(),
                    nilai.toPlainString(), containing);
        }
        return this;
    }

    /**
     * Verifies that the order of ratings follows the order of values: the larger value never rates
     * a lower band.
     *
     * @param a a value, not null
     * @param b another value, not null
     * @return this, for chaining
     * @throws AssertionError when the larger value rates a lower band than the smaller
     */
    public SkalaAssert ratesInValueOrder(BigDecimal a, BigDecimal b) {
        isNotNull();
        BigDecimal lo = a.min(b);
        BigDecimal hi = a.max(b);
        Predikat pLo = actual.predikat(lo);
        Predikat pHi = actual.predikat(hi);
        if (pLo.compareTo(pHi) > 0) {
            failWithMessage("Expected %s (%s) to rate no lower than %s (%s) on %s", hi.toPlainString(), pHi,
                    lo.toPlainString(), pLo, actual.getNama());
        }
        return this;
    }
}
