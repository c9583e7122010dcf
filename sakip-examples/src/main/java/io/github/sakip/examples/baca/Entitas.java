package io.github.sakip.examples.baca;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One thing of a report (a sasaran, an indicator, a program or a program's indicator) under
 * every name it is printed with, and the figures that tell it apart (a program's pagu).
 *
 * <p>Not thread-safe; built while one report is read.
 */
final class Entitas {

    private final String kode;
    private final Optional<Entitas> induk;
    private final Map<String, Integer> nama = new LinkedHashMap<>();
    private final Map<String, Integer> sasaran = new LinkedHashMap<>();
    private Optional<BigDecimal> pagu = Optional.empty();
    private boolean persen;

    Entitas(String kode, Optional<Entitas> induk, String namaPertama) {
        this.kode = kode;
        this.induk = induk;
        tambahNama(namaPertama);
    }

    /** The code the data file gives it: {@code S1}, {@code I2}, {@code P3}, {@code IP4}. */
    String kode() {
        return kode;
    }

    /** The program a program indicator belongs to. */
    Optional<Entitas> induk() {
        return induk;
    }

    void tambahNama(String n) {
        nama.merge(n, 1, Integer::sum);
    }

    /** Every name it is printed with. */
    Iterable<String> semuaNama() {
        return nama.keySet();
    }

    /** The name printed most often; of those, the shortest. */
    String nama() {
        return terbanyak(nama).orElse("");
    }

    /** Counts a row that names it beside a sasaran. */
    void tambahSasaran(String kodeSasaran) {
        sasaran.merge(kodeSasaran, 1, Integer::sum);
    }

    /** The sasaran named beside it most often. */
    Optional<String> sasaran() {
        return sasaran.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey);
    }

    Optional<BigDecimal> pagu() {
        return pagu;
    }

    void setPagu(BigDecimal nilai) {
        if (pagu.isEmpty()) {
            pagu = Optional.of(nilai);
        }
    }

    /** Marks an indicator whose target or realisasi is printed with "%". */
    void tandaiPersen() {
        persen = true;
    }

    /**
     * The indicator's unit, which reports do not print: {@code persen} when a target or
     * realisasi is printed with "%" or the name says (persentase, cakupan), else from the name's
     * first word (rasio, indeks, nilai), else {@code angka}. The reviu does not compute with it.
     */
    String satuan() {
        String n = nama().toLowerCase(Locale.ROOT);
        if (persen || n.matches("(persentase|prosentase|presentase|cakupan)\\b.*")) {
            return "persen";
        }
        if (n.startsWith("rasio")) {
            return "rasio";
        }
        if (n.startsWith("indeks") || n.startsWith("indek") || n.startsWith("ipm")) {
            return "indeks";
        }
        return n.startsWith("nilai") ? "nilai" : "angka";
    }

    private static Optional<String> terbanyak(Map<String, Integer> hitungan) {
        return hitungan.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().length())).map(Map.Entry::getKey);
    }
}
