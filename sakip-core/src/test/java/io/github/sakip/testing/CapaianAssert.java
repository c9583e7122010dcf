package io.github.sakip.testing;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Capaian}; obtain them from {@link SakipAssertions#assertThat(Capaian)}.
 * Failure messages show the capaian's working, for example
 * {@code Capaian[Nilai SAKIP OPD, 2021: 87.80 / 80.01 x 100 = 109.74%]}.
 */
public final class CapaianAssert extends AbstractAssert<CapaianAssert, Capaian> {

    CapaianAssert(Capaian actual) {
        super(actual, CapaianAssert.class);
    }

    /**
     * Verifies the printed capaian ({@link Capaian#getPersen()}), compared by value, not scale.
     *
     * @param expected the capaian in percent, as {@code "109,74"}, {@code "109,74%"} or {@code "109.74"}
     * @return this, for chaining
     * @throws AssertionError when the capaian differs
     */
    public CapaianAssert hasCapaian(String expected) {
        return hasCapaian(AngkaTeks.parse(expected));
    }

    /**
     * Verifies the printed capaian ({@link Capaian#getPersen()}), compared by value, not scale.
     *
     * @param expected the capaian in percent, for example {@code new BigDecimal("109.74")}
     * @return this, for chaining
     * @throws AssertionError when the capaian differs
     */
    public CapaianAssert hasCapaian(BigDecimal expected) {
        isNotNull();
        if (actual.getPersen().getNilai().compareTo(expected) != 0) {
            failWithMessage("Expected capaian %s but was %s: %s", expected.toPlainString(),
                    actual.getPersen().getNilai().toPlainString(), actual);
        }
        return this;
    }

    /**
     * Verifies that the target is met ({@link Capaian#isTercapai()}).
     *
     * @return this, for chaining
     * @throws AssertionError when the target is not met
     */
    public CapaianAssert isTercapai() {
        isNotNull();
        if (!actual.isTercapai()) {
            failWithMessage("Expected tercapai (capaian >= 100) but was belum tercapai: %s", actual);
        }
        return this;
    }

    /**
     * Verifies that the target is not met.
     *
     * @return this, for chaining
     * @throws AssertionError when the target is met
     */
    public CapaianAssert isBelumTercapai() {
        isNotNull();
        if (actual.isTercapai()) {
            failWithMessage("Expected belum tercapai (capaian < 100) but was tercapai: %s", actual);
        }
        return this;
    }

    /**
     * Verifies the rating of the printed capaian on a scale.
     *
     * @param skala the scale, not null
     * @param label the expected label, for example {@code "Tercapai/ Berhasil"}
     * @return this, for chaining
     * @throws AssertionError when the rating has another label
     */
    public CapaianAssert hasPredikat(Skala skala, String label) {
        isNotNull();
        String got = actual.getPredikat(skala).getLabel();
        if (!got.equals(label)) {
            failWithMessage("Expected predikat \"%s\" on %s but was \"%s\": %s", label, skala.getNama(), got, actual);
        }
        return this;
    }
}
