package io.github.sakip.model;

import static io.github.sakip.model.ModelSamples.Y2021;
import static io.github.sakip.model.ModelSamples.Y2022;
import static io.github.sakip.model.ModelSamples.indikator;
import static io.github.sakip.model.ModelSamples.pagu;
import static io.github.sakip.model.ModelSamples.sasaran;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KomitmenSasaranTest {
    private static final Indikator A = indikator("Indeks A");
    private static final Indikator B = indikator("Indeks B");
    private static final Sasaran S = sasaran("Meningkatnya pelayanan", A, B);

    private static Target target(Tahun tahun, String nilai) {
        return Target.of(tahun, new BigDecimal(nilai));
    }

    @Test
    void aMissingTargetForAnIndicatorOfTheSasaranIsRejectedNamingBoth() {
        Map<Indikator, Target> hanyaA = Map.of(A, target(Y2021, "80"));
        assertThatThrownBy(() -> KomitmenSasaran.of(S, hanyaA, List.of())).isExactlyInstanceOf(SakipException.class)
                .hasMessage("KomitmenSasaran.target must have a target for indicator \"Indeks B\""
                        + " of sasaran \"Meningkatnya pelayanan\"");
    }

    @Test
    void aTargetForAnIndicatorOfAnotherSasaranIsRejected() {
        Map<Indikator, Target> asing = Map.of(A, target(Y2021, "80"), B, target(Y2021, "90"),
                indikator("Indeks C"), target(Y2021, "1"));
        assertThatThrownBy(() -> KomitmenSasaran.of(S, asing, List.of())).isExactlyInstanceOf(SakipException.class)
                .hasMessage("KomitmenSasaran.target has indicator \"Indeks C\", which is not of sasaran"
                        + " \"Meningkatnya pelayanan\"");
    }

    @Test
    void aQuarterlyTargetIsRejected() {
        Map<Indikator, Target> triwulan = Map.of(A, target(Y2021, "80"),
                B, Target.of(Triwulan.of(Y2021, 1), BigDecimal.TEN));
        assertThatThrownBy(() -> KomitmenSasaran.of(S, triwulan, List.of())).isExactlyInstanceOf(SakipException.class)
                .hasMessage("KomitmenSasaran.target of \"Indeks B\" must be a yearly target, was Target[2021-TW1: 10]");
    }

    @Test
    void targetsOfDifferentYearsAreRejected() {
        Map<Indikator, Target> campur = Map.of(A, target(Y2021, "80"), B, target(Y2022, "90"));
        assertThatThrownBy(() -> KomitmenSasaran.of(S, campur, List.of())).isExactlyInstanceOf(SakipException.class)
                .hasMessage("KomitmenSasaran of sasaran \"Meningkatnya pelayanan\" must have its targets and program"
                        + " budgets all of one year, had [2021, 2022]");
    }

    @Test
    void aProgramBudgetOfAnotherYearThanTheTargetsIsRejected() {
        Map<Indikator, Target> y2021 = Map.of(A, target(Y2021, "80"), B, target(Y2021, "90"));
        List<Program> y2022 = List.of(Program.of("Program P", Pagu.of(Y2022, Rupiah.of(1L))));
        assertThatThrownBy(() -> KomitmenSasaran.of(S, y2021, y2022)).isExactlyInstanceOf(SakipException.class)
                .hasMessageContaining("all of one year, had [2021, 2022]");
    }

    @Test
    void aRepeatedProgramIsRejected() {
        Map<Indikator, Target> targets = Map.of(A, target(Y2021, "80"), B, target(Y2021, "90"));
        List<Program> dua = List.of(Program.of("Program P", pagu(1L)), Program.of("Program P", pagu(2L)));
        assertThatThrownBy(() -> KomitmenSasaran.of(S, targets, dua)).isExactlyInstanceOf(SakipException.class)
                .hasMessage("KomitmenSasaran.program must not repeat a program in sasaran \"Meningkatnya pelayanan\":"
                        + " [Program P, Program P]");
    }

    @Test
    void theTargetOfAnIndicatorIsFoundByValue() {
        KomitmenSasaran k = KomitmenSasaran.of(S, Map.of(A, target(Y2021, "80"), B, target(Y2021, "90")), List.of());
        assertThat(k.getTarget(indikator("Indeks B"))).contains(target(Y2021, "90"));
        assertThat(k.getTarget(indikator("Indeks C"))).isEmpty();
        assertThat(k.getProgram()).isEmpty();
    }

    @Test
    void nullArgumentsAreSakipExceptions() {
        Map<Indikator, Target> targets = Map.of(A, target(Y2021, "80"), B, target(Y2021, "90"));
        ValueContract.assertNullRejected(() -> KomitmenSasaran.of(null, targets, List.of()), "KomitmenSasaran.sasaran");
        ValueContract.assertNullRejected(() -> KomitmenSasaran.of(S, null, List.of()), "KomitmenSasaran.target");
        ValueContract.assertNullRejected(() -> KomitmenSasaran.of(S, targets, null), "KomitmenSasaran.program");
        ValueContract.assertNullRejected(() -> KomitmenSasaran.of(S, targets, Arrays.asList((Program) null)),
                "KomitmenSasaran.program");
        Map<Indikator, Target> kunciNull = new HashMap<>(targets);
        kunciNull.put(null, target(Y2021, "1"));
        ValueContract.assertNullRejected(() -> KomitmenSasaran.of(S, kunciNull, List.of()),
                "KomitmenSasaran.target key");
        Map<Indikator, Target> nilaiNull = new HashMap<>(Map.of(A, target(Y2021, "80")));
        nilaiNull.put(B, null);
        ValueContract.assertNullRejected(() -> KomitmenSasaran.of(S, nilaiNull, List.of()),
                "KomitmenSasaran.target of Indeks B");
    }
}
