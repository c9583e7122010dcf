package io.github.sakip.evaluasi.sakip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PedomanSakipTest {

    private static List<String> bobot(PedomanSakip p) {
        return p.getDaun().stream().map(k -> k.getKode() + "=" + k.getBobot().toPlainString()).toList();
    }

    @Test
    void weightsOf88Of2021() {
        PedomanSakip p = PedomanSakip.PERMENPANRB_88_2021;
        assertThat(p.getKomponen()).extracting(k -> k.getBobot().intValue()).containsExactly(30, 30, 15, 25);
        assertThat(bobot(p)).containsExactly("1.a=6", "1.b=9", "1.c=15", "2.a=6", "2.b=9", "2.c=15", "3.a=3",
                "3.b=4.5", "3.c=7.5", "4.a=5", "4.b=7.5", "4.c=12.5");
        assertThat(p.komponen("4").orElseThrow().getNama()).isEqualTo("Evaluasi akuntabilitas kinerja internal");
        assertThat(p.getNilaiJawaban().keySet()).containsExactly("AA", "A", "BB", "B", "CC", "C", "D", "E");
        assertThat(p.getNilaiJawaban().get("D")).isEqualByComparingTo("0.3");
    }

    @Test
    void eachComponentOf88Of2021IsSplitTwentyThirtyFifty() {
        for (KomponenSakip k : PedomanSakip.PERMENPANRB_88_2021.getKomponen()) {
            BigDecimal w = k.getBobot();
            assertThat(k.getSubKomponen()).extracting(KomponenSakip::getBobot).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(w.multiply(new BigDecimal("0.2")), w.multiply(new BigDecimal("0.3")),
                            w.multiply(new BigDecimal("0.5")));
        }
    }

    @Test
    void weightsOf12Of2015() {
        PedomanSakip p = PedomanSakip.PERMENPANRB_12_2015;
        assertThat(p.getKomponen()).extracting(k -> k.getBobot().intValue()).containsExactly(30, 25, 15, 10, 20);
        assertThat(bobot(p)).containsExactly("1.a.1=2", "1.a.2=5", "1.a.3=3", "1.b.1=4", "1.b.2=10", "1.b.3=6",
                "2.1=5", "2.2=12.5", "2.3=7.5", "3.1=3", "3.2=7.5", "3.3=4.5", "4.1=2", "4.2=5", "4.3=3",
                "5.a=7.5", "5.b=12.5");
        assertThat(p.getNilaiJawaban()).containsOnlyKeys("Y", "T", "A", "B", "C", "D", "E");
    }

    @Test
    void aFutureRegulationIsData() {
        PedomanSakip own = PedomanSakip.of("Regulasi baru", List.of(KomponenSakip.of("1", "Semua",
                new BigDecimal("100"))), Map.of("Ya", BigDecimal.ONE, "Tidak", BigDecimal.ZERO));
        assertThat(own.getDaun()).hasSize(1);
        assertThat(own.komponen("2")).isEmpty();
    }

    @Test
    void invalidGuidelinesAreRefused() {
        Map<String, BigDecimal> yt = Map.of("Y", BigDecimal.ONE);
        assertThatThrownBy(() -> PedomanSakip.of("x", List.of(KomponenSakip.of("1", "a", new BigDecimal("90"))), yt))
                .isInstanceOf(SakipException.class)
                .hasMessage("PedomanSakip \"x\": the weights (bobot) of the components must add up to 100, was 90");
        assertThatThrownBy(() -> PedomanSakip.of("x", List.of(KomponenSakip.of("1", "a", new BigDecimal("50")),
                KomponenSakip.of("1", "b", new BigDecimal("50"))), yt)).isInstanceOf(SakipException.class)
                .hasMessageContaining("KomponenSakip.kode \"1\" repeats");
        assertThatThrownBy(() -> PedomanSakip.of("x", List.of(KomponenSakip.of("1", "a", new BigDecimal("100"))),
                Map.of("Y", new BigDecimal("1.5")))).isInstanceOf(SakipException.class)
                .hasMessageContaining("factor of answer \"Y\" must be between 0 and 1, was 1.5");
        assertThatThrownBy(() -> PedomanSakip.of("x", List.of(KomponenSakip.of("1", "a", new BigDecimal("100"))),
                Map.of())).isInstanceOf(SakipException.class).hasMessageContaining("nilaiJawaban must not be empty");
    }
}
