package io.github.sakip.evaluasi.sakip;

import io.github.sakip.predikat.Skala;
import java.math.BigDecimal;

/**
 * Whether the lower bound of a Nilai SAKIP band is inclusive or exclusive, a named policy: the
 * regulations print the bands as "AA &gt; 90 - 100, A &gt; 80 - 90, ..., D 0 - 30", so exactly 90
 * is A; peer applications rate 90 as AA. The scores 90, 80, 70, 60, 50 and 30 rate one band
 * apart under the two.
 *
 * <p>The bands, the same under PermenPANRB 12/2015 and 88/2021 (docs/aturan.md, "Nilai SAKIP"): AA sangat memuaskan
 * above 90; A memuaskan above 80; BB sangat baik above 70; B baik above 60; CC cukup (memadai)
 * above 50; C kurang above 30; D sangat kurang 0-30. The Klojen LKjIP 2021's Nilai SAKIP 87,80
 * rates A (memuaskan) under both.
 */
public enum BatasPredikatSakip {
    /**
     * The regulation's printing, the default: each band excludes its lower bound ({@code 90 < x}
     * is AA, 90 is A; {@code x <= 30} is D).
     */
    EKSKLUSIF("Predikat Nilai SAKIP (PermenPANRB 12/2015, 88/2021; lower bounds exclusive as printed)", false),
    /**
     * Peer applications (practice): each band includes its lower bound ({@code 90 <= x} is AA;
     * {@code x < 30} is D).
     */
    INKLUSIF("Predikat Nilai SAKIP (lower bounds inclusive, as peer applications rate)", true);

    private final Skala skala;

    BatasPredikatSakip(String nama, boolean inklusif) {
        int[] bawah = {30, 50, 60, 70, 80, 90};
        String[] label = {"C (Kurang)", "CC (Cukup, memadai)", "B (Baik)", "BB (Sangat baik)", "A (Memuaskan)",
            "AA (Sangat memuaskan)"};
        Skala.Builder b = Skala.builder(nama, "D (Sangat kurang)");
        for (int i = 0; i < bawah.length; i++) {
            BigDecimal batas = BigDecimal.valueOf(bawah[i]);
            b = inklusif ? b.dari(batas, label[i]) : b.lebihDari(batas, label[i]);
        }
        this.skala = b.build();
    }

    /**
     * The rating scale under this policy, seven bands from D to AA.
     *
     * @return the scale, never null
     */
    public Skala getSkala() {
        return skala;
    }
}
