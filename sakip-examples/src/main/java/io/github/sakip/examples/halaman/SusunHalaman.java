package io.github.sakip.examples.halaman;

import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.examples.grafik.Grafik;
import io.github.sakip.examples.halaman.HalamanReviu.Baris;
import io.github.sakip.examples.halaman.HalamanReviu.BarisTemuan;
import io.github.sakip.examples.halaman.HalamanReviu.Gambar;
import io.github.sakip.examples.halaman.HalamanReviu.Jenis;
import io.github.sakip.examples.halaman.HalamanReviu.Sel;
import io.github.sakip.examples.halaman.HalamanReviu.Tabel;
import io.github.sakip.format.AngkaFormat;
import io.github.sakip.model.Pembulatan;
import io.github.sakip.predikat.SkalaBaku;
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.HasilReviu;
import io.github.sakip.reviu.JenisTemuan;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.Pemeriksa;
import io.github.sakip.reviu.PerhitunganLkjip;
import io.github.sakip.reviu.ReviuLkjip;
import io.github.sakip.reviu.Temuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.Nullable;

/**
 * Fills {@link HalamanReviu} from a report's data and the result of its reviu by
 * {@link ReviuLkjip#standar()}.
 *
 * <p>Each table is laid out as the data file locates its printed figures: a row per
 * {@link Lokasi#getBaris()}, a column per {@link Lokasi#getKolom()}, in the order they are first
 * printed; the tables come first, then the sections of running text. A finding marks the cell at
 * its {@link Temuan#getLokasi()} that holds its printed figure, so every finding is in its table;
 * where a place holds several figures (a sentence with a target, a realisasi and a capaian) each
 * gets its own column ({@code teks (target)}, {@code teks (realisasi 2020)}); a finding whose
 * figure is recorded nowhere gets a cell of its own in column {@code KOLOM (lain)}.
 */
final class SusunHalaman {

    private static final AngkaFormat ANGKA = AngkaFormat.INDONESIA;

    private final DataLkjip data;
    private final HasilReviu hasil;
    private final PerhitunganLkjip hitung;

    private SusunHalaman(DataLkjip data, HasilReviu hasil) {
        this.data = data;
        this.hasil = hasil;
        this.hitung = PerhitunganLkjip.of(data);
    }

    static HalamanReviu susun(DataLkjip data, HasilReviu hasil, List<Grafik> grafik) {
        SusunHalaman s = new SusunHalaman(data, hasil);
        return new HalamanReviu(data.getInstansi(), data.getTahun().toString(),
                data.getRenstra().getPeriode().toString(), s.kebijakan(), s.cakupan(), s.jenis(), s.tabel(),
                s.temuan(), grafik.stream().map(g -> new Gambar(g.judul(), g.svgElement())).toList());
    }

    private List<String> kebijakan() {
        ReviuLkjip reviu = ReviuLkjip.standar();
        RumusCapaian rumus = reviu.getRumusCapaian();
        Pemeriksa pemeriksa = reviu.getPemeriksa();
        List<String> all = new ArrayList<>();
        all.add("Rumus capaian: pembulatan " + pembulatan(rumus.getPembulatan()) + ", polaritas negatif "
                + rumus.getVarianNegatif() + ", batas bawah capaian " + rumus.getBatasBawah() + ".");
        all.add("Angka tercetak dibandingkan dengan hasil hitung pada jumlah desimal yang dicetak, dibulatkan "
                + pemeriksa.getRoundingMode() + ", toleransi " + ANGKA.format(pemeriksa.getToleransi()) + ".");
        all.add("Masukan hitungan turunan (efisiensi, rata-rata) dibulatkan " + pembulatan(hitung.getPembulatanMasukan())
                + ".");
        all.add("Skala predikat: " + SkalaBaku.LKJIP.getNama() + ".");
        Map<RoundingMode, Long> dikenali = hasil.getTemuan().stream().flatMap(t -> t.getPembulatanDicetak().stream())
                .collect(Collectors.groupingBy(m -> m, LinkedHashMap::new, Collectors.counting()));
        dikenali.forEach((mode, n) -> all.add("Pembulatan lain yang dikenali pada angka tercetak: " + mode + " ("
                + n + " angka)."));
        hasil.getKebijakanDikenali().forEach(k -> all.add("Dikenali: " + k));
        return all;
    }

