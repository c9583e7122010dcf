package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SakipExceptionTest {

    @Test
    void isAnUncheckedIllegalArgumentExceptionThatKeepsItsMessageAndCause() {
        ArithmeticException cause = new ArithmeticException("Rounding necessary");
        SakipException e = new SakipException("Rupiah.amount must have at most 2 decimals, was 1.005", cause);
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rupiah.amount must have at most 2 decimals, was 1.005")
                .hasCause(cause);
    }
}
