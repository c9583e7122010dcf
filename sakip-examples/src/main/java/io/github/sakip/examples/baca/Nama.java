package io.github.sakip.examples.baca;

import java.text.Normalizer;
import java.util.Arrays;
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

    /**
     * The share of a name's words that a text contains close together, for a sentence that names
     * an indicator among other words: 1 when the text holds the name, else the most of its words
     * found within a stretch of the text twice as long as the name and two words more, so that
     * words of the name scattered over a long sentence do not name it.
     */
    static double termuat(String nama, String teks) {
        Set<String> kn = kata(nama);
        if (kn.isEmpty()) {
            return 0;
        }
        if (padat(nama).length() >= 8 && padat(teks).contains(padat(nama))) {
            return 1;
        }
        String[] kt = Normalizer.normalize(teks, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        int lebar = 2 * kn.size() + 2;
        double terbaik = 0;
        for (int awal = 0; awal < Math.max(1, kt.length - lebar + 1); awal++) {
            List<String> jendela = Arrays.asList(kt).subList(awal, Math.min(kt.length, awal + lebar));
            long ada = kn.stream().filter(k -> jendela.stream().anyMatch(l -> serupa(k, l))).count();
            terbaik = Math.max(terbaik, (double) ada / kn.size());
        }
        return terbaik;
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
