package io.github.sakip.examples.baca;

import io.github.sakip.model.Tahun;
import java.util.Optional;

/**
 * A column of a report's table as the reader took it.
 *
 * @param indeks the column's place, from 0
 * @param label the header as printed, the upper and lower header cells joined
 * @param arti what the column is taken for
 * @param tahun the year its header names, if any
 * @param program whether it stands after a program column (a program's figure, not a sasaran's)
 */
record Kolom(int indeks, String label, Arti arti, Optional<Tahun> tahun, boolean program) {

    /** The column as the coverage list and the locations print it: {@code 5 Capaian (%)}. */
    String nama() {
        return label.isEmpty() ? String.valueOf(indeks + 1) : label;
    }
}
