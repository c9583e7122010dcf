package io.github.sakip.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkalaKualitatifTest {

    private static final Tahun Y2021 = Tahun.of(2021);

    private static BigDecimal capaian(SkalaKualitatif skala, String target, String realisasi) {
        return RumusCapaian.standar().hitung(skala.indikator("Indikator"), skala.target(Y2021, target),
                skala.realisasi(Y2021, realisasi)).getPersen().getNilai();
    }

    @Test
    void bpkOpinionAgainstWtpTarget() {
        SkalaKualitatif bpk = SkalaKualitatif.OPINI_BPK;
        assertThat(capaian(bpk, "WTP", "WTP")).isEqualByComparingTo("100");
        assertThat(capaian(bpk, "WTP", "WDP")).isEqualByComparingTo("66.67");
        assertThat(capaian(bpk, "WTP", "TW")).isEqualByComparingTo("33.33");
        assertThat(capaian(bpk, "WTP", "TMP")).isEqualByComparingTo("0");
        assertThat(capaian(bpk, "WDP", "WTP")).isEqualByComparingTo("150");
    }

    @Test
    void yesNoIsMetOrNot() {
        assertThat(capaian(SkalaKualitatif.YA_TIDAK, "Ya", "Ya")).isEqualByComparingTo("100");
        assertThat(capaian(SkalaKualitatif.YA_TIDAK, "ya", "tidak")).isEqualByComparingTo("0");
        assertThat(capaian(SkalaKualitatif.TERSEDIA, "Tersedia", " tidak tersedia ")).isEqualByComparingTo("0");
    }

    @Test
    void allOrNothingScaleForBpk() {
        SkalaKualitatif wtp = SkalaKualitatif.of("WTP atau bukan", List.of("Selain WTP", "WTP"));
        assertThat(capaian(wtp, "WTP", "Selain WTP")).isEqualByComparingTo("0");
    }

    @Test
    void valuesArePositionsFromTheWorst() {
        SkalaKualitatif bpk = SkalaKualitatif.OPINI_BPK;
        assertThat(bpk.nilai("wtp")).isEqualByComparingTo("3");
        assertThat(bpk.nilai("TMP")).isEqualByComparingTo("0");
        assertThat(bpk.kategori(new BigDecimal("2.00"))).isEqualTo("WDP");
        // labels copied from a report carry no-break spaces and line breaks
        assertThat(bpk.nilai("\u00A0WTP\n")).isEqualByComparingTo("3");
        assertThat(SkalaKualitatif.of("S", List.of("Tidak ada", "Ada sebagian")).nilai("ada\u00A0 sebagian"))
                .isEqualByComparingTo("1");
        assertThat(bpk.indikator("Opini BPK").getPolaritas()).isEqualTo(Polaritas.POSITIF);
        assertThat(bpk).hasToString("SkalaKualitatif[Opini BPK: TMP < TW < WDP < WTP]");
    }

    @Test
    void badLabelsAndTargetsAreRejected() {
        SkalaKualitatif bpk = SkalaKualitatif.OPINI_BPK;
        assertThatThrownBy(() -> bpk.nilai("Wajar")).isInstanceOf(SakipException.class)
                .hasMessage("SkalaKualitatif \"Opini BPK\" has no kategori \"Wajar\", only [TMP, TW, WDP, WTP]");
        assertThatThrownBy(() -> bpk.nilai("W".repeat(1_000_000))).isInstanceOf(SakipException.class)
                .hasMessageContaining("(1000000 characters)");
        assertThatThrownBy(() -> bpk.nilai("\u00A0")).isInstanceOf(SakipException.class)
                .hasMessageContaining("SkalaKualitatif.kategori");
        assertThatThrownBy(() -> bpk.target(Y2021, "TMP")).isInstanceOf(SakipException.class)
                .hasMessage("SkalaKualitatif \"Opini BPK\": the target must be above the worst kategori \"TMP\"");
        assertThatThrownBy(() -> bpk.kategori(new BigDecimal("1.5"))).isInstanceOf(SakipException.class)
                .hasMessage("SkalaKualitatif \"Opini BPK\" nilai must be a whole number from 0 to 3, was 1.5");
        assertThatThrownBy(() -> bpk.kategori(new BigDecimal("4"))).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> bpk.kategori(new BigDecimal("-1"))).isInstanceOf(SakipException.class);
    }

    @Test
    void badScalesAreRejected() {
        assertThatThrownBy(() -> SkalaKualitatif.of("S", List.of("Ya"))).isInstanceOf(SakipException.class)
                .hasMessage("SkalaKualitatif \"S\" must have at least two kategori, was [Ya]");
        assertThatThrownBy(() -> SkalaKualitatif.of("S", List.of("Ya", "ya "))).isInstanceOf(SakipException.class)
                .hasMessage("SkalaKualitatif \"S\" must not repeat kategori \"ya \"");
        assertThatThrownBy(() -> SkalaKualitatif.of("S", List.of("Ya", " "))).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> SkalaKualitatif.of(" ", List.of("A", "B"))).isInstanceOf(SakipException.class);
    }
}
