package io.github.sakip.examples.baca;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two names are as a report prints them in different places: "Nilai S AKIP OPD" and
 * "Nilai SAKIP OPD", "Nilai SAKIP" and "Nilai SAKIP OPD", "Indeks Kepuasan Layanan Sarana dan
 * Prasarana Publik" and "Indeks Kepuasan Layanan Prasarana Sarana Publik", "Indek" and "Indeks".
 *
 * <p>Thread-safe, no state.
 */
final class Nama {

    /** Two names at least this alike may be the same thing. */
    static final double MIRIP = 0.75;

    /** Words that say nothing about which thing a name is. */
    private static final Set<String> UMUM = Set.of("dan", "di", "yang", "per", "ke", "dari", "the", "of", "secara");

    private Nama() {
    }

    /**
     * A name's letters and digits, lower case, without spaces or marks: "Nilai S AKIP OPD" is
     * {@code nilaisakipopd}.
     */
    static String padat(String nama) {
        return Normalizer.normalize(nama, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * A name's words, lower case, without the words that say nothing and those with digits (the
     * "1.000KH" of "Angka Kematian Bayi per 1.000KH" is a unit, not a name).
     */
    static Set<String> kata(String nama) {
        Set<String> kata = new LinkedHashSet<>();
        for (String k : Normalizer.normalize(nama, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+")) {
            if (!k.isEmpty() && !UMUM.contains(k) && !k.matches(".*\\d.*")) {
                kata.add(k);
            }
        }
        return kata;
    }

    /**
     * How alike two names are, from 0 to 1: 1 for the same letters, 0,9 when one is the other's
     * beginning (at least 8 letters), else the share of words in common, a word counting as
     * shared when it differs from the other's by its last letter ("indek", "indeks").
     */
    static double kemiripan(String a, String b) {
        String pa = padat(a);
        String pb = padat(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return 0;
        }
        if (pa.equals(pb)) {
            return 1;
        }
        if (Math.min(pa.length(), pb.length()) >= 8 && (pa.startsWith(pb) || pb.startsWith(pa))) {
            return 0.9;
        }
        Set<String> ka = kata(a);
        Set<String> kb = kata(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return 0;
        }
        long sama = ka.stream().filter(k -> kb.stream().anyMatch(l -> serupa(k, l))).count();
        return (double) sama / Math.max(ka.size(), kb.size());
    }

    /** The most words a name has; a longer cell is running text, not a name. */
    static final int KATA_TERBANYAK = 40;

    /**
     * A text prepared once for many names: its letters and digits and its words.
     *
     * @param padat the text as {@link #padat} gives it
     * @param kata its words, lower case
     */
    record Teks(String padat, String[] kata) {
    }

    static Teks teks(String teks) {
        return new Teks(padat(teks), Normalizer.normalize(teks, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+"));
    }

    /** As {@link #termuat(String, Teks)}, for a text used once. */
    static double termuat(String nama, String teks) {
        return termuat(nama, teks(teks));
    }

    /**
     * The share of a name's words that a text contains close together, for a sentence that names
     * an indicator among other words: 1 when the text holds the name, else the most of its words
     * found within a stretch of the text twice as long as the name and two words more, so that
     * words of the name scattered over a long sentence do not name it. A name of more than
     * {@value #KATA_TERBANYAK} words is named by nothing.
     */
    static double termuat(String nama, Teks teks) {
        List<String> kn = List.copyOf(kata(nama));
        if (kn.isEmpty() || kn.size() > KATA_TERBANYAK) {
            return 0;
        }
        String pn = padat(nama);
        if (pn.length() >= 8 && teks.padat().contains(pn)) {
            return 1;
        }
        String[] kt = teks.kata();
        long[] cocok = new long[kt.length];
        for (int j = 0; j < kt.length; j++) {
            for (int i = 0; i < kn.size(); i++) {
                if (serupa(kn.get(i), kt[j])) {
                    cocok[j] |= 1L << i;
                }
            }
        }
        int lebar = 2 * kn.size() + 2;
        int terbaik = 0;
        for (int awal = 0; awal < Math.max(1, kt.length - lebar + 1); awal++) {
            long ada = 0;
            for (int j = awal; j < Math.min(kt.length, awal + lebar); j++) {
                ada |= cocok[j];
            }
            terbaik = Math.max(terbaik, Long.bitCount(ada));
        }
        return (double) terbaik / kn.size();
    }

    private static boolean serupa(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < 4 || Math.abs(a.length() - b.length()) != 1) {
            return false;
        }
        String pendek = a.length() < b.length() ? a : b;
        String panjang = a.length() < b.length() ? b : a;
        return panjang.startsWith(pendek);
    }
}
