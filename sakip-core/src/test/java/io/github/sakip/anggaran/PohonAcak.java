package io.github.sakip.anggaran;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sakip.model.Kegiatan;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Program;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.SubKegiatan;
import io.github.sakip.model.Tahun;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Random budget trees with valid codes: sub kegiatan under 2 urusan x 2 bidang x 3 programs x 3
 * kegiatan x 4 sub kegiatan, amounts up to 10^16 Rupiah with sen.
 */
final class PohonAcak {
    static final Tahun TAHUN = Tahun.of(2021);
    static final long MAX_SEN = 1_000_000_000_000_000_000L; // 10^16 Rupiah

    /** One sub kegiatan: its code and its amounts in sen. */
    record Daun(KodeNomenklatur kode, long paguSen, long realisasiSen) {
        Rupiah pagu() {
            return Rupiah.of(BigDecimal.valueOf(paguSen, 2));
        }

        Rupiah realisasi() {
            return Rupiah.of(BigDecimal.valueOf(realisasiSen, 2));
        }
    }

    private PohonAcak() {
    }

    static Gen<Daun> daun() {
        return integers().between(0, 2 * 2 * 3 * 3 * 4 - 1).zip(longs().between(0, MAX_SEN), longs().between(0, MAX_SEN),
                (i, p, r) -> new Daun(kode(i), p, r));
    }

    /** Distinct sub kegiatan, in the order drawn. */
    static Gen<List<Daun>> daftar() {
        return lists().of(daun()).ofSizeBetween(1, 25).map(list -> {
            Map<KodeNomenklatur, Daun> unique = new LinkedHashMap<>();
            list.forEach(d -> unique.putIfAbsent(d.kode(), d));
            return List.copyOf(unique.values());
        });
    }

    private static KodeNomenklatur kode(int i) {
        int s = i % 4 + 1;
        int k = i / 4 % 3 + 1;
        int p = i / 12 % 3 + 1;
        int b = i / 36 % 2 + 1;
        int u = i / 72 == 0 ? 2 : 7;
        return KodeNomenklatur.parse(String.format(Locale.ROOT, "%d.%02d.%02d.2.%02d.%04d", u, b, p, k, s));
    }

    /** The programs of the sub kegiatan, in order of first appearance. */
    static List<Program> program(List<Daun> daun) {
        Map<KodeNomenklatur, Map<KodeNomenklatur, List<SubKegiatan>>> tree = new LinkedHashMap<>();
        for (Daun d : daun) {
            KodeNomenklatur kegiatan = d.kode().getInduk().get();
            KodeNomenklatur program = kegiatan.getInduk().get();
            tree.computeIfAbsent(program, x -> new LinkedHashMap<>()).computeIfAbsent(kegiatan, x -> new ArrayList<>())
                    .add(SubKegiatan.of(d.kode(), "Sub kegiatan " + d.kode(), Pagu.of(TAHUN, d.pagu()))
                            .withRealisasi(RealisasiAnggaran.of(TAHUN, d.realisasi())));
        }
        List<Program> all = new ArrayList<>();
        tree.forEach((p, kegiatan) -> {
            List<Kegiatan> k = new ArrayList<>();
            kegiatan.forEach((kode, subs) -> k.add(Kegiatan.of(kode, "Kegiatan " + kode, subs)));
            all.add(Program.of(p, "Program " + p, k));
        });
        return all;
    }

    /** The sum in sen of the sub kegiatan under a code (or equal to it), by exact integer addition. */
    static BigInteger paguSen(List<Daun> daun, KodeNomenklatur kode) {
        return daun.stream().filter(d -> d.kode().equals(kode) || kode.isIndukDari(d.kode()))
                .map(d -> BigInteger.valueOf(d.paguSen())).reduce(BigInteger.ZERO, BigInteger::add);
    }

    static BigInteger realisasiSen(List<Daun> daun, KodeNomenklatur kode) {
        return daun.stream().filter(d -> d.kode().equals(kode) || kode.isIndukDari(d.kode()))
                .map(d -> BigInteger.valueOf(d.realisasiSen())).reduce(BigInteger.ZERO, BigInteger::add);
    }

    static BigInteger sen(Rupiah r) {
        return r.getNilai().movePointRight(2).toBigIntegerExact();
    }
}
