package io.github.sakip.examples.baca;

import java.util.Locale;

/**
 * What a column of a report's table is taken for, from its header cells alone (never from its
 * numbers): a name column (sasaran, indicator, program), a figure column (target, realisasi,
 * capaian, pagu, penyerapan, efficiency) or a column the reviu does not read.
 */
enum Arti {
    /** The row's number, not read. */
    NOMOR(false),
    /** Running text (keterangan, rencana tindak lanjut, strategi), not read. */
    TEKS(false),
    /** The tujuan, not read: its indicators are not the Perjanjian Kinerja's. */
    TUJUAN(false),
    /** The sasaran's name. */
    SASARAN(false),
    /** An indicator's name. */
    INDIKATOR(false),
    /** A program's name; the columns after it are the program's. */
    PROGRAM(false),
    /** A kegiatan or sub kegiatan, which the data file has no place for. */
    KEGIATAN(false),
    /** The row's name in a budget table: a sasaran, a program, a kegiatan or a total. */
    URAIAN(false),
    /** A target, of the year in the header or the report's year. */
    TARGET(true),
    /** A realisasi (or the data awal), of the year in the header or the report's year. */
    REALISASI(true),
    /** A capaian, of the year in the header or the report's year. */
    CAPAIAN(true),
    /** A pagu, in Rupiah. */
    PAGU(true),
    /** A realisasi anggaran, in Rupiah. */
    REALISASI_ANGGARAN(true),
    /** A penyerapan, in percent. */
    PENYERAPAN(true),
    /** An efficiency, in percent. */
    EFISIENSI(true),
    /** A bare "%": penyerapan or efficiency, told by the other columns of its table. */
    PERSEN(true),
    /** A header the reader does not know: its cells are skipped and reported. */
    TIDAK_DIKENAL(false);

    private final boolean angka;

    Arti(boolean angka) {
        this.angka = angka;
    }

    /** Whether the column's cells are printed figures. */
    boolean isAngka() {
        return angka;
    }

    /**
     * What a column is, from its header (the upper and lower header cells joined).
     *
     * @param label the header, for example {@code Anggaran Capaian (%)}
     * @return what the column is taken for
     */
    static Arti dari(String label) {
        String l = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        boolean anggaran = l.contains("anggaran") || l.contains("(rp") || l.matches(".*\\brp\\b.*");
        if (l.isEmpty()) {
            return TIDAK_DIKENAL;
        }
        if (l.matches("no\\.?|nomor|no urut")) {
            return NOMOR;
        }
        if (l.matches(".*\\b(tindak lanjut|keterangan|strategi|kebijakan|penjelasan|analisis|permasalahan|satuan)\\b.*")) {
            return TEKS;
        }
        if (l.contains("efisiensi")) {
            return EFISIENSI;
        }
        if (l.contains("penyerapan")) {
            return PENYERAPAN;
        }
        if (l.contains("pagu")) {
            return PAGU;
        }
        if (anggaran) {
            if (l.contains("capaian") || l.contains("%") || l.contains("persen")) {
                return PENYERAPAN;
            }
            return l.contains("realisasi") ? REALISASI_ANGGARAN : PAGU;
        }
        if (l.contains("target")) {
            return TARGET;
        }
        if (l.contains("realisasi") || l.contains("data awal") || l.contains("kondisi awal")) {
            return REALISASI;
        }
        if (l.contains("capaian")) {
            return CAPAIAN;
        }
        if (l.contains("indikator") || l.matches("iku|indikator kinerja utama")) {
            return INDIKATOR;
        }
        if (l.contains("tujuan")) {
            return TUJUAN;
        }
        if (l.contains("sasaran")) {
            return SASARAN;
        }
        if (l.contains("program")) {
            return PROGRAM;
        }
        if (l.contains("kegiatan")) {
            return KEGIATAN;
        }
        if (l.contains("uraian")) {
            return URAIAN;
        }
        return l.equals("%") ? PERSEN : TIDAK_DIKENAL;
    }
}
