package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.Y2022;
import static io.github.sakip.model.ModelSamples.kegiatan;
import static io.github.sakip.model.ModelSamples.kode;
import static io.github.sakip.model.ModelSamples.subKegiatan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KegiatanTest {

    @Test
    void aSubKegiatanCodedUnderAnotherKegiatanIsRejectedNamingBothCodes() {
        SubKegiatan lain = subKegiatan("7.01.01.2.02.0001", 1L);
        assertThatThrownBy(() -> kegiatan("7.01.01.2.01", lain)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Kegiatan.subKegiatan 7.01.01.2.02.0001 must be coded under kegiatan 7.01.01.2.01");
    }

    @Test
    void aRepeatedSubKegiatanCodeIsRejected() {
        SubKegiatan a = subKegiatan("7.01.01.2.01.0001", 1L);
        SubKegiatan b = subKegiatan("7.01.01.2.01.0001", 2L);
        assertThatThrownBy(() -> kegiatan("7.01.01.2.01", a, b)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Kegiatan.subKegiatan must not repeat code 7.01.01.2.01.0001");
    }

    @Test
    void subKegiatanOfDifferentYearsAreRejected() {
        SubKegiatan a = subKegiatan("7.01.01.2.01.0001", 1L);
        SubKegiatan b = SubKegiatan.of(kode("7.01.01.2.01.0002"), "b", Pagu.of(Y2022, Rupiah.of(1L)));
        assertThatThrownBy(() -> kegiatan("7.01.01.2.01", a, b)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Kegiatan.subKegiatan must all be of one year: 7.01.01.2.01.0002 is of 2022,"
                        + " 7.01.01.2.01.0001 of 2021");
    }

    @Test
    void aCodeOfAnotherLevelIsRejected() {
        assertThatThrownBy(() -> kegiatan("7.01.01")).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Kegiatan.kode must be a kegiatan code (5 segments), was 7.01.01");
    }

    @Test
    void subKegiatanAreKeptInOrderAndMayBeNone() {
        SubKegiatan a = subKegiatan("7.01.01.2.01.0002", 1L);
        SubKegiatan b = subKegiatan("7.01.01.2.01.0001", 2L);
        assertThat(kegiatan("7.01.01.2.01", a, b).getSubKegiatan()).containsExactly(a, b);
        assertThat(kegiatan("7.01.01.2.01").getSubKegiatan()).isEmpty();
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        KodeNomenklatur kode = kode("7.01.01.2.01");
        ValueContract.assertNullRejected(() -> Kegiatan.of(null, "k", List.of()), "Kegiatan.kode");
        ValueContract.assertNullRejected(() -> Kegiatan.of(kode, null, List.of()), "Kegiatan.nama");
        ValueContract.assertNullRejected(() -> Kegiatan.of(kode, "k", null), "Kegiatan.subKegiatan");
        ValueContract.assertNullRejected(() -> Kegiatan.of(kode, "k", Arrays.asList((SubKegiatan) null)),
                "Kegiatan.subKegiatan");
    }
}
