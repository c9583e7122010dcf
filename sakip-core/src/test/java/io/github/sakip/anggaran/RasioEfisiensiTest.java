package io.github.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.SakipException;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import io.github.sakip.predikat.Predikat;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RasioEfisiensiTest {

    private static final RasioEfisiensi RASIO = RasioEfisiensi.standar();

    private static String label(String rasio) {
        return RASIO.predikat(Persen.of(new BigDecimal(rasio))).getLabel();
    }

    @Test
    void bandsWithSharedEndsGivenToTheUpperBand() {
        assertThat(label("59.99")).isEqualTo("Sangat efisien");
        assertThat(label("60")).isEqualTo("Efisien");
        assertThat(label("79.99")).isEqualTo("Efisien");
        assertThat(label("80")).isEqualTo("Cukup efisien");
        assertThat(label("90.00")).isEqualTo("Kurang efisien");
        assertThat(label("99.99")).isEqualTo("Kurang efisien");
        assertThat(label("100")).isEqualTo("Tidak efisien");
        assertThat(label("120")).isEqualTo("Tidak efisien");
        assertThat(label("0")).isEqualTo("Sangat efisien");
    }

    @Test
    void lowestBandIsTheBest() {
        Predikat p = RASIO.predikat(Persen.of(new BigDecimal("50")));
        assertThat(p.getPeringkat()).isEqualTo(1);
        assertThat(p.getJumlahPeringkat()).isEqualTo(5);
        assertThat(RasioEfisiensi.KEPMENDAGRI_690_900_327.getPita()).hasSize(5);
    }

    @Test
    void klojenRatios() {
        // sasaran 3 at 89,49 % ("cukup efisien" in the report's words too); the agency at 92,57 %
        assertThat(label("89.49")).isEqualTo("Cukup efisien");
        assertThat(label("92.57")).isEqualTo("Kurang efisien");
        Penyerapan s = RumusPenyerapan.standar().hitung(KlojenAnggaran.klojen().getRincian().get(2));
        assertThat(RASIO.predikat(s).getLabel()).isEqualTo("Cukup efisien");
    }

    @Test
    void zeroPaguHasNoRatio() {
        Penyerapan none = RumusPenyerapan.standar().hitung(Rupiah.NOL, Rupiah.NOL);
        assertThatThrownBy(() -> RASIO.predikat(none)).isInstanceOf(SakipException.class)
                .hasMessageContaining("pagu above zero");
        assertThatThrownBy(() -> RASIO.predikat((Persen) null)).isInstanceOf(SakipException.class);
    }

    @Test
    void anotherScaleCanBeUsed() {
        RasioEfisiensi own = RASIO.withSkala(SkalaBaku.LKJIP);
        assertThat(own.getSkala()).isEqualTo(SkalaBaku.LKJIP);
        assertThat(own.predikat(Persen.of(new BigDecimal("95"))).getLabel()).isEqualTo("Tercapai/ Berhasil");
        assertThat(RASIO.toString()).contains("690.900-327");
        assertThatThrownBy(() -> RASIO.withSkala(null)).isInstanceOf(SakipException.class);
    }
}
