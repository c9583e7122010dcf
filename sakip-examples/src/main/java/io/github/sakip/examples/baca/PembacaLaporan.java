package io.github.sakip.examples.baca;

import io.github.sakip.examples.baca.Dokumen.Blok;
import io.github.sakip.examples.baca.Dokumen.Judul;
import io.github.sakip.examples.baca.Dokumen.Paragraf;
import io.github.sakip.examples.baca.Dokumen.TabelDokumen;
import io.github.sakip.examples.lkjip.DataLkjipLoader;
import io.github.sakip.model.Tahun;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an LKjIP itself (a Word file or its text) into the data file of the reviu: the report's
 * tables recognised by their headers, the narrative's figures by their sentences, the names
 * matched, and everything written as an LKjIP data file ({@code .lkjip}) that
 * {@code DataLkjipLoader} reads, with the coverage (what was read, what was skipped and why).
 *
 * <p>Example: {@code PembacaLaporan.baca("klojen-2021.docx", in).getLkjip()} is the data file of
 * the report; {@code sakip baca laporan.docx > laporan.lkjip} writes it and {@code sakip reviu
 * laporan.docx} reviews it.
 *
 * <p>Never throws on a file's content: a file that is not a report, or not of its extension's
 * format, gives a data file without data and a coverage that says why. Thread-safe, no state.
 */
public final class PembacaLaporan {

    private static final Pattern TAHUN = Pattern.compile("(?i)\\btahun\\s+(?:anggaran\\s+)?(" + Bilangan.POLA_TAHUN
            + ")\\b");

    private PembacaLaporan() {
    }

    /**
     * Whether a file is one the reader takes, by its extension: {@code .docx}, {@code .txt},
     * {@code .md}.
     *
     * @param namaBerkas the file's name
     * @return true for a report the reader reads
     */
    public static boolean dapatMembaca(String namaBerkas) {
        return SumberDokumen.untuk(namaBerkas).isPresent();
    }

