package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EvaluasiSakipTest {
    private static final EvaluasiSakip KOSONG = EvaluasiSakip.of(PedomanSakip.PERMENPANRB_88_2021);

    @Test
    void aLeafGivenAgainReplacesWhatItHad() {
        EvaluasiSakip ev = KOSONG.withJawaban("1.a", "AA").withSkor("1.a", new BigDecimal("5"));
        assertThat(ev.getJawaban()).isEmpty();
        assertThat(ev.getSkor()).containsEntry("1.a", new BigDecimal("5"));
        EvaluasiSakip back = ev.withJawaban("1.a", "B");
        assertThat(back.getSkor()).isEmpty();
        assertThat(back.getJawaban().get("1.a")).containsExactly("B");
        assertThat(back.getBelumDinilai()).hasSize(11).startsWith("1.b").endsWith("4.c");
        assertThat(KOSONG.getBelumDinilai()).hasSize(12);
    }

    @Test
    void onlyLeavesOfThePedomanWithKnownAnswersAreAccepted() {
        assertThatThrownBy(() -> KOSONG.withJawaban("1", "AA")).isInstanceOf(SakipException.class)
                .hasMessage("EvaluasiSakip kode \"1\" has sub-components; fill in its leaves [1.a, 1.b, 1.c]");
        assertThatThrownBy(() -> KOSONG.withJawaban("9.z", "AA")).isInstanceOf(SakipException.class)
                .hasMessage("EvaluasiSakip kode \"9.z\" is not a component of PermenPANRB 88/2021");
        assertThatThrownBy(() -> KOSONG.withJawaban("1.a", "Y")).isInstanceOf(SakipException.class)
                .hasMessage("EvaluasiSakip.jawaban of 1.a must be one of [AA, A, BB, B, CC, C, D, E] under"
                        + " PermenPANRB 88/2021, was \"Y\"");
        assertThatThrownBy(() -> KOSONG.withJawaban("1.a")).isInstanceOf(SakipException.class)
                .hasMessageContaining("at least one answer");
    }

    @Test
    void directScoresMustLieBetweenZeroAndTheWeight() {
        assertThat(KOSONG.withSkor("1.c", new BigDecimal("15")).getSkor()).hasSize(1);
        assertThatThrownBy(() -> KOSONG.withSkor("1.c", new BigDecimal("15.01"))).isInstanceOf(SakipException.class)
                .hasMessage("EvaluasiSakip.skor of 1.c must be between 0 and its weight (bobot) 15, was 15.01");
        assertThatThrownBy(() -> KOSONG.withSkor("1.c", new BigDecimal("-1"))).isInstanceOf(SakipException.class);
        assertThatThrownBy(() -> KOSONG.withSkor("1.c", null)).isInstanceOf(SakipException.class)
                .hasMessage("EvaluasiSakip.skor of 1.c must not be null");
        assertThatThrownBy(() -> EvaluasiSakip.of(null)).isInstanceOf(SakipException.class);
    }
}
