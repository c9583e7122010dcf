package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges of the model's hand-written value types that the example tests leave open: equality
 * field by field, signs and characters at the boundary of each parser, and ordering of codes.
 */
class ModelMutationTest {

    @Test
    void equalityLooksAtEveryField() {
        assertThat(Pembulatan.of(2, RoundingMode.DOWN)).isEqualTo(Pembulatan.of(2, RoundingMode.DOWN))
                .isNotEqualTo(Pembulatan.of(3, RoundingMode.DOWN))
                .isNotEqualTo(Pembulatan.of(2, RoundingMode.UP))
                .isNotEqualTo("Pembulatan[2, DOWN]");
        Periode p = Periode.parse("2019-2023");
        assertThat(p).isEqualTo(Periode.parse("2019-2023"))
                .isNotEqualTo(Periode.parse("2018-2023"))
                .isNotEqualTo(Periode.parse("2019-2024"))
                .isNotEqualTo("2019-2023");
        assertThat(Satuan.of(" Orang ").getNama()).isEqualTo("orang");
        assertThat(Satuan.of("Orang")).isEqualTo(Satuan.ORANG).isNotEqualTo(Satuan.DOKUMEN).isNotEqualTo("orang");
        assertThat(Pecahan.of(1, 3)).isEqualTo(Pecahan.of(2, 6))
                .isNotEqualTo(Pecahan.of(2, 3))
                .isNotEqualTo(Pecahan.of(1, 4))
                .isNotEqualTo("1/3");
        assertThat(Triwulan.of(Tahun.of(2021), 3)).isEqualTo(Triwulan.parse("2021-TW3"))
                .isNotEqualTo(Triwulan.parse("2021-TW4"))
                .isNotEqualTo(Triwulan.parse("2022-TW3"));
    }

    @Test
    void triwulanReadsOnlyQuarterNumbersOneToFour() {
        assertThat(Triwulan.parse("2021-TW1").getKe()).isEqualTo(1);
        assertThat(Triwulan.parse("2021-TW4").getKe()).isEqualTo(4);
        for (String bad : List.of("2021-TW41", "2021-TW", "02021-TW4")) {
            assertThatThrownBy(() -> Triwulan.parse(bad))
                    .isInstanceOf(SakipParseException.class)
                    .hasMessage("Triwulan \"" + bad + "\" must have the form YYYY-TWn, for example 2021-TW4");
        }
        for (String bad : List.of("2021-TW0", "2021-TW5", "2021-TW/", "2021-TW:")) {
            assertThatThrownBy(() -> Triwulan.parse(bad))
                    .isInstanceOf(SakipParseException.class)
                    .hasMessage("Triwulan \"" + bad + "\" must end in a quarter number 1 to 4 at position 7");
        }
    }

    @Test
    void pecahanKeepsTheSignInTheNumeratorAndComparesExactly() {
        Pecahan minusHalf = Pecahan.of(1, -2);
        assertThat(minusHalf.getPembilang()).isEqualTo(BigInteger.ONE.negate());
        assertThat(minusHalf.getPenyebut()).isEqualTo(BigInteger.TWO);
        assertThat(minusHalf.abs()).isEqualTo(Pecahan.of(1, 2));
        assertThat(Pecahan.NOL.abs()).isSameAs(Pecahan.NOL);
        assertThat(Pecahan.of(1, 2).abs()).isEqualTo(Pecahan.of(1, 2));
        Pecahan half = Pecahan.of(1, 2);
        Pecahan alsoHalf = Pecahan.of(2, 4);
        assertThat(half.min(alsoHalf)).isSameAs(half);
        assertThat(half.max(alsoHalf)).isSameAs(half);
        assertThat(half.min(Pecahan.SATU)).isSameAs(half);
        assertThat(half.max(Pecahan.SATU)).isSameAs(Pecahan.SATU);
        assertThat(Pecahan.of(BigDecimal.ZERO)).isEqualTo(Pecahan.NOL);
        assertThat(Pecahan.of(new BigDecimal("1E+2"))).isEqualTo(Pecahan.of(100, 1));
    }

    @Test
    void kodeNomenklaturOfTheSameNumbersButOtherWidthsIsNotTheSameCode() {
        KodeNomenklatur lama = KodeNomenklatur.parse("7.01.01.2.01.01");
        KodeNomenklatur baru = KodeNomenklatur.parse("7.01.01.2.01.0001");
        assertThat(lama.compareTo(baru)).isNotZero();
        assertThat(Integer.signum(lama.compareTo(baru))).isEqualTo(-Integer.signum(baru.compareTo(lama)));
        assertThat(lama).isNotEqualTo(baru);
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.0/"))
                .hasMessage("KodeNomenklatur \"7.0/\" must be digits separated by '.', unexpected character at"
                        + " position 3");
        assertThatThrownBy(() -> KodeNomenklatur.parse("7.0:"))
                .hasMessage("KodeNomenklatur \"7.0:\" must be digits separated by '.', unexpected character at"
                        + " position 3");
    }

    @Test
    void aMinusSignIsReadOnlyFirst() {
        assertThat(Rupiah.parse("Rp -5.00")).isEqualTo(Rupiah.of(-5));
        assertThatThrownBy(() -> Rupiah.parse("Rp 5-"))
                .isInstanceOf(SakipParseException.class)
                .hasMessage("Rupiah \"Rp 5-\" must be \"Rp \" and a plain decimal number: unexpected character"
                        + " at position 4");
        assertThatThrownBy(() -> Rupiah.parse("Rp +5"))
                .hasMessageEndingWith("unexpected character at position 3");
        assertThat(Persen.parse("-3.73%")).isEqualTo(Persen.of(new BigDecimal("-3.73")));
        assertThatThrownBy(() -> Persen.parse("3-73%"))
                .isInstanceOf(SakipParseException.class)
                .hasMessage("Persen \"3-73%\" must be a plain number followed by '%': unexpected character at"
                        + " position 1");
        assertThatThrownBy(() -> Persen.parse("+3%")).hasMessageEndingWith("unexpected character at position 0");
    }

    @Test
    void indikatorToStringMarksAnIku() {
        Indikator i = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);
        assertThat(i).hasToString("Indikator[Nilai SAKIP OPD, nilai, POSITIF]");
        assertThat(i.withIku(true)).hasToString("Indikator[Nilai SAKIP OPD, nilai, POSITIF, IKU]");
    }

    @Test
    void aProgramWithoutCodeCannotHoldKegiatan() {
        KodeNomenklatur kode = KodeNomenklatur.parse("7.01.01.2.01");
        SubKegiatan sub = SubKegiatan.of(KodeNomenklatur.parse("7.01.01.2.01.0001"), "Sub",
                Pagu.of(Tahun.of(2021), Rupiah.of(1)));
        Program coded = Program.of(KodeNomenklatur.parse("7.01.01"), "Program", List.of(Kegiatan.of(kode,
                "Kegiatan", List.of(sub))));
        assertThat(coded.getKegiatan()).hasSize(1);
        assertThatThrownBy(() -> Program.of(KodeNomenklatur.parse("7.01.02"), "Program",
                List.of(Kegiatan.of(kode, "Kegiatan", List.of(sub)))))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Program.kegiatan 7.01.01.2.01 must be coded under the program's code 7.01.02");
    }
}
