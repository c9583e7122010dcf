package io.github.sakip.evaluasi.ikm;

import io.github.sakip.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.annotation.Nullable;

/**
 * The running totals of a survey read row by row: per unsur the sum of the answers and the
 * number who answered, and the number of rows. The mutable container behind
 * {@link SurveiIkm#kolektor()}; never leaves this package, so no caller sees it change.
 */
final class TallyJawaban {
    private long[] jumlahNilai = new long[0];
    private long[] jumlahMenjawab = new long[0];
    private long responden;

    void tambah(@Nullable JawabanResponden row) {
        Checks.check(row != null, "SurveiIkm.jawaban must not contain null, found one at row %s", responden + 1);
        if (responden == 0) {
            jumlahNilai = new long[row.getJumlahUnsur()];
            jumlahMenjawab = new long[row.getJumlahUnsur()];
        }
        Checks.check(row.getJumlahUnsur() == jumlahNilai.length,
                "SurveiIkm.jawaban rows must all have %s unsur like the first, row %s has %s", jumlahNilai.length,
                responden + 1, row.getJumlahUnsur());
        for (int u = 0; u < jumlahNilai.length; u++) {
            OptionalInt j = row.getJawaban(u);
            if (j.isPresent()) {
                jumlahNilai[u] += j.getAsInt();
                jumlahMenjawab[u]++;
            }
        }
        responden++;
    }

    TallyJawaban gabung(TallyJawaban other) {
        if (other.responden == 0) {
            return this;
        }
        if (responden == 0) {
            return other;
        }
        Checks.check(other.jumlahNilai.length == jumlahNilai.length,
                "SurveiIkm.jawaban rows must all have %s unsur like the first, a later part has %s", jumlahNilai.length,
                other.jumlahNilai.length);
        for (int u = 0; u < jumlahNilai.length; u++) {
            jumlahNilai[u] += other.jumlahNilai[u];
            jumlahMenjawab[u] += other.jumlahMenjawab[u];
        }
        responden += other.responden;
        return this;
    }

    SurveiIkm survei() {
        Checks.check(responden > 0, "SurveiIkm.jawaban must have at least one respondent, was empty");
        List<RekapUnsur> rekap = new ArrayList<>(jumlahNilai.length);
        for (int u = 0; u < jumlahNilai.length; u++) {
            Checks.check(jumlahMenjawab[u] > 0, "SurveiIkm unsur %s has no answer from any of the %s respondents",
                    u + 1, responden);
            rekap.add(RekapUnsur.of(jumlahNilai[u], jumlahMenjawab[u]));
        }
        return ImmutableSurveiIkm.of(rekap, responden, OptionalLong.empty());
    }
}
