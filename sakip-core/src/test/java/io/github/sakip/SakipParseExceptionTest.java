package io.github.sakip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SakipParseExceptionTest {

    @Test
    void isASakipExceptionCarryingTheInputAndThePositionOfTheFault() {
        SakipParseException e = new SakipParseException("Tahun \"20x1\" must be four digits", "20x1", 2);
        assertThat(e).isInstanceOf(SakipException.class).hasMessage("Tahun \"20x1\" must be four digits");
        assertThat(e.getInput()).isEqualTo("20x1");
        assertThat(e.getErrorIndex()).isEqualTo(2);
    }
}
