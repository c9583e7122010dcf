package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.Y2021;
import static io.github.sakip.model.ModelSamples.Y2022;
import static io.github.sakip.model.ModelSamples.belanja;
import static io.github.sakip.model.ModelSamples.kode;
import static io.github.sakip.model.ModelSamples.pagu;
import static io.github.sakip.model.ModelSamples.subKegiatan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import org.junit.jupiter.api.Test;

class SubKegiatanTest {

    @Test
    void spendingOfAnotherYearThanThePaguIsRejectedNamingBothYears() {
        SubKegiatan s = subKegiatan("7.01.01.2.01.0001", 25_000_000L);
        assertThatThrownBy(() -> s.withRealisasi(belanja(Y2022, 24_500_000L)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("SubKegiatan.realisasi of 7.01.01.2.01.0001 must be of the pagu's year 2021, was 2022");
    }

    @Test
    void spendingOfThePagusYearIsKept() {
        SubKegiatan s = subKegiatan("7.01.01.2.01.0001", 25_000_000L).withRealisasi(belanja(Y2021, 24_500_000L));
        assertThat(s.getRealisasi()).contains(belanja(Y2021, 24_500_000L));
        assertThat(s.getPagu()).isEqualTo(pagu(25_000_000L));
    }

    @Test
    void aCodeAboveTheSubKegiatanLevelIsRejected() {
        assertThatThrownBy(() -> SubKegiatan.of(kode("7.01.01.2.01"), "Perencanaan", pagu(1L)))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("SubKegiatan.kode must be a sub kegiatan code (6 segments), was 7.01.01.2.01");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        KodeNomenklatur kode = kode("7.01.01.2.01.0001");
        ValueContract.assertNullRejected(() -> SubKegiatan.of(null, "x", pagu(1L)), "SubKegiatan.kode");
        ValueContract.assertNullRejected(() -> SubKegiatan.of(kode, null, pagu(1L)), "SubKegiatan.nama");
        ValueContract.assertNullRejected(() -> SubKegiatan.of(kode, "x", null), "SubKegiatan.pagu");
        ValueContract.assertNullRejected(() -> SubKegiatan.of(kode, "x", pagu(1L)).withRealisasi(null),
                "SubKegiatan.realisasi");
    }
}
