package io.github.sakip.anggaran;

import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.testing.Klojen2021;
import java.util.List;

/**
 * The budget of the Klojen LKjIP 2021 as {@link PosAnggaran}: the Perjanjian Kinerja of {@link Klojen2021}
 * with its sasaran in the order of the realisasi anggaran table (Bab III.B): I Pemberdayaan (program A),
 * II Pemerataan (B), III Pelayanan (C, D and E).
 */
final class KlojenAnggaran {

    private KlojenAnggaran() {
    }

    /** The agency's budget tree: Kecamatan Klojen, three sasaran, five programs. */
    static PosAnggaran klojen() {
        List<KomitmenSasaran> tabel24 = Klojen2021.perjanjianKinerja().getKomitmen();
        PerjanjianKinerja babIiiB = PerjanjianKinerja.of(Klojen2021.TAHUN,
                List.of(tabel24.get(1), tabel24.get(2), tabel24.get(0)));
        return PosAnggaran.of(Klojen2021.PERANGKAT_DAERAH, babIiiB);
    }
}
