package io.github.sakip.tren;

import io.github.sakip.model.Indikator;
import io.github.sakip.testing.Klojen2021;

/**
 * The IKU series of Tabel 3.2 and 3.3 of the Klojen LKjIP 2021 as {@link DeretKinerja}, taken from the
 * Renstra 2018-2023 of {@link Klojen2021}: for example Nilai SAKIP OPD 75,74 / 76,26 / 76,57 / 87,80
 * (2018-2021), end target 80,02 (2023); IPMas "NA" in 2018, so absent.
 */
final class KlojenDeret {

    private KlojenDeret() {
    }

    /** The series of one of the Renstra's indicators, with its targets 2019-2023 and realisasi to 2021. */
    static DeretKinerja deret(Indikator indikator) {
        return DeretKinerja.from(Klojen2021.renstra(), indikator);
    }
}
