package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RupiahTest {
    private static final long SEPULUH_PANGKAT_16 = 10_000_000_000_000_000L;
    private static final long SEPULUH_PANGKAT_18 = 1_000_000_000_000_000_000L;

    private static Rupiah ofSen(BigInteger sen) {
        return Rupiah.of(new BigDecimal(sen, 2));
    }

    private static Gen<Rupiah> rupiah(long maxRupiah) {
        return ModelGen.sen(maxRupiah).map(RupiahTest::ofSen);
    }

    @Test
    void amountMadeAgainIsEqualWithAStableHash() {
        ValueContract.assertEqualWhenMadeAgain(ModelGen.sen(SEPULUH_PANGKAT_18), RupiahTest::ofSen);
    }

    @Test
    void parseReadsWhatToStringPrintsForAnyAmountUpTo10e18WithSenEitherSign() {
        ValueContract.assertParseReadsToString(rupiah(SEPULUH_PANGKAT_18), Rupiah::parse);
    }

    @Test
    void parseFailsOnlyWithSakipExceptionOnAnyText() {
        ValueContract.assertParseFailsOnlyWithSakipException(
                ModelGen.parseInput("Rp 0123456789.-+,eE", rupiah(SEPULUH_PANGKAT_18).map(Rupiah::toString)),
                Rupiah::parse);
    }

    @Test
    void totalIsTheExactSumAndNeverLosesASenForAmountsUpTo10e16() {
        qt().withExamples(ValueContract.EXAMPLES)
                .forAll(lists().of(ModelGen.sen(SEPULUH_PANGKAT_16)).ofSizeBetween(0, 40))
                .checkAssert(sen -> {
                    BigInteger expected = sen.stream().reduce(BigInteger.ZERO, BigInteger::add);
                    Rupiah total = Rupiah.total(sen.stream().map(RupiahTest::ofSen).toList());
                    assertThat(total.getNilai().scale()).isEqualTo(2);
                    assertThat(total.getNilai().unscaledValue()).isEqualTo(expected);
                });
    }

    @Test
    void oneSenOnTopOfTenQuadrillionRupiahIsKept() {
        // 10^16 + 0.01 has 19 significant digits: a double would drop the sen.
        Rupiah total = Rupiah.total(List.of(Rupiah.of(SEPULUH_PANGKAT_16), Rupiah.of(new BigDecimal("0.01"))));
        assertThat(total).hasToString("Rp 10000000000000000.01");
    }

    @Test
    void minusUndoesPlus() {
        qt().withExamples(ValueContract.EXAMPLES).forAll(rupiah(SEPULUH_PANGKAT_18), rupiah(SEPULUH_PANGKAT_18))
                .checkAssert((a, b) -> {
                    assertThat(a.plus(b).minus(b)).isEqualTo(a);
                    assertThat(a.plus(b)).isEqualTo(Rupiah.total(List.of(a, b)));
                    assertThat(a.minus(a).isZero()).isTrue();
                    assertThat(a.minus(b).isNegative()).isEqualTo(a.compareTo(b) < 0);
                });
    }

    @Test
    void ofWithThreeDecimalsIsRejectedNamingTheAmountAndTheRule() {
        assertThatThrownBy(() -> Rupiah.of(new BigDecimal("1.005"))).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Rupiah.amount")
                .hasMessageContaining("at most 2 decimals")
                .hasMessageContaining("was 1.005")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void ofWithARoundingModeRoundsToSen() {
        assertThat(Rupiah.of(new BigDecimal("1.005"), RoundingMode.HALF_UP)).hasToString("Rp 1.01");
        assertThat(Rupiah.of(new BigDecimal("1.005"), RoundingMode.DOWN)).hasToString("Rp 1.00");
        assertThat(Rupiah.of(new BigDecimal("-1.005"), RoundingMode.HALF_UP)).hasToString("Rp -1.01");
    }

    @Test
    void ofWithUnnecessaryRoundingRefusesToRoundLikeOfWithoutMode() {
        assertThatThrownBy(() -> Rupiah.of(new BigDecimal("1.005"), RoundingMode.UNNECESSARY))
                .isExactlyInstanceOf(SakipException.class).hasMessageContaining("was 1.005");
        assertThat(Rupiah.of(new BigDecimal("1.5"), RoundingMode.UNNECESSARY)).hasToString("Rp 1.50");
    }

    @Test
    void trailingZerosAndWholeNumbersGiveTheSameAmountAtScaleTwo() {
        Rupiah lima = Rupiah.of(5L);
        assertThat(Rupiah.of(new BigDecimal("5"))).isEqualTo(lima);
        assertThat(Rupiah.of(new BigDecimal("5.000"))).isEqualTo(lima);
        assertThat(Rupiah.of(new BigDecimal("5E0"))).isEqualTo(lima);
        assertThat(lima.getNilai()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void printsAsRpAndAPlainNumberWithTwoDecimals() {
        assertThat(Rupiah.of(40_353_401_000L)).hasToString("Rp 40353401000.00");
        assertThat(Rupiah.NOL).hasToString("Rp 0.00");
        assertThat(Rupiah.total(List.of())).isEqualTo(Rupiah.NOL);
    }

    @Test
    void parseRejectsAnythingButAPlainNumberAfterRp() {
        assertThatThrownBy(() -> Rupiah.parse("40353401000.00")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isZero());
        assertThatThrownBy(() -> Rupiah.parse("Rp 40.353.401.000,00"))
                .isInstanceOfSatisfying(SakipParseException.class, e -> assertThat(e.getErrorIndex()).isEqualTo(17));
        assertThatThrownBy(() -> Rupiah.parse("Rp 1e5")).isInstanceOfSatisfying(SakipParseException.class,
                e -> assertThat(e.getErrorIndex()).isEqualTo(4));
        assertThatThrownBy(() -> Rupiah.parse("Rp 1.2.3")).isInstanceOf(SakipParseException.class);
        assertThatThrownBy(() -> Rupiah.parse("Rp 1.005")).isInstanceOf(SakipException.class)
                .hasMessageContaining("at most 2 decimals");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Rupiah.of(null), "Rupiah.amount");
        ValueContract.assertNullRejected(() -> Rupiah.of(null, RoundingMode.HALF_UP), "Rupiah.amount");
        ValueContract.assertNullRejected(() -> Rupiah.of(BigDecimal.ONE, null), "roundingMode");
        ValueContract.assertNullRejected(() -> Rupiah.parse(null), "Rupiah text");
        ValueContract.assertNullRejected(() -> Rupiah.total(null), "Rupiah.total");
        ValueContract.assertNullRejected(() -> Rupiah.total(Arrays.asList(Rupiah.NOL, null)), "Rupiah.total");
    }

    @Test
    void parseRejectsAThirdDecimalAsAParseErrorAtTheDecimalPoint() {
        assertThatThrownBy(() -> Rupiah.parse("Rp 1.005")).isExactlyInstanceOf(SakipParseException.class)
                .hasMessageContaining("at most 2 decimals (sen)")
                .extracting(e -> ((SakipParseException) e).getErrorIndex()).isEqualTo(4);
    }

    @Test
    void arithmeticRejectsNullWithTheField() {
        assertThatThrownBy(() -> Rupiah.NOL.plus(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Rupiah.plus other must not be null");
        assertThatThrownBy(() -> Rupiah.NOL.minus(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Rupiah.minus other must not be null");
    }
}
