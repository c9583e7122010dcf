package io.github.sakip.examples.baca;

import io.github.sakip.examples.baca.Katalog.Cocok;
import io.github.sakip.reviu.JenisBesaran;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the thing each figure of the tables is about, building the report's {@link Katalog} as
 * it goes: the programs first by their pagu (so that a program printed under another name in
 * the budget table is still found), then every other figure by its row's names. A figure whose
 * name matches two things is skipped and reported.
 *
 * <p>Not thread-safe; one instance maps one report.
 */
final class Pemetaan {

    private final Katalog katalog = new Katalog();
    private final Cakupan cakupan;
    /** The program each table's row names, as its pagu found it. */
    private final Map<String, Entitas> programBaris = new HashMap<>();

    Pemetaan(Cakupan cakupan) {
        this.cakupan = cakupan;
    }

    Katalog katalog() {
        return katalog;
    }

    /**
     * The figures of the tables with the things they are about.
     *
     * @param angka the figures, in reading order
     * @return those whose thing was found, in the same order
     */
    List<Butir> petakan(List<AngkaTerbaca> angka) {
        for (AngkaTerbaca a : angka) {
            if (a.jenis() == JenisBesaran.PAGU) {
                Cocok c = katalog.program(a.subjek().program(), Optional.of(a.nilai()), true);
                c.entitas().ifPresent(p -> {
                    programBaris.put(a.lokasi().getTabel() + "\n" + a.subjek().program(), p);
                    sasaranDari(a).ifPresent(s -> p.tambahSasaran(s.kode()));
                });
            }
        }
        List<Butir> hasil = new ArrayList<>();
        for (AngkaTerbaca a : angka) {
            Cocok c = switch (a.jenis().getRujukan()) {
                case LAPORAN -> new Cocok(Optional.empty(), "");
                case SASARAN -> katalog.sasaran(a.subjek().sasaran(), true);
                case INDIKATOR -> indikator(a);
                case PROGRAM -> program(a);
                case INDIKATOR_PROGRAM -> {
                    Cocok p = program(a);
                    yield p.entitas().isEmpty() ? p
                            : katalog.indikatorProgram(p.entitas().get(), a.subjek().indikatorProgram(), true);
                }
            };
            if (!c.alasan().isEmpty()) {
                cakupan.dilewati(a.lokasi() + " / " + a.dicetak(), c.alasan());
                continue;
            }
            c.entitas().filter(e -> a.dicetak().endsWith("%") && (a.jenis() == JenisBesaran.TARGET
                    || a.jenis() == JenisBesaran.REALISASI || a.jenis() == JenisBesaran.TARGET_PROGRAM
                    || a.jenis() == JenisBesaran.REALISASI_PROGRAM)).ifPresent(Entitas::tandaiPersen);
            hasil.add(new Butir(a, c.entitas()));
        }
        return hasil;
    }

    private Cocok indikator(AngkaTerbaca a) {
        Cocok c = katalog.indikator(a.subjek().indikator(), true);
        c.entitas().ifPresent(i -> sasaranDari(a).ifPresent(s -> i.tambahSasaran(s.kode())));
        return c;
    }

    private Cocok program(AngkaTerbaca a) {
        Entitas p = programBaris.get(a.lokasi().getTabel() + "\n" + a.subjek().program());
        if (p != null) {
            return Cocok.ya(p);
        }
        Cocok c = katalog.program(a.subjek().program(), Optional.empty(), true);
        c.entitas().ifPresent(e -> sasaranDari(a).ifPresent(s -> e.tambahSasaran(s.kode())));
        return c;
    }

    private Optional<Entitas> sasaranDari(AngkaTerbaca a) {
        return a.subjek().sasaran().isBlank() ? Optional.empty() : katalog.sasaran(a.subjek().sasaran(), true).entitas();
    }
}