    private static String pembulatan(Pembulatan p) {
        return p.getScale() + " desimal " + p.getRoundingMode();
    }

    private List<String> cakupan() {
        long tabel = data.getDicetak().stream().map(a -> a.getLokasi().getTabel()).distinct().count();
        List<String> all = new ArrayList<>();
        all.add(hasil.getJumlahDiperiksa() + " angka tercetak diperiksa di " + tabel
                + " tabel dan bagian teks; " + hasil.getTemuan().size() + " temuan.");
        hasil.getCatatan().forEach(c -> all.add("Tidak diperiksa: " + c));
        return all;
    }

    private List<Jenis> jenis() {
        return List.of(JenisTemuan.values()).stream()
                .map(j -> new Jenis(j.name(), kelas(j), arti(j), hasil.getTemuan(j).size())).toList();
    }

    /** The CSS class of a kind of finding: {@code tidak-konsisten}. */
    static String kelas(JenisTemuan jenis) {
        return jenis.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String arti(JenisTemuan jenis) {
        return switch (jenis) {
            case PEMBULATAN -> "hanya pembulatan: data memberi angka tercetak bila dibulatkan dengan cara lain";
            case KESALAHAN -> "kesalahan: tidak ada pembulatan data yang memberi angka tercetak";
            case TIDAK_KONSISTEN -> "tidak konsisten: jumlah yang sama dicetak berbeda di tempat lain";
            case PERNYATAAN -> "pernyataan: jumlah dalam kalimat yang dibantah data";
            case VARIAN -> "varian: kebijakan lain yang sah menjelaskan angka tercetak; bukan kesalahan";
            case VARIAN_CAMPURAN -> "varian campuran: laporan memakai dua varian satu kebijakan di tempat berbeda";
        };
    }

    private List<BarisTemuan> temuan() {
        List<BarisTemuan> all = new ArrayList<>();
        List<Temuan> temuan = hasil.getTemuan();
        for (int i = 0; i < temuan.size(); i++) {
            Temuan t = temuan.get(i);
            all.add(new BarisTemuan(i + 1, t.getJenis() + t.getPembulatanDicetak().map(m -> " (" + m + ")").orElse(""),
                    kelas(t.getJenis()), t.getLokasi().getTabel(), t.getLokasi().getBaris(), t.getLokasi().getKolom(),
                    ANGKA.format(t.getDicetak()), ANGKA.format(padaSkala(t.getDihitung(), t.getDicetak())),
                    ANGKA.format(padaSkala(t.getSelisih(), t.getDicetak())), t.getKeterangan()));
        }
        return all;
    }

    /** What a cell holds before it is formatted: the printed figure and the findings there. */
    private static final class Isi {
        private Optional<AngkaDicetak> dicetak = Optional.empty();
        private final List<Integer> nomor = new ArrayList<>();
    }

    private List<Tabel> tabel() {
        Map<String, Map<String, Map<String, Isi>>> tabel = new LinkedHashMap<>();
        Map<String, List<String>> kolom = new LinkedHashMap<>();
        Map<Lokasi, Long> diLokasi = data.getDicetak().stream()
                .collect(Collectors.groupingBy(AngkaDicetak::getLokasi, Collectors.counting()));
        Map<AngkaDicetak, Isi> sel = new LinkedHashMap<>();
        for (AngkaDicetak a : data.getDicetak()) {
            Lokasi l = a.getLokasi();
            String k = diLokasi.get(l) == 1 ? l.getKolom() : l.getKolom() + " (" + a.getBesaran().getJenis().name()
                    .toLowerCase(Locale.ROOT).replace('_', ' ') + a.getBesaran().getTahun().map(y -> " " + y).orElse("")
                    + ")";
            Isi isi = isi(tabel, kolom, l.getTabel(), l.getBaris(), k);
            isi.dicetak = isi.dicetak.or(() -> Optional.of(a));
            sel.putIfAbsent(a, isi);
        }
        List<Temuan> temuan = hasil.getTemuan();
        for (int i = 0; i < temuan.size(); i++) {
            Temuan t = temuan.get(i);
            Lokasi l = t.getLokasi();
            data.getDicetak().stream().filter(a -> a.getLokasi().equals(l) && a.getNilai().compareTo(t.getDicetak()) == 0)
                    .findFirst().map(sel::get)
                    .orElseGet(() -> isi(tabel, kolom, l.getTabel(), l.getBaris(), l.getKolom() + " (lain)"))
                    .nomor.add(i + 1);
        }
        return tabel.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ?> e) -> !e.getKey().startsWith("Tabel"))
                        .thenComparing(e -> e.getKey().startsWith("Tabel") ? e.getKey() : ""))
                .map(e -> new Tabel(e.getKey(), kolom.get(e.getKey()), e.getValue().entrySet().stream()
                        .map(b -> new Baris(b.getKey(), kolom.get(e.getKey()).stream()
                                .map(k -> sel(b.getValue().get(k))).toList())).toList()))
                .toList();
    }

    private static Isi isi(Map<String, Map<String, Map<String, Isi>>> tabel, Map<String, List<String>> kolom,
            String namaTabel, String baris, String namaKolom) {
        List<String> k = kolom.computeIfAbsent(namaTabel, t -> new ArrayList<>());
        if (!k.contains(namaKolom)) {
            k.add(namaKolom);
        }
        return tabel.computeIfAbsent(namaTabel, t -> new LinkedHashMap<>())
                .computeIfAbsent(baris, b -> new LinkedHashMap<>())
                .computeIfAbsent(namaKolom, c -> new Isi());
    }

    private Sel sel(@Nullable Isi isi) {
        if (isi == null) {
            return new Sel(false, "", "", false, "", "");
        }
        List<Temuan> temuan = isi.nomor.stream().map(n -> hasil.getTemuan().get(n - 1)).toList();
        BigDecimal dicetak = isi.dicetak.map(AngkaDicetak::getNilai).orElseGet(() -> temuan.get(0).getDicetak());
        String dihitung = temuan.isEmpty()
                ? isi.dicetak.flatMap(a -> hitung.hitung(a.getBesaran()))
                        .map(h -> ANGKA.format(h.bulatkan(Pembulatan.of(Math.max(dicetak.scale(), 0),
                                RoundingMode.HALF_UP)))).orElse("")
                : temuan.stream().map(t -> ANGKA.format(padaSkala(t.getDihitung(), dicetak))).distinct()
                        .collect(Collectors.joining(" / "));
        String kelas = !temuan.isEmpty()
                ? "temuan " + temuan.stream().map(t -> kelas(t.getJenis())).distinct().collect(Collectors.joining(" "))
                : !dihitung.isEmpty() && !dihitung.equals(ANGKA.format(dicetak)) ? Sel.BEDA : "";
        String nomor = isi.nomor.stream().map(String::valueOf).collect(Collectors.joining(" "));
        return new Sel(true, ANGKA.format(dicetak), dihitung, !temuan.isEmpty(), kelas, nomor);
    }

    /** A computed figure at the printed number of decimals, rounded HALF_UP: 15.411.591.203 beside 15.411.491.203. */
    private static BigDecimal padaSkala(BigDecimal nilai, BigDecimal dicetak) {
        return nilai.setScale(Math.max(dicetak.scale(), 0), RoundingMode.HALF_UP);
    }
}
