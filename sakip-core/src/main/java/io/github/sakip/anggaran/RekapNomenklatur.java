package io.github.sakip.anggaran;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Program;
import io.github.sakip.model.Rupiah;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Roll-up along the Permendagri 90/2019 nomenclature (rekap menurut kode): from sub kegiatan (or
 * programs) up to kegiatan, program, bidang urusan, urusan and the agency, every total exact to the
 * sen. Levels that no row names are made from the codes: {@code 7.01.01.2.01.0001} lies under
 * kegiatan {@code 7.01.01.2.01}, program {@code 7.01.01}, bidang urusan {@code 7.01} and urusan
 * {@code 7}; such nodes have a code and no name. Parts are in code order.
 *
 * <p>Rules for flat rows, each an error naming the code:
 * <ul>
 *   <li>one pagu row per code; a pagu row must not lie under another pagu row (the amount would
 *       count twice);</li>
 *   <li>every realisasi row must have a pagu row of the same code: spending on a code without a
 *       budget here is "realisasi anggaran of another program", or a mistyped code;</li>
 *   <li>several realisasi rows of one code add up (one per payment, SP2D); a pagu row without any
 *       realisasi row spent nothing (a realisasi listing names what was paid, so the absence of a
 *       payment is zero, unlike a missing indicator value).</li>
 * </ul>
 *
 * <p>This class is thread-safe and has no state.
 */
public final class RekapNomenklatur {

    private RekapNomenklatur() {
    }

    /**
     * Rolls flat pagu and realisasi rows up to the agency.
     *
     * @param namaPerangkatDaerah the agency's name, not blank
     * @param pagu the pagu rows, one per code, none under another; not null
     * @param realisasi the realisasi rows, each of a code with a pagu row; not null
     * @return the agency's node, its parts the urusan, never null
     * @throws SakipException when an argument or element is null, or a rule above is broken
     */
    public static PosAnggaran susun(String namaPerangkatDaerah, List<BarisAnggaran> pagu,
            List<BarisAnggaran> realisasi) {
        Checks.notBlank(namaPerangkatDaerah, "RekapNomenklatur namaPerangkatDaerah");
        Map<KodeNomenklatur, BarisAnggaran> paguByKode = new TreeMap<>();
        for (BarisAnggaran b : Checks.noNullElements(pagu, "RekapNomenklatur pagu")) {
            Checks.check(paguByKode.put(b.getKode(), b) == null,
                    "RekapNomenklatur: pagu row of %s must not repeat (one pagu per code)", b.getKode());
        }
        Map<KodeNomenklatur, Rupiah> spent = new TreeMap<>();
        for (BarisAnggaran b : Checks.noNullElements(realisasi, "RekapNomenklatur realisasi")) {
            Checks.check(paguByKode.containsKey(b.getKode()),
                    "RekapNomenklatur: realisasi row of %s has no pagu row (realisasi anggaran of another program,"
                            + " or a mistyped code)", b.getKode());
            spent.merge(b.getKode(), b.getNilai(), Rupiah::plus);
        }
        List<PosAnggaran> daun = new ArrayList<>();
        paguByKode.forEach((kode, b) -> daun.add(PosAnggaran.daun(kode, b.getNama(), b.getNilai(),
                spent.getOrDefault(kode, Rupiah.NOL))));
        return susunPohon(namaPerangkatDaerah, daun, "pagu row");
    }

    /**
     * Rolls coded programs up to bidang urusan, urusan and the agency.
     *
     * @param namaPerangkatDaerah the agency's name, not blank
     * @param program the programs, each with a code and its realisasi reported, no code twice; not null
     * @return the agency's node, its parts the urusan, never null
     * @throws SakipException when an argument or element is null, a program has no code or no
     *     realisasi, or a code repeats
     */
    public static PosAnggaran susun(String namaPerangkatDaerah, List<Program> program) {
        Checks.notBlank(namaPerangkatDaerah, "RekapNomenklatur namaPerangkatDaerah");
        List<PosAnggaran> nodes = new ArrayList<>();
        for (Program p : Checks.noNullElements(program, "RekapNomenklatur program")) {
            Checks.check(p.getKode().isPresent(), "RekapNomenklatur: program \"%s\" must have a code (kode)",
                    p.getNama());
            nodes.add(PosAnggaran.of(p));
        }
        return susunPohon(namaPerangkatDaerah, nodes, "program");
    }

    private static PosAnggaran susunPohon(String nama, List<PosAnggaran> nodes, String jenis) {
        Map<KodeNomenklatur, PosAnggaran> given = new TreeMap<>();
        for (PosAnggaran p : nodes) {
            Checks.check(given.put(p.getKode().get(), p) == null, "RekapNomenklatur: %s %s must not repeat", jenis,
                    p.getKode().get());
        }
        TreeSet<KodeNomenklatur> semua = new TreeSet<>(given.keySet());
        for (KodeNomenklatur k : given.keySet()) {
            for (Optional<KodeNomenklatur> induk = k.getInduk(); induk.isPresent(); induk = induk.get().getInduk()) {
                Checks.check(!given.containsKey(induk.get()),
                        "RekapNomenklatur: %s %s lies under %s %s; its amount would count twice", jenis, k, jenis,
                        induk.get());
                semua.add(induk.get());
            }
        }
        List<PosAnggaran> urusan = new ArrayList<>();
        for (KodeNomenklatur k : semua) {
            if (k.getInduk().isEmpty()) {
                urusan.add(simpul(k, semua, given));
            }
        }
        return PosAnggaran.gabungan(TingkatPos.PERANGKAT_DAERAH, Optional.empty(), Optional.of(nama), urusan);
    }

    private static PosAnggaran simpul(KodeNomenklatur kode, TreeSet<KodeNomenklatur> semua,
            Map<KodeNomenklatur, PosAnggaran> given) {
        PosAnggaran own = given.get(kode);
        if (own != null) {
            return own;
        }
        List<PosAnggaran> rincian = new ArrayList<>();
        // in code order a code's descendants follow it directly
        for (KodeNomenklatur k : semua.tailSet(kode, false)) {
            if (!kode.isIndukDari(k)) {
                break;
            }
            if (k.getInduk().filter(kode::equals).isPresent()) {
                rincian.add(simpul(k, semua, given));
            }
        }
        return PosAnggaran.gabungan(TingkatPos.of(kode.getTingkat()), Optional.of(kode), Optional.empty(), rincian);
    }
}
