package io.github.sakip.anggaran;

import io.github.sakip.internal.Checks;
import io.github.sakip.model.KodeNomenklatur;

/**
 * The level of a {@link PosAnggaran} in a budget tree, lowest first: the five levels of the
 * Permendagri 90/2019 nomenclature, then the sasaran of a Perjanjian Kinerja and the agency
 * (perangkat daerah). A node's parts are of lower levels.
 */
public enum TingkatPos {
    /** Sub kegiatan, code {@code 7.01.01.2.01.0001}: where the APBD sets the budget. */
    SUB_KEGIATAN,
    /** Kegiatan, code {@code 7.01.01.2.01}. */
    KEGIATAN,
    /** Program, code {@code 7.01.01}. */
    PROGRAM,
    /** Bidang urusan, code {@code 7.01}. */
    BIDANG_URUSAN,
    /** Urusan, code {@code 7}. */
    URUSAN,
    /** A sasaran strategis of a Perjanjian Kinerja, with the programs serving it; no code. */
    SASARAN,
    /** The whole agency (perangkat daerah); no code. */
    PERANGKAT_DAERAH;

    /**
     * The level of a nomenclature code.
     *
     * @param tingkat the code's level, not null
     * @return the level of the same name, never null
     */
    public static TingkatPos of(KodeNomenklatur.Tingkat tingkat) {
        return valueOf(Checks.notNull(tingkat, "TingkatPos tingkat").name());
    }

    /**
     * Whether nodes of this level carry a nomenclature code.
     *
     * @return true from {@link #SUB_KEGIATAN} to {@link #URUSAN}
     */
    public boolean isBerkode() {
        return compareTo(URUSAN) <= 0;
    }
}
