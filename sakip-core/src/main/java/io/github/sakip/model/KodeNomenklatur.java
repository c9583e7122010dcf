package io.github.sakip.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.SakipParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A code of the Permendagri 90/2019 nomenclature (klasifikasi, kodefikasi dan nomenklatur), as
 * SIPD prints it: urusan {@code X}, bidang urusan {@code X.XX}, program {@code X.XX.XX},
 * kegiatan {@code X.XX.XX.X.XX}, sub kegiatan {@code X.XX.XX.X.XX.XXXX}.
 *
 * <p>Example: {@code KodeNomenklatur.parse("7.01.01.2.01.0001")} is a sub kegiatan (urusan 7 is
 * "unsur kewilayahan", the kecamatan); its {@link #getInduk() induk} is the kegiatan
 * {@code 7.01.01.2.01}, whose induk is the program {@code 7.01.01}. Older lists print the sub
 * kegiatan segment with two digits ({@code 7.01.01.2.01.01}): both are accepted, and the code
 * prints as it was given.
 *
 * <p>Digits only; the placeholders {@code X.XX} that the regulation's annex prints for programs
 * common to every urusan must be replaced by the agency's own urusan and bidang.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KodeNomenklatur implements Comparable<KodeNomenklatur> {
    /** The level of a code, by its number of segments. */
    public enum Tingkat {
        /** Urusan, one segment: {@code 7}. */
        URUSAN,
        /** Bidang urusan, two segments: {@code 7.01}. */
        BIDANG_URUSAN,
        /** Program, three segments: {@code 7.01.01}. */
        PROGRAM,
        /** Kegiatan, five segments: {@code 7.01.01.2.01}. */
        KEGIATAN,
        /** Sub kegiatan, six segments: {@code 7.01.01.2.01.0001}. */
        SUB_KEGIATAN
    }

    private static final int[] WIDTHS = {1, 2, 2, 1, 2, 4};

    private final List<String> segmen;
    /**
     * The segments as numbers and the code as text, made once: codes are compared, hashed and
     * printed often (the sorted maps of a roll-up).
     */
    private final int[] angka;
    private final String text;

    private KodeNomenklatur(List<String> segmen, String text) {
        this.segmen = segmen;
        this.text = text;
        this.angka = new int[segmen.size()];
        for (int i = 0; i < angka.length; i++) {
            angka[i] = Integer.parseInt(segmen.get(i));
        }
    }

    /**
     * Reads a code.
     *
     * @param text the code, for example {@code "7.01.01.2.01.0001"}, not null
     * @return the code, never null
     * @throws SakipParseException when a segment is not digits of the right width, or the number
     *     of segments is not 1, 2, 3, 5 or 6, with the position of the fault
     */
    @JsonCreator
    public static KodeNomenklatur parse(String text) {
        if (text == null) {
            throw new SakipException("KodeNomenklatur text must not be null");
        }
        List<String> parts = new ArrayList<>(6);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.') {
                if (parts.size() == WIDTHS.length) {
                    throw new SakipParseException("KodeNomenklatur " + Checks.quote(text)
                            + " must have at most 6 segments (sub kegiatan), found more at position " + start,
                            text, start);
                }
                checkSegment(text, start, i, parts.size());
                parts.add(text.substring(start, i));
                start = i + 1;
            } else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw new SakipParseException("KodeNomenklatur " + Checks.quote(text)
                        + " must be digits separated by '.', unexpected character at position " + i, text, i);
            }
        }
        if (parts.size() == 4) {
            throw new SakipParseException("KodeNomenklatur " + Checks.quote(text)
                    + " must have 1, 2, 3, 5 or 6 segments (urusan, bidang urusan, program, kegiatan,"
                    + " sub kegiatan), had 4", text, text.length());
        }
        return new KodeNomenklatur(Collections.unmodifiableList(parts), text);
    }

    private static void checkSegment(String text, int start, int end, int index) {
        int width = end - start;
        boolean ok = width == WIDTHS[index] || (index == 5 && width == 2);
        if (!ok) {
            String expected = index == 5 ? "4 (or 2 in older lists)" : Integer.toString(WIDTHS[index]);
            throw new SakipParseException("KodeNomenklatur " + Checks.quote(text) + " segment " + (index + 1)
                    + " must have " + expected + " digits, had " + width + " at position " + start,
                    text, start);
        }
    }

    /**
     * The segments as given, for example {@code [7, 01, 01, 2, 01, 0001]}.
     *
     * @return an unmodifiable list of 1, 2, 3, 5 or 6 segments, never null
     */
    public List<String> getSegmen() {
        return segmen;
    }

    /**
     * The level of this code.
     *
     * @return the level, never null
     */
    public Tingkat getTingkat() {
        switch (segmen.size()) {
            case 1:
                return Tingkat.URUSAN;
            case 2:
                return Tingkat.BIDANG_URUSAN;
            case 3:
                return Tingkat.PROGRAM;
            case 5:
                return Tingkat.KEGIATAN;
            default:
                return Tingkat.SUB_KEGIATAN;
        }
    }

    /**
     * The code one level up: the kegiatan of a sub kegiatan, the program of a kegiatan, and so on.
     *
     * @return the parent code, empty for an urusan
     */
    public Optional<KodeNomenklatur> getInduk() {
        int n = segmen.size();
        if (n == 1) {
            return Optional.empty();
        }
        int parent = n == 5 ? 3 : n - 1;
        List<String> induk = segmen.subList(0, parent);
        int length = parent - 1;
        for (String s : induk) {
            length += s.length();
        }
        return Optional.of(new KodeNomenklatur(induk, text.substring(0, length)));
    }

    /**
     * Whether this code is an ancestor of the other: {@code 7.01.01} is an induk of
     * {@code 7.01.01.2.01} and of {@code 7.01.01.2.01.0001}; a code is not its own induk.
     *
     * @param other the other code, not null
     * @return true when this code's segments begin the other's and it is shorter
     */
    public boolean isIndukDari(KodeNomenklatur other) {
        Checks.notNull(other, "KodeNomenklatur.isIndukDari other");
        // segments are digits, so "the first segments are equal" is "the text is a prefix up to a dot"
        return segmen.size() < other.segmen.size() && other.text.startsWith(text)
                && other.text.charAt(text.length()) == '.';
    }

    @Override
    public int compareTo(KodeNomenklatur other) {
        int n = Math.min(segmen.size(), other.segmen.size());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(angka[i], other.angka[i]);
            if (c != 0) {
                return c;
            }
        }
        int bySize = Integer.compare(segmen.size(), other.segmen.size());
        return bySize != 0 ? bySize : text.compareTo(other.text);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof KodeNomenklatur && ((KodeNomenklatur) obj).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * The code as given, for example {@code 7.01.01.2.01.0001}.
     *
     * @return the text that {@link #parse(String)} reads
     */
    @Override
    @JsonValue
    public String toString() {
        return text;
    }
}
