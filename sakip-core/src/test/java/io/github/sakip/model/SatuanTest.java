package io.github.sakip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import org.junit.jupiter.api.Test;

class SatuanTest {

    @Test
    void namesAreComparedTrimmedAndWithoutRegardToCase() {
        assertThat(Satuan.of(" Persen ")).isEqualTo(Satuan.PERSEN).hasSameHashCodeAs(Satuan.PERSEN)
                .hasToString("persen");
        assertThat(Satuan.of("Unit Usaha")).isEqualTo(Satuan.of("unit usaha")).isNotEqualTo(Satuan.KEGIATAN);
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> Satuan.of("\t")).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("Satuan.nama must not be blank");
        ValueContract.assertNullRejected(() -> Satuan.of(null), "Satuan.nama");
    }
}
