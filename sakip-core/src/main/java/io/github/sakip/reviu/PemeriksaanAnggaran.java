package io.github.sakip.reviu;

import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reviu of a printed budget table, Program &gt; Kegiatan &gt; Sub kegiatan
 * ({@link BarisAnggaranDicetak}). A row's parts are the rows of the next lower level that prints
 * figures, following it up to the next row of its level or higher (a kegiatan row printed blank
 * passes its program to its sub kegiatan). For each row:
 * <ul>
 *   <li>its penyerapan against its own realisasi / pagu x 100, when it prints all three;</li>
 *   <li>its pagu and realisasi against the sums of its parts', when every part prints them;</li>
 *   <li>a row that prints a percentage without its amounts (a program row of a provincial table):
 *       against the pagu-weighted roll-up of its parts, sum of realisasi / sum of pagu x 100; when
 *       the printed figure is instead the unweighted mean of the parts' percentages, the finding
 *       says so and gives both (the weighted roll-up is the penyerapan of the row's budget; the
 *       unweighted mean gives a small sub kegiatan the weight of a large one). Parts without
 *       amounts leave only the unweighted mean, which the finding names.</li>
 * </ul>
 * A row that prints only a percentage and has no parts cannot be checked and is noted.
 */
final class PemeriksaanAnggaran {

    private final Pemeriksa pemeriksa;
    private final List<Temuan> temuan;
    private final List<String> catatan;

    PemeriksaanAnggaran(Pemeriksa pemeriksa, List<Temuan> temuan, List<String> catatan) {
        this.pemeriksa = pemeriksa;
        this.temuan = temuan;
        this.catatan = catatan;
    }

    void periksa(List<BarisAnggaranDicetak> baris) {
        for (int i = 0; i < baris.size(); i++) {
            BarisAnggaranDicetak b = baris.get(i);
            List<BarisAnggaranDicetak> bagian = bagian(baris, i);
            sendiri(b);
            jumlah(b, bagian);
            if (b.getPersen().isPresent() && (b.getPagu().isEmpty() || b.getRealisasi().isEmpty())) {
                hanyaPersen(b, bagian);
            }
        }
    }

    /** The parts of row i: the rows of the next lower level after it, before the next row of its level or higher. */
    private static List<BarisAnggaranDicetak> bagian(List<BarisAnggaranDicetak> baris, int i) {
        BarisAnggaranDicetak b = baris.get(i);
        List<BarisAnggaranDicetak> bawah = new ArrayList<>();
        for (int j = i + 1; j < baris.size(); j++) {
            BarisAnggaranDicetak x = baris.get(j);
            if (!x.getTabel().equals(b.getTabel()) || x.getTingkat().compareTo(b.getTingkat()) >= 0) {
                break;
            }
            bawah.add(x);
        }
        // the next lower level that prints figures: a kegiatan row left blank passes to its sub kegiatan
        Optional<Integer> tingkat = bawah.stream().filter(x -> x.getJumlahAngka() > 0)
                .map(x -> x.getTingkat().ordinal()).max(Integer::compare);
        return bawah.stream().filter(x -> tingkat.isPresent() && x.getTingkat().ordinal() == tingkat.get()).toList();
    }

    private void sendiri(BarisAnggaranDicetak b) {
        if (b.getPagu().isPresent() && b.getRealisasi().isPresent() && b.getPersen().isPresent()
                && b.getPagu().get().signum() > 0) {
            BigDecimal pagu = b.getPagu().get();
            BigDecimal realisasi = b.getRealisasi().get();
            pemeriksa.periksa(b.lokasi("%"), b.getPersen().get(), realisasi.multiply(BigDecimal.valueOf(100)), pagu,
                    Teks.angka(realisasi) + " / " + Teks.angka(pagu) + " x 100 = " + persen(realisasi, pagu, b))
                    .ifPresent(temuan::add);
        }
    }

