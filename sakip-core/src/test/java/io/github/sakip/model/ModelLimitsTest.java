package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The limits the model keeps against hostile input, example by example: numbers of more than
 * {@link io.github.sakip.internal.Checks#MAX_DIGITS} digits refused where they come in (the memory bombs such
 * as {@code 1E+1000000000} among them), texts longer than that refused before reading, and names
 * blank after trimming. Fast, so mutation testing runs them (the random suites are in
 * {@link ModelHostileInputTest}).
 */
class ModelLimitsTest {
    private static final Tahun Y2021 = Tahun.of(2021);

    @Test
    void everyRupiahAndPersenIsReadBackByItsParse() {
        BigDecimal longest = new BigDecimal(BigInteger.TEN.pow(998).subtract(BigInteger.ONE));
        Rupiah r = Rupiah.of(longest);
        assertThat(Rupiah.parse(r.toString())).isEqualTo(r);
        BigDecimal tooLongAtScale2 = new BigDecimal(BigInteger.TEN.pow(999).subtract(BigInteger.ONE));
        assertThatThrownBy(() -> Rupiah.of(tooLongAtScale2))
                .hasMessageStartingWith("Rupiah.amount must have at most 1000 digits in plain form");
        assertThatThrownBy(() -> r.plus(r.plus(r).plus(r).plus(r).plus(r).plus(r).plus(r).plus(r).plus(r)))
                .hasMessageStartingWith("Rupiah.amount must have at most 1000 digits in plain form");
        Persen p = Persen.of(longest);
        assertThat(Persen.parse(p.toString())).isEqualTo(p);
        assertThatThrownBy(() -> p.withPembulatan(Pembulatan.of(30, RoundingMode.UNNECESSARY)))
                .hasMessageStartingWith("Persen.nilai must have at most 1000 digits in plain form");
    }

    @Test
    void parsersRefuseTextLongerThanTheLimitBeforeReadingIt() {
        assertRefusedBeforeReading(5000);
    }

    /**
     * Rupiah.parse and Persen.parse refuse {@code length} digits by the length of the text alone,
     * and still read the longest amount and percentage of 1000 digits.
     */
    static void assertRefusedBeforeReading(int length) {
        String digits = "1".repeat(length);
        assertThatThrownBy(() -> Rupiah.parse("Rp " + digits))
                .isInstanceOf(SakipParseException.class)
                .hasMessage("Rupiah \"Rp " + "1".repeat(57) + "...\" (" + (length + 3) + " characters) must have"
                        + " at most 1000 digits");
        assertThatThrownBy(() -> Persen.parse(digits + "%"))
                .isInstanceOf(SakipParseException.class)
                .hasMessage("Persen \"" + "1".repeat(60) + "...\" (" + (length + 1) + " characters) must have at"
                        + " most 1000 digits");
        assertThat(Rupiah.parse("Rp -" + "9".repeat(998) + ".99").getNilai().precision()).isEqualTo(1000);
        assertThat(Persen.parse("-" + "9".repeat(999) + ".9%").getNilai().precision()).isEqualTo(1000);
    }

    @Test
    void parseMessagesQuoteSixtyCharactersOfALongInputAndKeepThePosition() {
        String mb = "9".repeat(1 << 20);
        assertParseError(() -> Tahun.parse("2021" + mb), "Tahun \"2021" + "9".repeat(56) + "...\" (1048580 characters)"
                + " must be four digits, had 1048580", 0);
        assertParseError(() -> Tahun.parse(mb + "x"), "Tahun \"" + "9".repeat(60) + "...\" (1048577 characters)"
                + " must be four digits: unexpected character at position 1048576", 1 << 20);
        assertParseError(() -> Triwulan.parse("2021-TW4" + mb), "Triwulan \"2021-TW4" + "9".repeat(52)
                + "...\" (1048584 characters) must have the form YYYY-TWn, for example 2021-TW4", 0);
        assertParseError(() -> Periode.parse("2019-2023" + mb), "Periode \"2019-2023" + "9".repeat(51)
                + "...\" (1048585 characters) must have the form YYYY-YYYY, for example 2019-2023", 0);
        assertParseError(() -> KodeNomenklatur.parse("7.01.01.2.01.0001x" + mb), "KodeNomenklatur \"7.01.01.2.01.0001x"
                + "9".repeat(42) + "...\" (1048594 characters) must be digits separated by '.', unexpected character"
                + " at position 17", 17);
        assertParseError(() -> KodeNomenklatur.parse("7." + mb), "KodeNomenklatur \"7." + "9".repeat(58)
                + "...\" (1048578 characters) segment 2 must have 2 digits, had 1048576 at position 2", 2);
        assertParseError(() -> Rupiah.parse("Rp. " + mb), "Rupiah \"Rp. " + "9".repeat(56)
                + "...\" (1048580 characters) must start with \"Rp \"", 0);
        assertParseError(() -> Persen.parse(mb), "Persen \"" + "9".repeat(60)
                + "...\" (1048576 characters) must be a plain number followed by '%'", (1 << 20) - 1);
    }

