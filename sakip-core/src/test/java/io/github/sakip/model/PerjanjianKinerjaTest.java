package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.Y2021;
import static io.github.sakip.model.ModelSamples.Y2022;
import static io.github.sakip.model.ModelSamples.indikator;
import static io.github.sakip.model.ModelSamples.sasaran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerjanjianKinerjaTest {

    /** A sasaran with one indicator and its target of {@code tahun}, without programs. */
    private static KomitmenSasaran komitmen(String sasaran, Indikator indikator, Tahun tahun) {
        return KomitmenSasaran.of(sasaran(sasaran, indikator), Map.of(indikator, Target.of(tahun, BigDecimal.TEN)),
                List.of());
    }

    @Test
    void aDuplicateIndicatorCodeAcrossSasaranIsRejectedNamingTheCode() {
        List<KomitmenSasaran> dua = List.of(komitmen("S1", indikator("Indeks A").withKode("IKU-1"), Y2021),
                komitmen("S2", indikator("Indeks B").withKode("IKU-1"), Y2021));
        assertThatThrownBy(() -> PerjanjianKinerja.of(Y2021, dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja 2021 must not repeat indicator code (kode) \"IKU-1\"");
    }

    @Test
    void aRepeatedSasaranIsRejected() {
        List<KomitmenSasaran> dua = List.of(komitmen("S1", indikator("Indeks A"), Y2021),
                komitmen("S1", indikator("Indeks B"), Y2021));
        assertThatThrownBy(() -> PerjanjianKinerja.of(Y2021, dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja.komitmen must not repeat sasaran \"S1\"");
    }

    @Test
    void aTargetOfAnotherYearIsRejectedNamingTheIndicatorAndTheYear() {
        List<KomitmenSasaran> y2022 = List.of(komitmen("S1", indikator("Indeks A"), Y2022));
        assertThatThrownBy(() -> PerjanjianKinerja.of(Y2021, y2022)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja 2021: target of \"Indeks A\" must be of the agreement's year, was 2022");
    }

    @Test
    void anAgreementWithoutSasaranIsRejected() {
        assertThatThrownBy(() -> PerjanjianKinerja.of(Y2021, List.of())).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja.komitmen must not be empty for 2021");
    }

    @Test
    void anIndicatorNotInTheAgreementHasNoTarget() {
        PerjanjianKinerja pk = PerjanjianKinerja.of(Y2021, List.of(komitmen("S1", indikator("Indeks A"), Y2021)));
        assertThat(pk.getTarget(indikator("Indeks A"))).contains(Target.of(Y2021, BigDecimal.TEN));
        assertThat(pk.getTarget(indikator("Indeks Z"))).isEmpty();
        assertThat(pk.getTotalPagu()).isEqualTo(Rupiah.NOL);
    }

    @Test
    void anIndicatorKnownOnlyByNameIsFoundIgnoringCaseAndSpaces() {
        Indikator iku = indikator("IKM Perangkat Daerah").withKode("IKU-1");
        PerjanjianKinerja pk = PerjanjianKinerja.of(Y2021, List.of(komitmen("S1", iku, Y2021),
                komitmen("S2", indikator("Indeks B"), Y2021)));
        // by identity: with no kode on one side, the name identifies the indicator
        assertThat(pk.getTarget(indikator("IKM Perangkat Daerah"))).contains(Target.of(Y2021, BigDecimal.TEN));
        assertThat(pk.getTarget(indikator("IKM Perangkat Daerah").withKode("IKU-2"))).isEmpty();
        assertThat(pk.cariIndikator("ikm\u00A0perangkat  daerah\n")).contains(iku);
        assertThat(pk.cariIndikator("IKM Perangkat Daerah").flatMap(pk::getTarget))
                .contains(Target.of(Y2021, BigDecimal.TEN));
        assertThat(pk.cariIndikator("IKM Kecamatan")).isEmpty();
        assertThatThrownBy(() -> pk.cariIndikator("\u00A0")).isExactlyInstanceOf(SakipException.class)
                .hasMessageStartingWith("PerjanjianKinerja.cariIndikator nama must not be blank, was ");
        assertThatThrownBy(() -> pk.cariIndikator(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja.cariIndikator nama must not be null");
    }

    @Test
    void aNameTwoIndicatorsShareIsAmbiguous() {
        PerjanjianKinerja pk = PerjanjianKinerja.of(Y2021, List.of(komitmen("S1", indikator("Indeks A"), Y2021),
                komitmen("S2", indikator("indeks  A").withKode("X"), Y2021)));
        assertThatThrownBy(() -> pk.cariIndikator("Indeks A")).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja 2021 has 2 indicators named \"Indeks A\"; find them by value");
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        List<KomitmenSasaran> satu = List.of(komitmen("S1", indikator("Indeks A"), Y2021));
        ValueContract.assertNullRejected(() -> PerjanjianKinerja.of(null, satu), "PerjanjianKinerja.tahun");
        ValueContract.assertNullRejected(() -> PerjanjianKinerja.of(Y2021, null), "PerjanjianKinerja.komitmen");
        ValueContract.assertNullRejected(() -> PerjanjianKinerja.of(Y2021, Arrays.asList((KomitmenSasaran) null)),
                "PerjanjianKinerja.komitmen");
    }

    @Test
    void aProgramUnderTwoSasaranIsRejectedSoItsBudgetIsNotCountedTwice() {
        Program program = Program.of("Program Penunjang", ModelSamples.pagu(1_000L));
        Indikator a = indikator("Indeks A");
        Indikator b = indikator("Indeks B");
        List<KomitmenSasaran> dua = List.of(
                KomitmenSasaran.of(sasaran("S1", a), Map.of(a, Target.of(Y2021, BigDecimal.TEN)), List.of(program)),
                KomitmenSasaran.of(sasaran("S2", b), Map.of(b, Target.of(Y2021, BigDecimal.TEN)), List.of(program)));
        assertThatThrownBy(() -> PerjanjianKinerja.of(Y2021, dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja 2021 must not list program \"Program Penunjang\" under two sasaran:"
                        + " its budget would count twice");
    }

    @Test
    void anIndicatorUnderTwoSasaranIsRejected() {
        Indikator a = indikator("Indeks A");
        List<KomitmenSasaran> dua = List.of(komitmen("S1", a, Y2021), komitmen("S2", a, Y2021));
        assertThatThrownBy(() -> PerjanjianKinerja.of(Y2021, dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja 2021 must not list indicator \"Indeks A\" under two sasaran");
    }

    @Test
    void lookupsRejectNullWithTheField() {
        PerjanjianKinerja pk = PerjanjianKinerja.of(Y2021, List.of(komitmen("S1", indikator("Indeks A"), Y2021)));
        assertThatThrownBy(() -> pk.getTarget(null)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("PerjanjianKinerja.getTarget indikator must not be null");
    }

    @org.junit.jupiter.api.Test
    void targetsAreFoundByTheIndicatorsIdentityNotEveryAttribute() {
        PerjanjianKinerja pk = io.github.sakip.testing.Klojen2021.perjanjianKinerja();
        Indikator ipmas = io.github.sakip.testing.Klojen2021.IPMAS;
        org.assertj.core.api.Assertions.assertThat(pk.getTarget(ipmas.withIku(false))).isEqualTo(pk.getTarget(ipmas))
                .isPresent();
        org.assertj.core.api.Assertions.assertThat(pk.getTarget(ipmas.withFormulasi("R / T x 100"))).isPresent();
        org.assertj.core.api.Assertions.assertThat(pk.getTarget(Indikator.of("IPMas", Satuan.INDEKS,
                Polaritas.POSITIF))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(ipmas.isSama(ipmas.withKode("IKU-3"))).isTrue();
        org.assertj.core.api.Assertions.assertThat(ipmas.withKode("IKU-3").isSama(ipmas.withKode("IKU-4"))).isFalse();
        org.assertj.core.api.Assertions.assertThat(ipmas.withKode("IKU-3")
                .isSama(Indikator.of("Lain", Satuan.INDEKS, Polaritas.POSITIF).withKode("IKU-3"))).isTrue();
    }
}