    private void jumlah(BarisAnggaranDicetak b, List<BarisAnggaranDicetak> bagian) {
        if (bagian.isEmpty()) {
            return;
        }
        if (b.getPagu().isPresent() && bagian.stream().allMatch(x -> x.getPagu().isPresent())) {
            BigDecimal sum = bagian.stream().map(x -> x.getPagu().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            pemeriksa.periksa(b.lokasi("Pagu"), b.getPagu().get(), sum, "jumlah pagu " + bagian.size()
                    + " baris di bawahnya = " + Teks.angka(sum)).ifPresent(temuan::add);
        }
        if (b.getRealisasi().isPresent() && bagian.stream().allMatch(x -> x.getRealisasi().isPresent())) {
            BigDecimal sum = bagian.stream().map(x -> x.getRealisasi().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            pemeriksa.periksa(b.lokasi("Realisasi"), b.getRealisasi().get(), sum, "jumlah realisasi " + bagian.size()
                    + " baris di bawahnya = " + Teks.angka(sum)).ifPresent(temuan::add);
        }
    }

    private void hanyaPersen(BarisAnggaranDicetak b, List<BarisAnggaranDicetak> bagian) {
        BigDecimal dicetak = b.getPersen().get();
        boolean berjumlah = !bagian.isEmpty() && bagian.stream().allMatch(x -> x.getPagu().isPresent()
                && x.getRealisasi().isPresent());
        boolean berpersen = !bagian.isEmpty() && bagian.stream().allMatch(x -> x.getPersen().isPresent());
        Optional<String> tanpaBobot = berpersen ? Optional.of(tanpaBobot(bagian, b)) : Optional.empty();
        if (berjumlah) {
            BigDecimal pagu = bagian.stream().map(x -> x.getPagu().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal realisasi = bagian.stream().map(x -> x.getRealisasi().get())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (pagu.signum() == 0) {
                return;
            }
            String tertimbang = "tertimbang pagu, jumlah realisasi / jumlah pagu " + bagian.size()
                    + " baris di bawahnya: " + Teks.angka(realisasi) + " / " + Teks.angka(pagu) + " x 100 = "
                    + persen(realisasi, pagu, b);
            pemeriksa.periksa(b.lokasi("%"), dicetak, realisasi.multiply(BigDecimal.valueOf(100)), pagu, tertimbang)
                    .map(t -> samaDenganTanpaBobot(t, bagian, dicetak, tanpaBobot)).ifPresent(temuan::add);
        } else if (berpersen) {
            BigDecimal mean = mean(bagian);
            pemeriksa.periksa(b.lokasi("%"), dicetak, mean, "tanpa bobot (baris di bawahnya tidak mencetak pagu dan"
                    + " realisasi): " + tanpaBobot.get()).ifPresent(temuan::add);
        } else {
            catatan.add(b.lokasi("%") + ": tidak diperiksa: baris hanya mencetak persentase, tanpa baris di bawahnya"
                    + " yang mencetak pagu dan realisasi");
        }
    }

    /** A finding against the weighted roll-up, naming the unweighted mean when that is what was printed. */
    private Temuan samaDenganTanpaBobot(Temuan t, List<BarisAnggaranDicetak> bagian, BigDecimal dicetak,
            Optional<String> tanpaBobot) {
        if (tanpaBobot.isEmpty()) {
            return t;
        }
        BigDecimal mean = mean(bagian);
        boolean sama = Pembulatan.of(dicetak.scale(), RoundingMode.HALF_UP).bulatkan(mean).compareTo(dicetak) == 0
                || Pembulatan.of(dicetak.scale(), RoundingMode.DOWN).bulatkan(mean).compareTo(dicetak) == 0;
        String ket = t.getKeterangan() + (sama ? "; yang dicetak adalah rata-rata tanpa bobot: " : "; rata-rata tanpa"
                + " bobot: ") + tanpaBobot.get();
        return Temuan.of(t.getLokasi(), t.getJenis(), t.getDicetak(), t.getDihitung(),
                t.getPembulatanDicetak().orElse(null), ket);
    }

    private static BigDecimal mean(List<BarisAnggaranDicetak> bagian) {
        BigDecimal sum = bagian.stream().map(x -> x.getPersen().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Pembulatan.of(Pembulatan.MAX_SCALE, RoundingMode.HALF_EVEN).bagi(sum, BigDecimal.valueOf(bagian.size()));
    }

    private static String tanpaBobot(List<BarisAnggaranDicetak> bagian, BarisAnggaranDicetak b) {
        return "(" + String.join(" + ", bagian.stream().map(x -> Teks.angka(x.getPersen().get())).toList()) + ") / "
                + bagian.size() + " = " + Teks.angka(Pembulatan.of(Math.max(2, scale(b)), RoundingMode.HALF_UP)
                        .bulatkan(mean(bagian)));
    }

    private static String persen(BigDecimal realisasi, BigDecimal pagu, BarisAnggaranDicetak b) {
        return Teks.angka(Pembulatan.of(Math.max(2, scale(b)), RoundingMode.HALF_UP).bagi(
                realisasi.multiply(BigDecimal.valueOf(100)), pagu));
    }

    private static int scale(BarisAnggaranDicetak b) {
        return b.getPersen().map(BigDecimal::scale).orElse(2);
    }
}
