package io.github.sakip.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The harness itself: it fails on every way a call can go wrong, and passes the two right ones. */
class HostileTest {

    @Test
    void aValueOrASakipExceptionNamingTheFieldPasses() {
        assertThat(Hostile.<Object>call("Rupiah", () -> "Rp 1.00")).isEqualTo("Rp 1.00");
        assertThat(Hostile.<Object>call("Rupiah", () -> {
            throw new SakipException("Rupiah.amount must not be null");
        })).isNull();
        assertThat(Hostile.<Object>call("Persen|Rupiah", () -> {
            throw new SakipParseException("Rupiah \"x\" must start with \"Rp \"", "x", 0);
        })).isNull();
    }

    @Test
    void aMessageThatDoesNotNameTheFieldFails() {
        assertThatThrownBy(() -> Hostile.call("Target.nilai", () -> {
            throw new SakipException("something went wrong");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("names one of the fields");
    }

    @Test
    void anotherExceptionANullResultOrAHangFails() {
        assertThatThrownBy(() -> Hostile.call("Rupiah", () -> new BigDecimal("x")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("a call for Rupiah threw java.lang.NumberFormatException");
        assertThatThrownBy(() -> Hostile.call("Rupiah", () -> null))
                .isInstanceOf(AssertionError.class).hasMessageContaining("result for Rupiah");
        assertThatThrownBy(() -> Hostile.call("Rupiah", () -> {
            Thread.sleep(60_000);
            return "late";
        })).isInstanceOf(AssertionError.class).hasMessage("a call for Rupiah did not finish within " + Hostile.LIMIT);
        assertThatThrownBy(() -> Hostile.run("Rupiah", () -> {
            throw new StackOverflowError("deep");
        })).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void theListsHoldTheBombsTheyPromise() {
        assertThat(Hostile.DECIMALS).contains(new BigDecimal("1E+1000000000"), new BigDecimal("1E-1000000000"));
        assertThat(Hostile.TEXTS).anyMatch(t -> t.length() >= 1 << 20).contains("", "\u00A0", "\u0661\u066B\u0665");
    }
}
