package io.github.sakip.tren;

import io.github.sakip.model.Indikator;
import io.github.sakip.model.Periode;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import java.math.BigDecimal;

/** The three IKU series of Tabel 3.2 and 3.3 of the Klojen LKjIP 2021 (Renstra 2018-2023). */
final class Klojen {
    static final Periode RENSTRA = Periode.parse("2018-2023");
    static final Indikator NILAI_SAKIP = Indikator.of("Nilai SAKIP OPD", Satuan.NILAI, Polaritas.POSITIF);
    static final Indikator IPMAS = Indikator.of("Indeks Pembangunan Masyarakat (IPMas) Kecamatan", Satuan.INDEKS,
            Polaritas.POSITIF);
    static final Indikator IKLPSP = Indikator.of("Indeks Kepuasan Layanan Prasarana Sarana Publik", Satuan.INDEKS,
            Polaritas.POSITIF);

    private Klojen() {
    }

    /** Nilai SAKIP OPD 75,74 / 76,26 / 76,57 / 87,80 (2018-2021), end target 80,02 (2023). */
    static DeretKinerja nilaiSakip() {
        return deret(NILAI_SAKIP, "80.02", null, "75.74", "76.26", "76.57", "87.80");
    }

    /** IPMas NA / 67,8 / 83,00 / 80,98 (2018-2021), end target 90,00. */
    static DeretKinerja ipmas() {
        return deret(IPMAS, "90.00", null, null, "67.8", "83.00", "80.98");
    }

    /** Indeks Kepuasan Layanan Prasarana Sarana Publik NA / 3,78 / 4,02 / 4,40, end target 3,13. */
    static DeretKinerja iklpsp() {
        return deret(IKLPSP, "3.13", null, null, "3.78", "4.02", "4.40");
    }

    /**
     * A series from 2018 on: {@code nilai[0]} must be null (marker), then one value per year from
     * 2018, null for "NA".
     */
    static DeretKinerja deret(Indikator indikator, String targetAkhir, Object... nilai) {
        DeretKinerja d = DeretKinerja.of(indikator, RENSTRA)
                .withTarget(Target.of(RENSTRA.getAkhir(), new BigDecimal(targetAkhir)));
        for (int i = 1; i < nilai.length; i++) {
            if (nilai[i] != null) {
                d = d.withRealisasi(Realisasi.of(Tahun.of(2017 + i), new BigDecimal((String) nilai[i])));
            }
        }
        return d;
    }
}
