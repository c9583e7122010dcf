package io.github.sakip.evaluasi.ikm;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;

/**
 * A table of minimum sample sizes: for a population of N service users, the number S of
 * respondents a survey needs to represent it.
 *
 * <p>{@link #KREJCIE_MORGAN} is the table of Krejcie and Morgan (1970, "Determining Sample Size
 * for Research Activities", Educational and Psychological Measurement 30), which PermenPANRB
 * 14/2017 reproduces for the IKM survey: 10 -&gt; 10, 100 -&gt; 80, 1000 -&gt; 278,
 * 10000 -&gt; 370, ... The table's 90 rows are embedded as published; each is within one
 * respondent of the formula {@code S = X2 N P(1-P) / (d2 (N-1) + X2 P(1-P))} with
 * {@code X2 = 3,841}, {@code P = 0,5}, {@code d = 0,05}. Its last row is 1.000.000 -&gt; 384;
 * some reproductions print it as 100.000 -&gt; 384, which asks the same of every population,
 * since a population between rows is read on the next-higher row and one above the last row
 * needs the last row's 384 (the formula's limit is 384,1).
 *
 * <p>Choices of this library, documented because the table is silent: a population between two
 * rows needs the sample of the next-higher row (conservative: 105 -&gt; 86, the row of 110); a
 * population smaller than its row's sample (below 10) must be surveyed whole (5 -&gt; 5).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TabelSampel {

    /** The table of Krejcie and Morgan (1970), as PermenPANRB 14/2017 uses it. */
    public static final TabelSampel KREJCIE_MORGAN = new TabelSampel("Krejcie dan Morgan (1970)", new long[] {
        10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120, 130, 140, 150, 160,
        170, 180, 190, 200, 210, 220, 230, 240, 250, 260, 270, 280, 290, 300, 320, 340, 360, 380, 400, 420, 440, 460,
        480, 500, 550, 600, 650, 700, 750, 800, 850, 900, 950, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800,
        1900, 2000, 2200, 2400, 2600, 2800, 3000, 3500, 4000, 4500, 5000, 6000, 7000, 8000, 9000, 10000, 15000,
        20000, 30000, 40000, 50000, 75000, 1000000}, new long[] {
        10, 14, 19, 24, 28, 32, 36, 40, 44, 48, 52, 56, 59, 63, 66, 70, 73, 76, 80, 86, 92, 97, 103, 108, 113, 118,
        123, 127, 132, 136, 140, 144, 148, 152, 155, 159, 162, 165, 169, 175, 181, 186, 191, 196, 201, 205, 210, 214,
        217, 226, 234, 242, 248, 254, 260, 265, 269, 274, 278, 285, 291, 297, 302, 306, 310, 313, 317, 320, 322, 327,
        331, 335, 338, 341, 346, 351, 354, 357, 361, 364, 367, 368, 370, 375, 377, 379, 380, 381, 382, 384});

    private final String nama;
    private final long[] populasi;
    private final long[] sampel;

    private TabelSampel(String nama, long[] populasi, long[] sampel) {
        this.nama = nama;
        this.populasi = populasi;
        this.sampel = sampel;
    }

    /**
     * The name of the table, with its source.
     *
     * @return the name, never null
     */
    public String getNama() {
        return nama;
    }

    /**
     * The number of rows of the table: 90 for {@link #KREJCIE_MORGAN}.
     *
     * @return the number of rows
     */
    public int getJumlahBaris() {
        return populasi.length;
    }

    /**
     * The population N of one row.
     *
     * @param baris the row, 0 for the first
     * @return the population of that row
     * @throws SakipException when the row is out of range
     */
    public long getPopulasi(int baris) {
        checkBaris(baris);
        return populasi[baris];
    }

    /**
     * The sample S of one row.
     *
     * @param baris the row, 0 for the first
     * @return the sample of that row
     * @throws SakipException when the row is out of range
     */
    public long getSampel(int baris) {
        checkBaris(baris);
        return sampel[baris];
    }

    private void checkBaris(int baris) {
        Checks.check(baris >= 0 && baris < populasi.length, "TabelSampel baris must be between 0 and %s, was %s",
                populasi.length - 1, baris);
    }

    /**
     * The minimum number of respondents for a population: the sample of the first row whose
     * population is at least {@code populasi}, the last row's above the table, and never more
     * than the population itself. Examples: 100 -&gt; 80, 105 -&gt; 86, 1000 -&gt; 278,
     * 100000 -&gt; 384, 5 -&gt; 5.
     *
     * @param populasi the number of service users the survey represents, 1 or more
     * @return the minimum sample, 1 or more
     * @throws SakipException when the population is below 1
     */
    public long getSampelMinimum(long populasi) {
        Checks.check(populasi >= 1, "SurveiIkm.populasi must be >= 1, was %s", populasi);
        for (int i = 0; i < this.populasi.length; i++) {
            if (this.populasi[i] >= populasi) {
                return Math.min(sampel[i], populasi);
            }
        }
        return sampel[sampel.length - 1];
    }

    /**
     * Checks that a survey is large enough for the population it claims to represent.
     *
     * @param populasi the population, 1 or more
     * @param jumlahResponden the number of respondents
     * @throws SakipException naming both numbers and the minimum when the survey has fewer
     *     respondents than the table asks, or more respondents than the population
     */
    public void periksa(long populasi, long jumlahResponden) {
        long minimum = getSampelMinimum(populasi);
        Checks.check(jumlahResponden <= populasi,
                "SurveiIkm.jumlahResponden must not exceed SurveiIkm.populasi, was %s respondents for a population of %s",
                jumlahResponden, populasi);
        Checks.check(jumlahResponden >= minimum,
                "SurveiIkm.jumlahResponden must be >= %s for a population (populasi) of %s by the table of %s, was %s",
                minimum, populasi, nama, jumlahResponden);
    }

    /**
     * The table as text: its name and number of rows.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "TabelSampel[" + nama + ", " + populasi.length + " rows]";
    }
}
