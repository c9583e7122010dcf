package io.github.sakip.examples.baca;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words before a number in a sentence say it is: "ditargetkan sebesar 62,59" a target,
 * "realisasinya sebesar 88" a realisasi, "capaian kinerjanya sebesar 140,59%" a capaian,
 * "penurunan sebesar 2,02" a decrease, "penggunaan anggaran mencapai 94,42%" a penyerapan.
 *
 * <p>The last eight words before the number are read first, then the words back to the number
 * before it, where "capaian kinerja" says nothing certain (it names the subject of a sentence as
 * often as its figure). Words that name what a figure is (target, realisasi, capaian kinerja, anggaran) are
 * stronger than verbs and "nilai" (mencapai, tercapai, bernilai); a bare "capaian", which
 * reports print for a realisasi as often as for a capaian, says nothing certain.
 *
 * <p>Thread-safe, no state.
 */
final class Kata {

    /** What the words before a number say it is. */
    enum Kelas {
        TARGET, REALISASI, CAPAIAN, NAIK, TURUN, ANGGARAN, SISA, RATA_RATA, TIDAK_PASTI
    }

    /** Words that settle the question when they stand among the last eight. */
    private static final Pattern[] UTAMA = {
        Pattern.compile("\\b(rata-rata|rata rata|rerata)\\b"),
        Pattern.compile("\\bsisa\\b"),
        Pattern.compile("\\b(kenaikan|naik|meningkat|peningkatan)\\b"),
        Pattern.compile("\\b(penurunan|turun|menurun)\\b"),
    };
    private static final Kelas[] KELAS_UTAMA = {Kelas.RATA_RATA, Kelas.SISA, Kelas.NAIK, Kelas.TURUN};

    private static final Pattern[] KUAT = {
        Pattern.compile("\\b(target\\w*|ditargetkan|direncanakan)\\b"),
        Pattern.compile("\\b(realisasi\\w*|terealisasi)\\b"),
        Pattern.compile("\\b(capaian kinerja\\w*|dicapai kinerja\\w*|keberhasilan)\\b|(?<!realisasi )(?<!target )"
                + "(?<!indikator )\\bkinerja\\w*"),
        Pattern.compile("\\b(anggaran|penyerapan|belanja)\\b"),
    };
    private static final Kelas[] KELAS_KUAT = {Kelas.TARGET, Kelas.REALISASI, Kelas.CAPAIAN, Kelas.ANGGARAN};

    private static final Pattern[] LEMAH = {
        Pattern.compile("\\b(nilai|bernilai|mencapai|tercapai)\\b"),
        Pattern.compile("\\b(capaian|pencapaian|dicapai)\\b"),
    };
    private static final Kelas[] KELAS_LEMAH = {Kelas.REALISASI, Kelas.TIDAK_PASTI};

    private Kata() {
    }

    /**
     * What the words before a number say it is.
     *
     * @param sebelum the words between the number before (or the sentence's start) and this one
     * @return the kind, or empty when no word says
     */
    static Optional<Kelas> kelas(String sebelum) {
        String semua = sebelum.toLowerCase(Locale.ROOT);
        String[] kata = semua.strip().split("\\s+");
        String dekat = String.join(" ", Arrays.copyOfRange(kata, Math.max(0, kata.length - 8), kata.length));
        for (int i = 0; i < UTAMA.length; i++) {
            if (UTAMA[i].matcher(dekat).find()) {
                return Optional.of(KELAS_UTAMA[i]);
            }
        }
        for (String jendela : new String[] {dekat, semua}) {
            Optional<Kelas> k = terakhir(jendela, KUAT, KELAS_KUAT);
            if (k.isEmpty()) {
                k = terakhir(jendela, LEMAH, KELAS_LEMAH);
            }
            if (k.isPresent()) {
                // "Capaian kinerja nyata indikator 2 ... adalah sebesar 66,7%" is a realisasi: far
                // from its number, "capaian kinerja" names the subject, not the figure
                return jendela == dekat || k.get() != Kelas.CAPAIAN ? k : Optional.of(Kelas.TIDAK_PASTI);
            }
        }
        return Optional.empty();
    }

    /** The kind whose word ends last in the text. */
    private static Optional<Kelas> terakhir(String teks, Pattern[] pola, Kelas[] kelas) {
        int akhir = -1;
        Kelas hasil = null;
        for (int i = 0; i < pola.length; i++) {
            Matcher m = pola[i].matcher(teks);
            while (m.find()) {
                if (m.end() > akhir) {
                    akhir = m.end();
                    hasil = kelas[i];
                }
            }
        }
        return Optional.ofNullable(hasil);
    }
}
