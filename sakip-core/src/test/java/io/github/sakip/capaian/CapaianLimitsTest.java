package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The capaian package refuses decimals of more than 1000 digits where they come in, as the memory
 * bomb {@code -1E+1000000000} once hung the messages of these three (see
 * {@link CapaianHostileInputTest}); one digit past the limit is enough to show it, and fast.
 */
class CapaianLimitsTest {
    private static final BigDecimal X = new BigDecimal("-1E+1000");
    private static final String LIMIT = " must have at most 1000 digits in plain form, was -1E+1000 (1001 digits)";

    @Test
    void capsWeightsAndCategoriesAreRefusedOneDigitPastTheLimit() {
        assertThatThrownBy(() -> BatasAtasCapaian.of(X)).hasMessage("BatasAtasCapaian.nilai" + LIMIT);
        assertThatThrownBy(() -> ButirCapaian.of("Butir", Persen.SERATUS).withBobot(X))
                .hasMessage("ButirCapaian.bobot" + LIMIT);
        assertThatThrownBy(() -> SkalaKualitatif.OPINI_BPK.kategori(X)).hasMessage("SkalaKualitatif nilai" + LIMIT);
    }
}
