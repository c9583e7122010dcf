package io.github.sakip.examples.baca;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sasaran, indicators, programs and program indicators of a report, each found once under
 * the several names the report prints it with. A name goes to the thing whose names it is most
 * like ({@link Nama#kemiripan}); a program also by its pagu, the same amount in two tables; a
 * name equally like two things is not matched (the caller reports it), never guessed.
 *
 * <p>Not thread-safe; built while one report is read.
 */
final class Katalog {

    /** A name this much less like the second thing than the first is not ambiguous. */
    private static final double SELISIH = 0.1;

    private final List<Entitas> sasaran = new ArrayList<>();
    private final List<Entitas> indikator = new ArrayList<>();
    private final List<Entitas> program = new ArrayList<>();
    private final List<Entitas> indikatorProgram = new ArrayList<>();

    List<Entitas> sasaran() {
        return sasaran;
    }

    List<Entitas> indikator() {
        return indikator;
    }

    List<Entitas> program() {
        return program;
    }

    List<Entitas> indikatorProgram() {
        return indikatorProgram;
    }

    /** The result of looking a name up. */
    record Cocok(Optional<Entitas> entitas, String alasan) {

        static Cocok ya(Entitas e) {
            return new Cocok(Optional.of(e), "");
        }

        static Cocok tidak(String alasan) {
            return new Cocok(Optional.empty(), alasan);
        }
    }

    Cocok sasaran(String nama, boolean buat) {
        return cari(sasaran, nama, buat, "S", Optional.empty());
    }

    Cocok indikator(String nama, boolean buat) {
        return cari(indikator, nama, buat, "I", Optional.empty());
    }

    /**
     * A program by its pagu when exactly one program has that pagu, else by its name.
     *
     * @param nama the name as printed
     * @param pagu the pagu printed beside it, if any
     * @param buat whether a name like no known program starts a new one
     */
    Cocok program(String nama, Optional<BigDecimal> pagu, boolean buat) {
        if (pagu.isPresent()) {
            List<Entitas> sama = program.stream()
                    .filter(p -> p.pagu().map(v -> v.compareTo(pagu.get()) == 0).orElse(false)).toList();
            if (sama.size() == 1) {
                sama.get(0).tambahNama(nama);
                return Cocok.ya(sama.get(0));
            }
        }
        Cocok c = cari(program, nama, buat, "P", Optional.empty());
        pagu.ifPresent(v -> c.entitas().ifPresent(e -> e.setPagu(v)));
        return c;
    }

    Cocok indikatorProgram(Entitas prog, String nama, boolean buat) {
        List<Entitas> milik = indikatorProgram.stream().filter(i -> i.induk().orElseThrow() == prog).toList();
        Cocok c = cari(new ArrayList<>(milik), nama, buat, "IP", Optional.of(prog));
        c.entitas().filter(e -> !indikatorProgram.contains(e)).ifPresent(indikatorProgram::add);
        return c;
    }

    private Cocok cari(List<Entitas> daftar, String nama, boolean buat, String awalan, Optional<Entitas> induk) {
        Entitas terbaik = null;
        double skor = 0;
        double kedua = 0;
        for (Entitas e : daftar) {
            double s = 0;
            for (String n : e.semuaNama()) {
                s = Math.max(s, Nama.kemiripan(nama, n));
            }
            if (s > skor) {
                kedua = skor;
                skor = s;
                terbaik = e;
            } else if (s > kedua) {
                kedua = s;
            }
        }
        if (terbaik != null && skor >= Nama.MIRIP) {
            if (skor < 1 && kedua >= Nama.MIRIP && skor - kedua < SELISIH) {
                return Cocok.tidak("nama \"" + nama + "\" mirip dengan dua nama yang berbeda");
            }
            terbaik.tambahNama(nama);
            return Cocok.ya(terbaik);
        }
        if (!buat) {
            return Cocok.tidak("nama \"" + nama + "\" tidak cocok dengan nama mana pun di tabel");
        }
        int nomor = daftar.size() + 1;
        if (awalan.equals("IP")) {
            nomor = indikatorProgram.size() + 1;
        }
        Entitas baru = new Entitas(awalan + nomor, induk, nama);
        daftar.add(baru);
        return Cocok.ya(baru);
    }
}
