package io.github.sakip.model;

import java.util.List;

/** Small values for the invariant tests of the model package: codes under urusan 7, year 2021. */
final class ModelSamples {
    static final Tahun Y2021 = Tahun.of(2021);
    static final Tahun Y2022 = Tahun.of(2022);

    private ModelSamples() {
    }

    static KodeNomenklatur kode(String text) {
        return KodeNomenklatur.parse(text);
    }

    static Pagu pagu(long rupiah) {
        return Pagu.of(Y2021, Rupiah.of(rupiah));
    }

    static RealisasiAnggaran belanja(Tahun tahun, long rupiah) {
        return RealisasiAnggaran.of(tahun, Rupiah.of(rupiah));
    }

    static SubKegiatan subKegiatan(String kode, long pagu) {
        return SubKegiatan.of(kode(kode), "Sub kegiatan " + kode, pagu(pagu));
    }

    static SubKegiatan subKegiatan(String kode, long pagu, long realisasi) {
        return subKegiatan(kode, pagu).withRealisasi(belanja(Y2021, realisasi));
    }

    static Kegiatan kegiatan(String kode, SubKegiatan... subKegiatan) {
        return Kegiatan.of(kode(kode), "Kegiatan " + kode, List.of(subKegiatan));
    }

    static Indikator indikator(String nama) {
        return Indikator.of(nama, Satuan.PERSEN, Polaritas.POSITIF);
    }

    static Sasaran sasaran(String nama, Indikator... indikator) {
        return Sasaran.of(nama, List.of(indikator));
    }
}
