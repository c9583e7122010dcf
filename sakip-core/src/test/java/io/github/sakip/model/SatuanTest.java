package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SatuanTest {

    @Test
    void namesAreComparedTrimmedAndWithoutRegardToCase() {
        assertThat(Satuan.of(" Persen ")).isEqualTo(Satuan.PERSEN).hasSameHashCodeAs(Satuan.PERSEN)
                .hasToString("persen");
        assertThat(Satuan.of("Unit Usaha")).isEqualTo(Satuan.of("unit usaha")).isNotEqualTo(Satuan.KEGIATAN);
    }

    @Test
    void unicodeSpacesAtEitherEndAreTrimmedLikeAsciiSpaces() {
        Satuan kg = Satuan.of("kg");
        for (String copied : List.of("kg\u00A0", "\u2003kg", "\u3000KG\u202F", "kg\u2007", "\u205Fkg\u1680",
                "\u0085kg\u2028", "\tkg\r\n")) {
            assertThat(Satuan.of(copied)).as("Satuan.of(%s)", copied).isEqualTo(kg).hasSameHashCodeAs(kg)
                    .hasToString("kg");
        }
    }

    @Test
    void innerRunsOfSpacesOfAnyKindAreOneAsciiSpace() {
        Satuan unitUsaha = Satuan.of("unit usaha");
        for (String copied : List.of("unit\u00A0usaha", "Unit \u00A0 Usaha", "unit\u202Fusaha", "unit\n\tusaha",
                "unit  usaha")) {
            assertThat(Satuan.of(copied)).as("Satuan.of(%s)", copied).isEqualTo(unitUsaha).hasToString("unit usaha");
        }
        assertThat(Satuan.of("unitusaha")).isNotEqualTo(unitUsaha);
    }

    @Test
    void aNameOfOnlyUnicodeSpacesIsBlank() {
        for (String blank : List.of("\u00A0", "\u3000\u2003", "\u202F\u2007 ")) {
            assertThatThrownBy(() -> Satuan.of(blank)).isExactlyInstanceOf(SakipException.class)
                    .hasMessage("Satuan.nama must not be blank, was \"" + blank + "\"");
        }
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> Satuan.of("\t")).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Satuan.nama must not be blank");
        ValueContract.assertNullRejected(() -> Satuan.of(null), "Satuan.nama");
    }
}
