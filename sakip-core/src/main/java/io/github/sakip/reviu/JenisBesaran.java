package io.github.sakip.reviu;

/**
 * What a printed figure of an LKjIP is: a datum (a target, a realisasi, a pagu), a figure derived
 * from the data (a capaian, an average, a penyerapan, an efficiency), or a count (how many sasaran
 * met their target). Each kind names what it refers to ({@link #getRujukan()}) and how a reviu
 * checks it ({@link #getSifat()}).
 *
 * <p>The derived kinds follow Bab III of an LKjIP as PermenPANRB 53/2014 lists its comparisons:
 * this year's target against realisasi (Tabel 3.1 of the Klojen LKjIP 2021), realisasi against
 * earlier years (Tabel 3.2), against the Renstra's end target (Tabel 3.3), efficiency of the
 * budget (Tabel 3.4) and the programs behind the result (Tabel 3.4, Keberhasilan/Kegagalan).
 */
public enum JenisBesaran {
    /** The target of an indicator for a year (Tabel 2.3, 2.4, 3.1). */
    TARGET(Rujukan.INDIKATOR, Sifat.DATA),
    /** The realisasi of an indicator for a year (Tabel 3.1, 3.2, 3.3). */
    REALISASI(Rujukan.INDIKATOR, Sifat.DATA),
    /** Capaian of an indicator for a year, in percent: 87,80 / 80,01 x 100 = 109,74 (Tabel 3.1). */
    CAPAIAN(Rujukan.INDIKATOR, Sifat.TURUNAN),
    /**
     * The year's realisasi against the year before, in percent, which Tabel 3.2 of the Klojen
     * report prints as "Capaian Kinerja": 76,26 / 75,74 x 100 = 100,7.
     */
    RASIO_TAHUNAN(Rujukan.INDIKATOR, Sifat.TURUNAN),
    /** The year's realisasi minus the year before, in the indicator's unit: 87,80 - 76,57 = 11,23. */
    PERUBAHAN_TAHUNAN(Rujukan.INDIKATOR, Sifat.TURUNAN),
    /** The year's realisasi against the Renstra's end target, in percent (Tabel 3.3). */
    KEMAJUAN_RENSTRA(Rujukan.INDIKATOR, Sifat.TURUNAN),
    /**
     * The average capaian of the Perjanjian Kinerja's indicators, in percent: 114,53 (Tabel 3.1);
     * of the report's year, or of the year the figure names ({@link Besaran#laporan(JenisBesaran,
     * io.github.sakip.model.Tahun)}), with that year's Renstra targets.
     */
    RATA_RATA_CAPAIAN(Rujukan.LAPORAN, Sifat.TURUNAN),
    /**
     * The sum of the capaian of the Perjanjian Kinerja's indicators ("Jumlah Capaian"), in percent,
     * as reports add their printed column: each capaian rounded to two decimals, then added.
     */
    JUMLAH_CAPAIAN(Rujukan.LAPORAN, Sifat.TURUNAN),
    /** The average capaian of a sasaran's indicators, in percent (a per-sasaran row of Tabel 3.1). */
    RATA_RATA_CAPAIAN_SASARAN(Rujukan.SASARAN, Sifat.TURUNAN),
    /**
     * The change of an indicator's capaian from the year before, in percentage points, from the
     * two capaian rounded to two decimals as printed: "penurunan sebesar 2,85%" is 104,96 - 107,81
     * = -2,85 (a decrease is printed negative).
     */
    PERUBAHAN_CAPAIAN(Rujukan.INDIKATOR, Sifat.TURUNAN),
    /** The target of a program indicator (Tabel 3.4, column 6). */
    TARGET_PROGRAM(Rujukan.INDIKATOR_PROGRAM, Sifat.DATA),
    /** The realisasi of a program indicator (Tabel 3.4, column 7). */
    REALISASI_PROGRAM(Rujukan.INDIKATOR_PROGRAM, Sifat.DATA),
    /** The capaian of a program indicator, in percent: 0,87 / 0,65 x 100 (Tabel 3.4, column 8). */
    CAPAIAN_PROGRAM(Rujukan.INDIKATOR_PROGRAM, Sifat.TURUNAN),
    /** The pagu of a program, in Rupiah (Tabel 2.4). */
    PAGU(Rujukan.PROGRAM, Sifat.DATA),
    /** The realisasi anggaran of a program, in Rupiah (the realisasi anggaran table). */
    REALISASI_ANGGARAN(Rujukan.PROGRAM, Sifat.DATA),
    /** Penyerapan of a program, in percent: realisasi / pagu x 100. */
    PENYERAPAN(Rujukan.PROGRAM, Sifat.TURUNAN),
    /** The pagu of a sasaran's programs together, in Rupiah (Tabel 3.4, column 6). */
    PAGU_SASARAN(Rujukan.SASARAN, Sifat.TURUNAN),
    /** The realisasi anggaran of a sasaran's programs together, in Rupiah (Tabel 3.4, column 7). */
    REALISASI_ANGGARAN_SASARAN(Rujukan.SASARAN, Sifat.TURUNAN),
    /** Penyerapan of a sasaran's programs together, in percent (Tabel 3.4, column 8). */
    PENYERAPAN_SASARAN(Rujukan.SASARAN, Sifat.TURUNAN),
    /**
     * The unspent share of a sasaran's budget, 100 - penyerapan, in percent, which the Klojen
     * report calls "efisiensi": 100 - 89,49 = 10,51.
     */
    SISA_ANGGARAN_SASARAN(Rujukan.SASARAN, Sifat.TURUNAN),
    /** Capaian kinerja against penyerapan, in percent: 109,74 / 89,49 x 100 (Tabel 3.4, column 9). */
    EFISIENSI(Rujukan.SASARAN, Sifat.TURUNAN),
    /** The pagu of every program, in Rupiah: 40.353.401.000 (Tabel 2.4). */
    TOTAL_PAGU(Rujukan.LAPORAN, Sifat.TURUNAN),
    /** The realisasi anggaran of every program, in Rupiah: 37.354.300.278 (Bab III.B). */
    TOTAL_REALISASI_ANGGARAN(Rujukan.LAPORAN, Sifat.TURUNAN),
    /** Penyerapan of the whole budget, in percent: 92,57 (Bab III.B). */
    PENYERAPAN_TOTAL(Rujukan.LAPORAN, Sifat.TURUNAN),
    /**
     * Penyerapan of the whole budget in the year before, in percent, a datum the report states
     * without that year's pagu or realisasi ({@link DataLkjip#getPenyerapanSebelumnya()}): 96,30
     * (Bab IV.A).
     */
    PENYERAPAN_TOTAL_SEBELUMNYA(Rujukan.LAPORAN, Sifat.DATA),
    /**
     * This year's penyerapan of the whole budget minus the year before's, in percentage points,
     * from the percentages as printed: 92,57 - 96,30 = -3,73, which Bab IV.A states as "turun
     * sebesar 3,73%" (a decrease is printed negative). Computed as reports compute it, from this
     * year's penyerapan as printed (rounded by {@code PerhitunganLkjip.getPembulatanMasukan()})
     * minus the year before's as stated; a report that subtracts the exact penyerapan can differ by
     * 0,01 when this year's ends in 5 at the third decimal.
     */
    PERUBAHAN_PENYERAPAN_TOTAL(Rujukan.LAPORAN, Sifat.TURUNAN),
    /** The number of sasaran of the Perjanjian Kinerja ("3 (tiga) sasaran"). */
    JUMLAH_SASARAN(Rujukan.LAPORAN, Sifat.JUMLAH),
    /**
     * The number of sasaran tercapai: the recap of the sasaran's indicators has a mean capaian of
     * 100 or more ({@code RekapCapaian.isTercapai()}; for a sasaran with one indicator, that
     * indicator's capaian).
     */
    JUMLAH_SASARAN_TERCAPAI(Rujukan.LAPORAN, Sifat.JUMLAH),
    /** The number of sasaran measured and not tercapai (mean capaian of their indicators below 100). */
    JUMLAH_SASARAN_BELUM_TERCAPAI(Rujukan.LAPORAN, Sifat.JUMLAH),
    /** The number of program indicators. */
    JUMLAH_INDIKATOR_PROGRAM(Rujukan.LAPORAN, Sifat.JUMLAH),
    /** The number of program indicators that met their target. */
    JUMLAH_INDIKATOR_PROGRAM_TERCAPAI(Rujukan.LAPORAN, Sifat.JUMLAH);

