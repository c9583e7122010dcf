package io.github.sakip.examples.lkjip;

import io.github.sakip.anggaran.TingkatPos;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.reviu.BarisAnggaranDicetak;

/**
 * The section {@code [anggaran-rinci];table} of a data file: a budget table as the report prints
 * it, Program &gt; Kegiatan &gt; Sub kegiatan, header {@code tingkat;nama;pagu;realisasi;persen},
 * one row per printed row in the printed order; {@code tingkat} is {@code PROGRAM},
 * {@code KEGIATAN} or {@code SUB_KEGIATAN}; a blank cell (or {@code -}, {@code NA}) is a figure
 * the row does not print, never 0.
 */
final class AnggaranRinciLkjip {

    private AnggaranRinciLkjip() {
    }

    static BarisAnggaranDicetak baris(Section s, Row row) {
        String tingkat = s.get(row, "tingkat").strip().replace(' ', '_');
        return BarisAnggaranDicetak.of(s.tabel().orElse("Anggaran"), s.get(row, "nama").strip(),
                Cells.choice("tingkat", tingkat, TingkatPos.class),
                Cells.measured("pagu", s.get(row, "pagu")).orElse(null),
                Cells.measured("realisasi", s.get(row, "realisasi")).orElse(null),
                Cells.measured("persen", s.get(row, "persen")).orElse(null));
    }
}