    private static void assertParseError(ThrowingCallable parse, String message, int errorIndex) {
        assertThatThrownBy(parse).isExactlyInstanceOf(SakipParseException.class).hasMessage(message)
                .satisfies(e -> assertThat(((SakipParseException) e).getErrorIndex()).isEqualTo(errorIndex))
                .satisfies(e -> assertThat(((SakipParseException) e).getInput()).hasSizeGreaterThanOrEqualTo(1 << 20));
    }

    @Test
    void satuanIsNotBlankAfterTrimmingControlCharacters() {
        assertThatThrownBy(() -> Satuan.of("\u0000")).hasMessage("Satuan.nama must not be blank, was \"\u0000\"");
        assertThatThrownBy(() -> Satuan.of("\u00A0")).hasMessage("Satuan.nama must not be blank, was \"\u00A0\"");
        assertThat(Satuan.of("\u0000Orang\u0001")).isEqualTo(Satuan.ORANG);
    }

    @Test
    void pecahanRefusesLongDecimalsAndNulls() {
        assertThatThrownBy(() -> Pecahan.of(new BigDecimal("1E+1000")))
                .hasMessageStartingWith("Pecahan nilai must have at most 1000 digits");
        assertThatThrownBy(() -> Pecahan.of(null, BigDecimal.ONE)).hasMessage("Pecahan.pembilang must not be null");
        assertThatThrownBy(() -> Pecahan.total(null)).hasMessage("Pecahan.total nilai must not be null");
        assertThatThrownBy(() -> Pecahan.total(Arrays.asList(Pecahan.SATU, null)))
                .hasMessage("Pecahan.total element must not be null");
        assertThatThrownBy(() -> Pecahan.SATU.plus(null)).hasMessage("Pecahan.plus other must not be null");
        assertThatThrownBy(() -> Pecahan.SATU.minus(null)).hasMessage("Pecahan.minus other must not be null");
        assertThatThrownBy(() -> Pecahan.SATU.times(null)).hasMessage("Pecahan.times other must not be null");
        assertThatThrownBy(() -> Pecahan.SATU.dividedBy(null)).hasMessage("Pecahan.dividedBy other must not be null");
        assertThatThrownBy(() -> Pecahan.SATU.bulatkan(null))
                .hasMessage("Pecahan.bulatkan pembulatan must not be null");
    }

    @Test
    void everyDecimalEntryPointRefusesOneDigitTooMany() {
        assertRefusedEverywhere(new BigDecimal("1E+1000"), "1E+1000 (1001 digits)");
        assertThat(Pecahan.of(new BigDecimal("1E+999"), BigDecimal.ONE)).isEqualTo(Pecahan.of(new BigDecimal("1E+999")));
    }

    /**
     * Every entry point of the model that takes a decimal refuses {@code x}, naming the field and
     * showing the value as {@code shown}, for example {@code 1E+1000 (1001 digits)}.
     */
    static void assertRefusedEverywhere(BigDecimal x, String shown) {
        String limit = "must have at most 1000 digits in plain form, was " + shown;
        assertThatThrownBy(() -> Rupiah.of(x)).hasMessage("Rupiah.amount " + limit);
        assertThatThrownBy(() -> Rupiah.of(x, RoundingMode.DOWN)).hasMessage("Rupiah.amount " + limit);
        assertThatThrownBy(() -> Persen.of(x)).hasMessage("Persen.nilai " + limit);
        assertThatThrownBy(() -> Target.of(Y2021, x)).hasMessage("Target.nilai " + limit);
        assertThatThrownBy(() -> Target.of(Triwulan.of(Y2021, 2), x)).hasMessage("Target.nilai " + limit);
        assertThatThrownBy(() -> Target.rentang(Y2021, x, x)).hasMessage("Target.bawah " + limit);
        assertThatThrownBy(() -> Target.rentang(Y2021, BigDecimal.ONE, x)).hasMessage("Target.atas " + limit);
        assertThatThrownBy(() -> Realisasi.of(Y2021, x)).hasMessage("Realisasi.nilai " + limit);
        assertThatThrownBy(() -> Realisasi.of(Triwulan.of(Y2021, 2), x)).hasMessage("Realisasi.nilai " + limit);
        assertThatThrownBy(() -> Pembulatan.STANDAR.bulatkan(x)).hasMessage("Pembulatan.bulatkan value " + limit);
        assertThatThrownBy(() -> Pembulatan.STANDAR.bagi(x, BigDecimal.ONE))
                .hasMessage("Pembulatan.bagi pembilang " + limit);
        assertThatThrownBy(() -> Pembulatan.STANDAR.bagi(BigDecimal.ONE, x))
                .hasMessage("Pembulatan.bagi penyebut " + limit);
        assertThatThrownBy(() -> Pecahan.of(x)).hasMessage("Pecahan nilai " + limit);
        assertThatThrownBy(() -> Pecahan.of(x, BigDecimal.ONE)).hasMessage("Pecahan.pembilang " + limit);
        assertThatThrownBy(() -> Pecahan.of(BigDecimal.ONE, x)).hasMessage("Pecahan.penyebut " + limit);
    }
}