    /** What a kind of figure refers to. */
    public enum Rujukan {
        /** An indicator of the Renstra and a year. */
        INDIKATOR,
        /** A program indicator ({@link IndikatorProgram}). */
        INDIKATOR_PROGRAM,
        /** A program of the Perjanjian Kinerja. */
        PROGRAM,
        /** A sasaran of the Perjanjian Kinerja. */
        SASARAN,
        /** The report as a whole, for its year. */
        LAPORAN
    }

    /** How a reviu checks a kind of figure. */
    public enum Sifat {
        /** A datum: every place that prints it must print the same ({@link JenisTemuan#TIDAK_KONSISTEN}). */
        DATA,
        /** Derived from the data: recomputed exactly ({@link JenisTemuan#KESALAHAN} or {@link JenisTemuan#PEMBULATAN}). */
        TURUNAN,
        /** A count, usually stated in words: recounted ({@link JenisTemuan#PERNYATAAN}). */
        JUMLAH
    }

    private final Rujukan rujukan;
    private final Sifat sifat;

    JenisBesaran(Rujukan rujukan, Sifat sifat) {
        this.rujukan = rujukan;
        this.sifat = sifat;
    }

    /**
     * What a figure of this kind refers to.
     *
     * @return the kind of reference, never null
     */
    public Rujukan getRujukan() {
        return rujukan;
    }

    /**
     * How a reviu checks a figure of this kind.
     *
     * @return datum, derived or count, never null
     */
    public Sifat getSifat() {
        return sifat;
    }
}
