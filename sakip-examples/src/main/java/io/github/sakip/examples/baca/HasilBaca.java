package io.github.sakip.examples.baca;

import java.io.PrintWriter;
import java.util.List;

/**
 * What {@link PembacaLaporan} read of a report: the LKjIP data file and the coverage.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HasilBaca {

    private final String lkjip;
    private final List<String> terbaca;
    private final List<String> dilewati;

    HasilBaca(String lkjip, Cakupan cakupan) {
        this.lkjip = lkjip;
        this.terbaca = cakupan.getTerbaca();
        this.dilewati = cakupan.getDilewati();
    }

    /**
     * The data file in the format of {@code klojen-2021.lkjip}, without the coverage.
     *
     * @return the file's text; empty when nothing of a report was found
     */
    public String getLkjip() {
        return lkjip;
    }

    /**
     * What was recognised: each table with what each column was taken for and the rows read, the
     * sentences' figures.
     *
     * @return the lines, in reading order
     */
    public List<String> getTerbaca() {
        return terbaca;
    }

    /**
     * What was skipped, each with its reason.
     *
     * @return the lines, in reading order
     */
    public List<String> getDilewati() {
        return dilewati;
    }

    /**
     * Prints the coverage, each line after a prefix ({@code "# "} in a data file, {@code "- "}
     * in a reviu).
     *
     * @param out where to
     * @param awalan the prefix of each line
     */
    public void cetakCakupan(PrintWriter out, String awalan) {
        out.println(awalan + "Cakupan pembacaan: " + terbaca.size() + " terbaca, " + dilewati.size() + " dilewati");
        terbaca.forEach(t -> out.println(awalan + "Terbaca: " + t));
        dilewati.forEach(d -> out.println(awalan + "Dilewati: " + d));
    }
}
