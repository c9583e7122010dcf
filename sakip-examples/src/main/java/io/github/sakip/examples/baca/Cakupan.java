package io.github.sakip.examples.baca;

import java.util.ArrayList;
import java.util.List;

/**
 * The reviu's coverage: what the reader recognised (a table with what it took each column for
 * and the rows it read, a sentence's figures) and what it skipped, each with the reason, so that
 * a reviewer sees which printed figures the reviu checks and which it leaves to them.
 *
 * <p>Not thread-safe; one instance serves one reading.
 */
final class Cakupan {

    private final List<String> terbaca = new ArrayList<>();
    private final List<String> dilewati = new ArrayList<>();

    /** Something recognised, with what was read of it. */
    void terbaca(String apa) {
        terbaca.add(apa);
    }

    /** Something skipped, with the reason. */
    void dilewati(String apa, String alasan) {
        dilewati.add(apa + ": " + alasan);
    }

    /** What was recognised, in reading order. */
    List<String> getTerbaca() {
        return List.copyOf(terbaca);
    }

    /** What was skipped, in reading order, each with its reason. */
    List<String> getDilewati() {
        return List.copyOf(dilewati);
    }
}
