package io.github.sakip.examples.halaman;

import java.util.List;

/**
 * What the reviu page shows, as text ready to print (Indonesian numbers, Indonesian words): the
 * view model of {@code reviu.mustache}. Filled by {@link SusunHalaman} from a report's data and its
 * reviu, so a new field of the reviu's result reaches the page through one class.
 *
 * @param instansi the agency, for example {@code Kecamatan Klojen Kota Malang}
 * @param tahun the report's year
 * @param renstra the Renstra's period, for example {@code 2018-2023}
 * @param kebijakan the policies the reviu used and recognised, one sentence each
 * @param cakupan what was checked, one sentence each
 * @param jenis the kinds of finding with their counts, for the legend
 * @param tabel each table and text section of the report, printed beside computed
 * @param temuan the findings
 * @param grafik the charts
 */
public record HalamanReviu(String instansi, String tahun, String renstra, List<String> kebijakan,
        List<String> cakupan, List<Jenis> jenis, List<Tabel> tabel, List<BarisTemuan> temuan, List<Gambar> grafik) {

    /**
     * A kind of finding in the legend.
     *
     * @param nama the kind, for example {@code KESALAHAN}
     * @param kelas the CSS class that marks its cells, for example {@code kesalahan}
     * @param arti what it means, in Indonesian
     * @param jumlah how many findings are of that kind
     */
    public record Jenis(String nama, String kelas, String arti, int jumlah) {
    }

    /**
     * A table (or a section of running text) of the report.
     *
     * @param judul as the data name it, for example {@code Tabel 3.4 (efisiensi)}
     * @param kolom the column headings, as printed
     * @param baris the rows
     */
    public record Tabel(String judul, List<String> kolom, List<Baris> baris) {
    }

    /**
     * A row of a table.
     *
     * @param label the row's heading, for example the indicator's name
     * @param sel one cell per column
     */
    public record Baris(String label, List<Sel> sel) {
    }

    /**
     * A cell: the printed figure beside the computed one, marked when the reviu found something.
     *
     * @param ada whether the report prints a figure here
     * @param dicetak the printed figure, as printed
     * @param dihitung the figure computed from the data, at the printed precision; empty when not
     *     computable
     * @param bertemuan whether a finding is at this cell
     * @param kelas CSS classes: {@code temuan} and each finding's kind; {@value #BEDA} for a
     *     printed figure that differs from the computed one without a finding (the reviu explained
     *     it, for example from the figures printed in the same row); else empty
     * @param nomor the numbers of the findings at this cell, for example {@code 10 11}
     */
    public record Sel(boolean ada, String dicetak, String dihitung, boolean bertemuan, String kelas, String nomor) {

        /** The class of a figure that differs from the computed one without a finding. */
        public static final String BEDA = "beda";

        /**
         * Whether the cell is marked.
         *
         * @return true when it has a class
         */
        public boolean bertanda() {
            return !kelas.isEmpty();
        }
    }

    /**
     * A finding in the list.
     *
     * @param no its number, from 1
     * @param jenis its kind, with the recognised rounding: {@code PEMBULATAN (DOWN)}
     * @param kelas the CSS class of its kind
     * @param tabel where: the table or section
     * @param baris where: the row
     * @param kolom where: the column
     * @param dicetak the printed figure
     * @param dihitung the computed figure
     * @param selisih printed minus computed
     * @param keterangan the explanation
     */
    public record BarisTemuan(int no, String jenis, String kelas, String tabel, String baris, String kolom,
            String dicetak, String dihitung, String selisih, String keterangan) {
    }

    /**
     * A chart.
     *
     * @param judul its title
     * @param svg the {@code <svg>} element, put into the page as it is
     */
    public record Gambar(String judul, String svg) {
    }
}
