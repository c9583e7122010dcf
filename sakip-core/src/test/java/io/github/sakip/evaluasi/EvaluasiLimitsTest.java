package io.github.sakip.evaluasi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sakip.evaluasi.ikm.PedomanIkm;
import io.github.sakip.evaluasi.sakip.EvaluasiSakip;
import io.github.sakip.evaluasi.sakip.KomponenSakip;
import io.github.sakip.evaluasi.sakip.PedomanSakip;
import io.github.sakip.evaluasi.skp.CapaianIki;
import io.github.sakip.evaluasi.skp.KonversiCapaianIki;
import io.github.sakip.evaluasi.skp.RuasKonversi;
import io.github.sakip.model.Persen;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The evaluasi packages refuse decimals of more than 1000 digits where they come in, as the memory
 * bomb {@code -1E+1000000000} once hung the message of KomponenSakip (see
 * {@link EvaluasiHostileInputTest}); one digit past the limit is enough to show it, and fast.
 */
class EvaluasiLimitsTest {
    private static final BigDecimal X = new BigDecimal("-1E+1000");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final String LIMIT = " must have at most 1000 digits in plain form, was -1E+1000 (1001 digits)";

    @Test
    void weightsScoresAndPointsAreRefusedOneDigitPastTheLimit() {
        assertThatThrownBy(() -> KomponenSakip.of("1", "Komponen", X)).hasMessage("KomponenSakip.bobot" + LIMIT);
        PedomanSakip pedoman = PedomanSakip.PERMENPANRB_88_2021;
        String daun = pedoman.getSemuaKomponen().stream().filter(KomponenSakip::isDaun).findFirst().orElseThrow()
                .getKode();
        assertThatThrownBy(() -> EvaluasiSakip.of(pedoman).withSkor(daun, X))
                .hasMessage("EvaluasiSakip.skor of " + daun + LIMIT);
        assertThatThrownBy(() -> CapaianIki.of("IKI", Persen.SERATUS, X)).hasMessage("CapaianIki.bobot" + LIMIT);
        assertThatThrownBy(() -> RuasKonversi.of(X, ONE, ONE, ONE)).hasMessage("RuasKonversi.capaianAwal" + LIMIT);
        assertThatThrownBy(() -> RuasKonversi.of(ONE, X, ONE, ONE)).hasMessage("RuasKonversi.capaianAkhir" + LIMIT);
        assertThatThrownBy(() -> RuasKonversi.of(ONE, ONE, X, ONE)).hasMessage("RuasKonversi.nilaiAwal" + LIMIT);
        assertThatThrownBy(() -> RuasKonversi.of(ONE, ONE, ONE, X)).hasMessage("RuasKonversi.nilaiAkhir" + LIMIT);
        KonversiCapaianIki standar = KonversiCapaianIki.standar();
        assertThatThrownBy(() -> KonversiCapaianIki.of("Konversi", standar.getKategori(), standar.getRuas(), X))
                .hasMessage("KonversiCapaianIki.nilaiMaksimum" + LIMIT);
        PedomanIkm ikm = PedomanIkm.PERMENPANRB_14_2017;
        assertThatThrownBy(() -> PedomanIkm.of("Pedoman", ikm.getUnsur(), X, ikm.getFaktorKonversi(),
                ikm.getSkalaMutu())).hasMessage("PedomanIkm.bobotDicetak" + LIMIT);
        assertThatThrownBy(() -> PedomanIkm.of("Pedoman", ikm.getUnsur(), ikm.getBobotDicetak(), X,
                ikm.getSkalaMutu())).hasMessage("PedomanIkm.faktorKonversi" + LIMIT);
    }
}