    /**
     * Reads a report.
     *
     * @param namaBerkas the file's name, for its extension and as the agency's name
     * @param in the file's bytes, not closed
     * @return the data file and the coverage
     */
    public static HasilBaca baca(String namaBerkas, InputStream in) {
        Cakupan cakupan = new Cakupan();
        Optional<SumberDokumen> sumber = SumberDokumen.untuk(namaBerkas);
        if (sumber.isEmpty()) {
            cakupan.dilewati(namaBerkas, "bukan .docx, .txt atau .md");
            return new HasilBaca("", cakupan);
        }
        Dokumen dokumen;
        try {
            dokumen = sumber.get().baca(in);
        } catch (IOException | RuntimeException e) {
            cakupan.dilewati(namaBerkas, "tidak terbaca: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + TabelTerbaca.pendek(e.getMessage())));
            return new HasilBaca("", cakupan);
        }
        return baca(nama(namaBerkas), dokumen, cakupan);
    }

    static HasilBaca baca(String instansi, Dokumen dokumen, Cakupan cakupan) {
        Optional<Tahun> tahun = tahunLaporan(dokumen);
        if (tahun.isEmpty()) {
            cakupan.dilewati("tahun laporan", "tidak ada \"tahun YYYY\" di teks maupun di kepala tabel; tidak ada yang "
                    + "direviu");
            return new HasilBaca("", cakupan);
        }
        cakupan.terbaca("tahun laporan " + tahun.get());
        List<AngkaTerbaca> angka = new ArrayList<>();
        for (Map.Entry<String, TabelDokumen> t : tabel(dokumen, cakupan).entrySet()) {
            angka.addAll(TabelTerbaca.baca(t.getValue(), t.getKey(), tahun.get(), cakupan));
        }
        Pemetaan pemetaan = new Pemetaan(cakupan);
        List<Butir> butir = new ArrayList<>(pemetaan.petakan(angka));
        DataTabel data = new DataTabel(butir);
        KolomCapaian kolom = new KolomCapaian(data, cakupan);
        butir = new ArrayList<>(kolom.putuskan(butir));
        KalimatTerbaca kalimat = new KalimatTerbaca(pemetaan.katalog(), tahun.get(), cakupan);
        kalimat.baca(dokumen);
        cakupan.terbaca("teks: " + kalimat.butir().size() + " angka dari kalimat, " + kalimat.terbilang().size()
                + " angka dengan terbilangnya");
        butir.addAll(kalimat.butir());
        PolaritasTerbaca polaritas = new PolaritasTerbaca(pemetaan.katalog(), data, kolom, butir, cakupan);
        String lkjip = new PenulisLkjip(pemetaan.katalog(), data, polaritas, cakupan, tahun.get()).tulis(instansi,
                polaritas.saring(butir), kalimat.terbilang(), kalimat.penyerapanSebelumnya());
        if (!DataLkjipLoader.dalamBatas(lkjip)) {
            cakupan.dilewati("laporan", "yang terbaca (" + lkjip.lines().count() + " baris, " + lkjip.length()
                    + " karakter) melampaui batas berkas data reviu; tidak ada yang direviu");
            return new HasilBaca("", cakupan);
        }
        return new HasilBaca(lkjip, cakupan);
    }

    /** The tables by their names; a numberless table under the same header continues the one before. */
    private static Map<String, TabelDokumen> tabel(Dokumen dokumen, Cakupan cakupan) {
        List<TabelDokumen> semua = new ArrayList<>();
        for (Blok b : dokumen.blok()) {
            if (b instanceof TabelDokumen t) {
                TabelDokumen sebelum = semua.isEmpty() ? null : semua.get(semua.size() - 1);
                if (t.nomor().isEmpty() && sebelum != null && !TabelTerbaca.kepala(t).isEmpty()
                        && TabelTerbaca.kepala(t).equals(TabelTerbaca.kepala(sebelum))) {
                    List<List<String>> sel = new ArrayList<>(sebelum.sel());
                    sel.addAll(t.sel());
                    semua.set(semua.size() - 1, new TabelDokumen(sebelum.nomor(), sebelum.judul(), sel));
                    cakupan.terbaca((sebelum.nomor().isEmpty() ? "tabel tanpa nomor" : sebelum.nomor())
                            + ": bersambung di halaman berikutnya dengan kepala yang sama, dibaca sebagai satu tabel");
                } else {
                    semua.add(t);
                }
            }
        }
        Map<String, Integer> kali = new HashMap<>();
        semua.forEach(t -> kali.merge(t.nomor(), 1, Integer::sum));
        Map<String, TabelDokumen> hasil = new java.util.LinkedHashMap<>();
        int tanpaNomor = 0;
        for (TabelDokumen t : semua) {
            String nama = t.nomor().isEmpty() ? "Tabel tanpa nomor " + ++tanpaNomor
                    : kali.get(t.nomor()) > 1 ? t.nomor() + " (" + awal(t.judul(), t.nomor()) + ")" : t.nomor();
            while (hasil.containsKey(nama)) {
                nama = nama + "'";
            }
            hasil.put(nama, t);
        }
        return hasil;
    }

    /** The first four words of a title, which tell apart tables printed under one number. */
    private static String awal(String judul, String nomor) {
        String[] kata = judul.strip().split("\\s+");
        String a = String.join(" ", java.util.Arrays.copyOf(kata, Math.min(4, kata.length))).strip();
        return a.isEmpty() ? nomor : a;
    }

    /** The year the text names most as "tahun YYYY" (of equal counts, the later), else the tables' headers'. */
    static Optional<Tahun> tahunLaporan(Dokumen dokumen) {
        Map<Integer, Integer> hitung = new HashMap<>();
        for (Blok b : dokumen.blok()) {
            String teks = b instanceof Paragraf p ? p.teks() : b instanceof Judul j ? j.teks()
                    : b instanceof TabelDokumen t ? t.nomor() + " " + t.judul() : "";
            Matcher m = TAHUN.matcher(teks);
            while (m.find()) {
                hitung.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return hitung.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> Tahun.of(e.getKey()));
    }

    private static String nama(String namaBerkas) {
        String n = namaBerkas.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int titik = n.lastIndexOf('.');
        return (titik > 0 ? n.substring(0, titik) : n).strip().isEmpty() ? "(tanpa nama)" : n.substring(0,
                titik > 0 ? titik : n.length());
    }
}
