package io.github.sakip.evaluasi.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pecahan;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NilaiSkpTest {
    private static final KonversiCapaianIki K = KonversiCapaianIki.standar();

    private static CapaianIki iki(String nama, String capaian, String bobot) {
        return CapaianIki.of(nama, Persen.of(new BigDecimal(capaian)), new BigDecimal(bobot));
    }

    @Test
    void weightedMeanOfTheConvertedValues() {
        NilaiSkp skp = K.hitung(List.of(iki("A", "100", "60"), iki("B", "98", "40")));
        assertThat(skp.getNilaiIki()).extracting(NilaiCapaianIki::getNilai).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("109"), new BigDecimal("88"));
        assertThat(skp.getNilai()).isEqualByComparingTo("100.60");
        assertThat(skp.getIki()).hasSize(2);
        assertThat(skp.getKonversi()).isSameAs(K);
    }

    @Test
    void weightsNeedNotAddUpToHundredAndExactValuesAreRoundedOnce() {
        // 49 x 55/59 = 45,677..., 109: plain mean (45,677... + 109) / 2 = 77,338..., rounded once
        NilaiSkp skp = K.hitung(List.of(iki("A", "55", "1"), iki("B", "100", "1")));
        assertThat(skp.getNilaiEksak()).isEqualTo(Pecahan.of(49 * 55 + 109 * 59, 2 * 59));
        assertThat(skp.getNilai()).isEqualByComparingTo("77.34");
        assertThat(skp.toString()).contains("77.34", "Sangat kurang");
    }

    @Test
    void indicatorsMarkedTargetMaksimalConvertByThatRule() {
        // the 100 % indicator on a target maksimal counts 120, not 109: (120 x 60 + 88 x 40) / 100 = 107,20
        NilaiSkp skp = K.hitung(List.of(iki("A", "100", "60").withTargetMaksimal(true), iki("B", "98", "40")));
        assertThat(skp.getNilaiIki().get(0).isTargetMaksimal()).isTrue();
        assertThat(skp.getNilaiIki().get(1).isTargetMaksimal()).isFalse();
        assertThat(skp.getNilai()).isEqualByComparingTo("107.20");
        assertThat(K.hitung(List.of(iki("A", "99", "1").withTargetMaksimal(true))).getNilai())
                .isEqualByComparingTo("89");
    }

    @Test
    void anSkpNeedsAtLeastOneIndicator() {
        assertThatThrownBy(() -> K.hitung(List.of())).isInstanceOf(SakipException.class)
                .hasMessage("NilaiSkp.iki must have at least one indicator (IKI), was empty");
        assertThatThrownBy(() -> K.hitung(null)).isInstanceOf(SakipException.class);
    }
}
