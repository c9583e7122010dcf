package io.github.sakip.evaluasi.ikm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.StringJoiner;
import javax.annotation.Nullable;

/**
 * The answers of one respondent of an IKM survey: per unsur, in the order of the
 * {@link PedomanIkm}, an answer from 1 to 4, or none when the respondent left that item empty.
 * An unanswered item is excluded from that unsur's NRR (it is not a zero).
 *
 * <p>Example, a row of the PermenPANRB 14/2017 questionnaire:
 * {@code JawabanResponden.of(3, 3, 4, 4, 3, 3, 4, 3, 3)}; with the fourth item (biaya/tarif)
 * unanswered:
 * {@code JawabanResponden.of(List.of(OptionalInt.of(3), OptionalInt.of(3), OptionalInt.of(4),
 * OptionalInt.empty(), ...))}. {@link #toString()} prints {@code [3, 3, 4, -, ...]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JawabanResponden {
    private static final int KOSONG = 0;

    private final int[] jawaban;

    private JawabanResponden(int[] jawaban) {
        this.jawaban = jawaban;
    }

    /**
     * Obtains a row in which every unsur is answered.
     *
     * @param jawaban one answer per unsur, each 1 to 4, at least one; copied
     * @return the row, never null
     * @throws SakipException when the array is null or empty or an answer is out of range
     */
    public static JawabanResponden of(int... jawaban) {
        Checks.notNull(jawaban, "JawabanResponden.jawaban");
        int[] copy = jawaban.clone();
        for (int i = 0; i < copy.length; i++) {
            checkJawaban(copy[i], i);
        }
        return create(copy);
    }

    /**
     * Obtains a row in which some unsur may be unanswered.
     *
     * @param jawaban one entry per unsur: an answer 1 to 4, or empty for an unanswered item;
     *     at least one answered; copied
     * @return the row, never null
     * @throws SakipException when the list or an element is null, or an answer is out of range,
     *     or nothing is answered
     */
    public static JawabanResponden of(List<OptionalInt> jawaban) {
        List<OptionalInt> list = Checks.noNullElements(jawaban, "JawabanResponden.jawaban");
        int[] copy = new int[list.size()];
        for (int i = 0; i < copy.length; i++) {
            OptionalInt j = list.get(i);
            if (j.isPresent()) {
                checkJawaban(j.getAsInt(), i);
                copy[i] = j.getAsInt();
            } else {
                copy[i] = KOSONG;
            }
        }
        return create(copy);
    }

    private static JawabanResponden create(int[] jawaban) {
        Checks.check(jawaban.length > 0, "JawabanResponden.jawaban must have one entry per unsur, was empty");
        Checks.check(Arrays.stream(jawaban).anyMatch(j -> j != KOSONG),
                "JawabanResponden must answer at least one unsur, was %s", new JawabanResponden(jawaban));
        return new JawabanResponden(jawaban);
    }

    private static void checkJawaban(int nilai, int unsur) {
        Checks.check(nilai >= PedomanIkm.JAWABAN_MIN && nilai <= PedomanIkm.JAWABAN_MAKS,
                "JawabanResponden.jawaban for unsur %s must be between %s and %s, was %s", unsur + 1,
                PedomanIkm.JAWABAN_MIN, PedomanIkm.JAWABAN_MAKS, nilai);
    }

    /** The JSON form: the answers in unsur order, {@code null} for an unsur left unanswered, {@code [4,3,null]}. */
    @JsonValue
    List<Integer> json() {
        List<Integer> json = new ArrayList<>(jawaban.length);
        for (int j : jawaban) {
            json.add(j == KOSONG ? null : j);
        }
        return json;
    }

    @JsonCreator // no mode: an enum-valued element would warn users compiling without jackson-annotations
    static JawabanResponden json(List<Integer> jawaban) {
        List<OptionalInt> list = new ArrayList<>();
        for (Integer j : Checks.notNull(jawaban, "JawabanResponden.jawaban")) {
            list.add(j == null ? OptionalInt.empty() : OptionalInt.of(j));
        }
        return of(list);
    }

    /**
     * The number of unsur in the row, answered or not.
     *
     * @return the number of entries, 1 or more
     */
    public int getJumlahUnsur() {
        return jawaban.length;
    }

    /**
     * The answer for one unsur.
     *
     * @param unsur the position of the unsur, 0 for the first
     * @return the answer 1 to 4, or empty when the item was left unanswered
     * @throws SakipException when the position is out of range
     */
    public OptionalInt getJawaban(int unsur) {
        checkUnsur(unsur);
        return jawaban[unsur] == KOSONG ? OptionalInt.empty() : OptionalInt.of(jawaban[unsur]);
    }

    /**
     * This row with one answer replaced.
     *
     * @param unsur the position of the unsur, 0 for the first
     * @param nilai the new answer, 1 to 4
     * @return a new row, never null
     * @throws SakipException when the position or the answer is out of range
     */
    public JawabanResponden withJawaban(int unsur, int nilai) {
        checkUnsur(unsur);
        checkJawaban(nilai, unsur);
        int[] copy = jawaban.clone();
        copy[unsur] = nilai;
        return new JawabanResponden(copy);
    }

    private void checkUnsur(int unsur) {
        Checks.check(unsur >= 0 && unsur < jawaban.length, "JawabanResponden unsur must be between 0 and %s, was %s",
                jawaban.length - 1, unsur);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof JawabanResponden && Arrays.equals(((JawabanResponden) obj).jawaban, jawaban);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(jawaban);
    }

    /**
     * The row as text, an unanswered item as {@code -}: {@code [3, 3, 4, -, 3]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "[", "]");
        for (int j : jawaban) {
            s.add(j == KOSONG ? "-" : Integer.toString(j));
        }
        return s.toString();
    }
}
