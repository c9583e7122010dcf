package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.indikator;
import static io.github.sakip.model.ModelSamples.sasaran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.testing.Klojen2021;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TujuanTest {

    @Test
    void theKlojenTujuanHasItsOwnIndicatorAndThreeSasaran() {
        // Tabel 2.1: indikator tujuan IKM Perangkat Daerah, three sasaran.
        Tujuan t = Klojen2021.tujuan();
        assertThat(t.getNama()).isEqualTo("Terwujudnya Kecamatan Yang Profesional dan Akuntabel");
        assertThat(t.getIndikator()).containsExactly(Klojen2021.IKM);
        assertThat(t.getSasaran()).containsExactly(Klojen2021.PELAYANAN, Klojen2021.PEMBERDAYAAN,
                Klojen2021.PEMERATAAN);
    }

    @Test
    void aTujuanMayHaveNoIndicatorOfItsOwn() {
        assertThat(Tujuan.of("T", List.of(), List.of(sasaran("S", indikator("A")))).getIndikator()).isEmpty();
    }

    @Test
    void aTujuanWithoutSasaranIsRejected() {
        assertThatThrownBy(() -> Tujuan.of("Terwujudnya kecamatan", List.of(), List.of()))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Tujuan.sasaran must not be empty for tujuan \"Terwujudnya kecamatan\"");
    }

    @Test
    void aRepeatedSasaranIsRejectedByName() {
        List<Sasaran> dua = List.of(sasaran("S", indikator("A")), sasaran("S", indikator("B")));
        assertThatThrownBy(() -> Tujuan.of("T", List.of(), dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("Tujuan.sasaran must not repeat sasaran \"S\"");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        List<Sasaran> satu = List.of(sasaran("S", indikator("A")));
        ValueContract.assertNullRejected(() -> Tujuan.of(null, List.of(), satu), "Tujuan.nama");
        ValueContract.assertNullRejected(() -> Tujuan.of("T", null, satu), "Tujuan.indikator");
        ValueContract.assertNullRejected(() -> Tujuan.of("T", List.of(), null), "Tujuan.sasaran");
        ValueContract.assertNullRejected(() -> Tujuan.of("T", Arrays.asList(indikator("A"), null), satu),
                "Tujuan.indikator");
    }
}
