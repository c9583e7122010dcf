package io.github.sakip.examples.baca;

import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.Lokasi;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A printed figure the reader found, with what it stands for and the names of what it is about,
 * before those names are matched to the report's sasaran, indicators and programs.
 *
 * @param jenis what the figure stands for
 * @param subjek the names the figure is about
 * @param tahun the year it is of
 * @param nilai the number
 * @param dicetak the figure as printed ({@code 109,74%})
 * @param lokasi where it stands
 * @param kutipan the sentence that states it, for a figure of the text
 * @param kolom the table's column it stands in ({@code Tabel 3.2#8}), for a figure of a table
 */
record AngkaTerbaca(JenisBesaran jenis, Subjek subjek, Tahun tahun, BigDecimal nilai, String dicetak, Lokasi lokasi,
        Optional<String> kutipan, Optional<String> kolom) {

    /** The same figure taken for another kind, as the figures of its column showed. */
    AngkaTerbaca withJenis(JenisBesaran lain) {
        return new AngkaTerbaca(lain, subjek, tahun, nilai, dicetak, lokasi, kutipan, kolom);
    }

    /**
     * The names a figure is about, as printed where it stands; each empty where it does not
     * apply.
     *
     * @param sasaran the sasaran
     * @param indikator the indicator of a sasaran
     * @param program the program
     * @param indikatorProgram the indicator of the program
     */
    record Subjek(String sasaran, String indikator, String program, String indikatorProgram) {

        static final Subjek LAPORAN = new Subjek("", "", "", "");

        static Subjek indikator(String sasaran, String indikator) {
            return new Subjek(sasaran, indikator, "", "");
        }

        static Subjek sasaran(String sasaran) {
            return new Subjek(sasaran, "", "", "");
        }

        static Subjek program(String sasaran, String program) {
            return new Subjek(sasaran, "", program, "");
        }
    }
}
