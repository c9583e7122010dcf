package io.github.sakip.reviu;

import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the policies a report follows without declaring them. Each printed figure that a
 * policy touches is evidence: the options of the policy that reproduce it (rounding {@code HALF_UP}
 * or {@code DOWN}; no cap or a cap at 100, 120, 150; the PermenPANRB or the ratio formula for
 * lower-is-better indicators; the overall mean of the indicators or of the sasaran's means). Over
 * the report:
 * <ul>
 *   <li>options common to every figure, the default among them: nothing to say;</li>
 *   <li>a common option that is not the default: the report follows it; the findings it explains
 *       become one line ({@link HasilReviu#getKebijakanDikenali()});</li>
 *   <li>no common option: the report mixes them, one {@link JenisTemuan#VARIAN_CAMPURAN} finding.</li>
 * </ul>
 * A figure that every option reproduces, or none, is no evidence. Not thread-safe: one per reviu.
 */
final class PengenalKebijakan {

    private static final List<RoundingMode> MODE_DIKENAL = List.of(RoundingMode.HALF_UP, RoundingMode.DOWN);

    private final KebijakanLaporan kebijakan;
    private final RoundingMode mode;
    private final Map<String, Keluarga> keluarga = new LinkedHashMap<>();

    PengenalKebijakan(KebijakanLaporan kebijakan, RoundingMode mode) {
        this.kebijakan = kebijakan;
        this.mode = mode;
    }

    /** The rounding modes a figure may be printed with: the declared one, else the two known ones. */
    private List<RoundingMode> modeCalon() {
        return kebijakan.getPembulatan().isPresent() ? List.of(mode) : MODE_DIKENAL;
    }

    /** Whether a computation gives the printed figure at its scale under one of the candidate modes. */
    boolean cocok(Hitungan h, BigDecimal dicetak) {
        int scale = Math.max(0, Math.min(dicetak.scale(), Pembulatan.MAX_SCALE));
        return modeCalon().stream().anyMatch(m -> h.bulatkan(Pembulatan.of(scale, m)).compareTo(dicetak) == 0);
    }

    /** Records the evidence of one printed figure and its default computation and options. */
    void catat(AngkaDicetak a, Hitungan h, List<Opsi> opsi) {
        if (kebijakan.getPembulatan().isEmpty()) {
            int scale = Math.max(0, Math.min(a.getNilai().scale(), Pembulatan.MAX_SCALE));
            Set<String> cocok = new LinkedHashSet<>();
            for (RoundingMode m : MODE_DIKENAL) {
                if (h.bulatkan(Pembulatan.of(scale, m)).compareTo(a.getNilai()) == 0) {
                    cocok.add(m.name());
                }
            }
            bukti(Opsi.PEMBULATAN, RoundingMode.HALF_UP.name(), MODE_DIKENAL.stream().map(Enum::name).toList(), cocok,
                    a.getLokasi());
        }
        Map<String, List<Opsi>> perKeluarga = new LinkedHashMap<>();
        opsi.forEach(o -> perKeluarga.computeIfAbsent(o.keluarga(), k -> new ArrayList<>()).add(o));
        perKeluarga.forEach((nama, daftar) -> {
            Set<String> cocok = new LinkedHashSet<>();
            daftar.stream().filter(o -> cocok(o.hitungan(), a.getNilai())).forEach(o -> cocok.add(o.nama()));
            String bawaan = daftar.stream().filter(Opsi::bawaan).map(Opsi::nama).findFirst().orElse("");
            bukti(nama, bawaan, daftar.stream().map(Opsi::nama).toList(), cocok, a.getLokasi());
        });
    }

    private void bukti(String nama, String bawaan, List<String> semua, Set<String> cocok, Lokasi lokasi) {
        if (!cocok.isEmpty() && cocok.size() < semua.size()) {
            keluarga.computeIfAbsent(nama, k -> new Keluarga(bawaan, semua)).bukti.add(new Bukti(cocok, lokasi));
        }
    }

    /** The first option other than the default that gives the printed figure. */
    Optional<Opsi> jelaskan(AngkaDicetak a, List<Opsi> opsi) {
        return opsi.stream().filter(o -> !o.bawaan() && cocok(o.hitungan(), a.getNilai())).findFirst();
    }

    /**
     * The result of the reviu: the findings with those of a policy followed by the whole report
     * replaced by one line, and a finding for each policy the report mixes.
     */
    HasilReviu ringkas(int jumlahDiperiksa, List<Temuan> temuan, List<String> catatan) {
        List<Temuan> hasil = new ArrayList<>(temuan);
        List<String> dikenali = new ArrayList<>();
        keluarga.forEach((nama, k) -> {
            Set<String> bersama = new LinkedHashSet<>(k.semua);
            k.bukti.forEach(b -> bersama.retainAll(b.cocok));
            if (bersama.isEmpty()) {
                hasil.add(campuran(nama, k));
            } else if (!bersama.contains(k.bawaan)) {
                String dipakai = bersama.iterator().next();
                hasil.removeIf(t -> t.getVarian().map(bersama::contains).orElse(false)
                        || nama.equals(Opsi.PEMBULATAN) && t.getPembulatanDicetak().map(Enum::name)
                                .map(bersama::contains).orElse(false));
                dikenali.add(nama + ": " + dipakai + ", untuk seluruh laporan (" + k.bukti.size() + " angka)");
            }
        });
        return HasilReviu.of(jumlahDiperiksa, hasil, catatan, dikenali);
    }

    private static Temuan campuran(String nama, Keluarga k) {
        Map<Set<String>, List<Lokasi>> kelompok = new LinkedHashMap<>();
        k.bukti.forEach(b -> kelompok.computeIfAbsent(b.cocok, x -> new ArrayList<>()).add(b.lokasi));
        List<String> bagian = new ArrayList<>();
        int terbanyak = 0;
        for (Map.Entry<Set<String>, List<Lokasi>> e : kelompok.entrySet()) {
            bagian.add(String.join(" atau ", e.getKey()) + ": " + e.getValue().size() + " angka (mis. "
                    + e.getValue().get(0) + ")");
            terbanyak = Math.max(terbanyak, e.getValue().size());
        }
        return Temuan.of(Lokasi.of("Laporan", "seluruh laporan", nama), JenisTemuan.VARIAN_CAMPURAN,
                BigDecimal.valueOf(k.bukti.size() - (long) terbanyak), BigDecimal.valueOf(terbanyak), null,
                "laporan mencampur " + nama + ": " + String.join("; ", bagian));
    }

    /** The evidence on one policy. */
    private static final class Keluarga {
        private final String bawaan;
        private final List<String> semua;
        private final List<Bukti> bukti = new ArrayList<>();

        Keluarga(String bawaan, List<String> semua) {
            this.bawaan = bawaan;
            this.semua = semua;
        }
    }

    /** The options one printed figure agrees with. */
    private record Bukti(Set<String> cocok, Lokasi lokasi) {
    }
}
