package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.indikator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.testing.Klojen2021;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SasaranTest {

    @Test
    void aDuplicateIndicatorCodeIsRejectedNamingCodeAndSasaran() {
        List<Indikator> dua = List.of(indikator("Indeks A").withKode("IKU-1"), indikator("Indeks B").withKode("IKU-1"));
        assertThatThrownBy(() -> Sasaran.of("Meningkatnya pelayanan", dua))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Sasaran.indikator must not repeat indicator code (kode) \"IKU-1\" in \"Meningkatnya pelayanan\"");
    }

    @Test
    void aDuplicateIndicatorNameIsRejected() {
        List<Indikator> dua = List.of(indikator("Indeks A"), indikator("Indeks A").withIku(true));
        assertThatThrownBy(() -> Sasaran.of("Meningkatnya pelayanan", dua))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Sasaran.indikator must not repeat indicator name \"Indeks A\" in \"Meningkatnya pelayanan\"");
    }

    @Test
    void indicatorsWithDifferentCodesOrNoCodeAreAccepted() {
        Sasaran s = Sasaran.of("S", List.of(indikator("A").withKode("1"), indikator("B").withKode("2"), indikator("C"),
                indikator("D")));
        assertThat(s.getIndikator()).hasSize(4);
    }

    @Test
    void aSasaranWithoutIndicatorIsRejected() {
        assertThatThrownBy(() -> Sasaran.of("Meningkatnya pelayanan", List.of()))
                .isExactlyInstanceOf(SakipException.class)
                .hasMessage("Sasaran.indikator must not be empty for sasaran \"Meningkatnya pelayanan\"");
    }

    @Test
    void theIndicatorsAreCopiedInOrder() {
        List<Indikator> source = new ArrayList<>(List.of(indikator("A"), indikator("B")));
        Sasaran s = Sasaran.of("S", source);
        source.clear();
        assertThat(s.getIndikator()).extracting(Indikator::getNama).containsExactly("A", "B");
        assertThatThrownBy(() -> s.getIndikator().add(indikator("C")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withKodeGivesTheCodeAndKeepsTheRest() {
        Sasaran s = Klojen2021.PELAYANAN.withKode("S1");
        assertThat(s.getKode()).contains("S1");
        assertThat(s.getIndikator()).isEqualTo(Klojen2021.PELAYANAN.getIndikator());
        assertThat(s).hasToString("Sasaran[S1 Meningkatnya kinerja pelayanan perangkat daerah, 1 indikator]");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        ValueContract.assertNullRejected(() -> Sasaran.of(null, List.of(indikator("A"))), "Sasaran.nama");
        ValueContract.assertNullRejected(() -> Sasaran.of("S", null), "Sasaran.indikator");
        ValueContract.assertNullRejected(() -> Sasaran.of("S", Arrays.asList(indikator("A"), null)),
                "Sasaran.indikator must not contain null, found one at index 1");
        ValueContract.assertNullRejected(() -> Klojen2021.PELAYANAN.withKode(null), "Sasaran.kode");
    }
}
