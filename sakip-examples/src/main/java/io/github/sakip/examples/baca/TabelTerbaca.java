package io.github.sakip.examples.baca;

import io.github.sakip.examples.baca.AngkaTerbaca.Subjek;
import io.github.sakip.examples.baca.Dokumen.TabelDokumen;
import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.Lokasi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one table of a report: its header (one row, or two when the upper cells span several
 * columns, as "Realisasi Kinerja" over 2019 to 2023), what each column is ({@link Arti}), then
 * every printed figure of its rows with the sasaran, indicator and program the row names. A name
 * cell left blank under a merged cell takes the name of the row above; a figure is never taken
 * from another row.
 *
 * <p>Not thread-safe; one instance reads one table.
 */
final class TabelTerbaca {

    private static final Pattern TAHUN = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    /** A kegiatan or sub kegiatan row, possibly numbered: "1. Sub Kegiatan Fasilitasi ...". */
    private static final Pattern KEGIATAN = Pattern.compile("(?i)(\\d+[.)]?\\s*)?(sub\\s*kegiatan|kegiatan)\\b");
    private static final Set<Arti> NAMA = EnumSet.of(Arti.SASARAN, Arti.INDIKATOR, Arti.PROGRAM, Arti.URAIAN);

    private final String nama;
    private final Tahun tahunLaporan;
    private final Cakupan cakupan;
    private final List<AngkaTerbaca> hasil = new ArrayList<>();
    /** Whether the rows are the sasaran's (a budget per sasaran): every figure of a row is then located by it. */
    private boolean barisSasaran;

    private TabelTerbaca(String nama, Tahun tahunLaporan, Cakupan cakupan) {
        this.nama = nama;
        this.tahunLaporan = tahunLaporan;
        this.cakupan = cakupan;
    }

    /**
     * The figures of a table.
     *
     * @param tabel the table
     * @param nama its name in locations ({@code Tabel 3.4}, or with its kind when the report prints
     *     the caption twice)
     * @param tahunLaporan the report's year, for columns whose header names none
     * @param cakupan where the coverage goes
     * @return the figures read, in reading order
     */
    static List<AngkaTerbaca> baca(TabelDokumen tabel, String nama, Tahun tahunLaporan, Cakupan cakupan) {
        TabelTerbaca t = new TabelTerbaca(nama, tahunLaporan, cakupan);
        t.baca(tabel);
        return t.hasil;
    }

    /** The header cells of a table's columns, for telling a continued table from a new one. */
    static List<String> kepala(TabelDokumen tabel) {
        List<List<String>> sel = tanpaJudul(tabel.sel());
        return sel.isEmpty() ? List.of() : sel.get(0);
    }

    private void baca(TabelDokumen tabel) {
        List<List<String>> sel = tanpaJudul(tabel.sel());
        String disebut = nama + (tabel.judul().isEmpty() || nama.endsWith(")") ? "" : " (" + tabel.judul() + ")");
        if (sel.size() < 2) {
            cakupan.dilewati(disebut, "kurang dari dua baris");
            return;
        }
        int kepala = duaBaris(sel.get(0), sel.get(1)) ? 2 : 1;
        List<Kolom> kolom = kolom(sel, kepala);
        if (kolom.stream().noneMatch(k -> NAMA.contains(k.arti())) || kolom.stream().noneMatch(k -> k.arti().isAngka())) {
            cakupan.dilewati(disebut, "bukan tabel kinerja atau anggaran: tidak ada kolom sasaran, indikator, program "
                    + "atau uraian beserta kolom target, realisasi, capaian, pagu atau persen (kepala: "
                    + kolom.stream().map(Kolom::nama).collect(Collectors.joining(" | ")) + ")");
            return;
        }
        kolom = persenLepas(kolom);
        barisSasaran = kolom.stream().noneMatch(k -> k.arti() == Arti.URAIAN || k.arti() == Arti.PROGRAM)
                && kolom.stream().anyMatch(k -> EnumSet.of(Arti.PAGU, Arti.REALISASI_ANGGARAN, Arti.PENYERAPAN,
                Arti.EFISIENSI).contains(k.arti()));
        int sebelum = hasil.size();
        int baris = bacaBaris(sel, kepala, kolom);
        cakupan.terbaca(disebut + ": " + baris + " baris, " + (hasil.size() - sebelum) + " angka; kolom: "
                + kolom.stream().map(k -> k.nama() + " = " + arti(k)).collect(Collectors.joining("; ")));
        kolom.stream().filter(k -> k.arti() == Arti.TIDAK_DIKENAL || k.arti() == Arti.KEGIATAN)
                .forEach(k -> cakupan.dilewati(nama + " / kolom " + k.nama(), k.arti() == Arti.KEGIATAN
                        ? "kegiatan dan sub kegiatan tidak ada dalam data reviu" : "kepala kolom tidak dikenali"));
    }

    private static String arti(Kolom k) {
        String a = k.arti().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return a + k.tahun().map(t -> " " + t).orElse("") + (k.program() && k.arti().isAngka() ? " (program)" : "");
    }

    /** Leading rows with one filled cell in a table of three or more columns are titles. */
    private static List<List<String>> tanpaJudul(List<List<String>> sel) {
        int i = 0;
        while (i < sel.size() && sel.get(i).size() >= 3 && terisi(sel.get(i)) <= 1) {
            i++;
        }
        return sel.subList(i, sel.size());
    }

    private static long terisi(List<String> baris) {
        return baris.stream().filter(s -> !s.isBlank()).count();
    }

    /**
     * The second row is part of the header when it holds no figure but years and names a column
     * whose upper cell is empty (spanned by the cell to its left or merged from above).
     */
    private static boolean duaBaris(List<String> atas, List<String> bawah) {
        boolean bawahKosongAtas = false;
        for (int c = 0; c < bawah.size(); c++) {
            String s = bawah.get(c);
            if (s.isBlank()) {
                continue;
            }
            if (Bilangan.dari(s).isPresent() && Bilangan.tahun(s).isEmpty()) {
                return false;
            }
            if (c < atas.size() && atas.get(c).isBlank()) {
                bawahKosongAtas = true;
            }
        }
        return bawahKosongAtas;
    }

    private List<Kolom> kolom(List<List<String>> sel, int kepala) {
        List<String> atas = sel.get(0);
        List<Kolom> kolom = new ArrayList<>();
        String rentang = "";
        boolean program = false;
        for (int c = 0; c < atas.size(); c++) {
            String label = atas.get(c);
            if (kepala == 2) {
                String bawah = sel.get(1).get(c);
                if (label.isBlank() && !bawah.isBlank()) {
                    label = rentang;
                } else if (!label.isBlank()) {
                    rentang = label;
                }
                label = (label + " " + bawah).strip();
            }
            Arti arti = Arti.dari(label);
            if (arti == Arti.PROGRAM) {
                program = true;
            }
            Matcher tahun = TAHUN.matcher(label);
            Optional<Tahun> t = Optional.empty();
            while (tahun.find()) {
                t = Bilangan.tahun(tahun.group(1));
            }
            kolom.add(new Kolom(c, label, arti, t, program && arti != Arti.PROGRAM));
        }
        return kolom;
    }

    /** A bare "%" is the efficiency beside a capaian and a penyerapan, the penyerapan beside amounts. */
    private static List<Kolom> persenLepas(List<Kolom> kolom) {
        boolean capaian = kolom.stream().anyMatch(k -> k.arti() == Arti.CAPAIAN);
        boolean penyerapan = kolom.stream().anyMatch(k -> k.arti() == Arti.PENYERAPAN);
        boolean rupiah = kolom.stream().anyMatch(k -> k.arti() == Arti.PAGU || k.arti() == Arti.REALISASI_ANGGARAN);
        Arti persen = capaian && penyerapan ? Arti.EFISIENSI : rupiah && !penyerapan ? Arti.PENYERAPAN
                : Arti.TIDAK_DIKENAL;
        return kolom.stream().map(k -> k.arti() == Arti.PERSEN
                ? new Kolom(k.indeks(), k.label(), persen, k.tahun(), k.program()) : k).toList();
    }

    /** Reads the rows after the header; returns how many rows gave a figure. */
    private int bacaBaris(List<List<String>> sel, int kepala, List<Kolom> kolom) {
        Nama0 n = new Nama0();
        int terbaca = 0;
        for (int r = kepala; r < sel.size(); r++) {
            List<String> baris = sel.get(r);
            if (baris.equals(sel.get(0)) || (kepala == 2 && baris.equals(sel.get(1))) || penomoran(baris)) {
                continue;
            }
            int sebelum = hasil.size();
            bacaSatu(baris, kolom, n);
            if (hasil.size() > sebelum) {
                terbaca++;
            }
        }
        return terbaca;
    }

    /** A row of column numbers (1, 2, 3 ...) under the header. */
    private static boolean penomoran(List<String> baris) {
        long angka = baris.stream().filter(s -> s.strip().matches("\\d{1,2}")).count();
        return angka >= 3 && angka == terisi(baris);
    }

    /** The names carried from the rows above, for cells merged or left blank. */
    private static final class Nama0 {
        String sasaran = "";
        String indikator = "";
        String program = "";
        String indikatorProgram = "";
    }

    private void bacaSatu(List<String> baris, List<Kolom> kolom, Nama0 n) {
        String sasaran = sel(baris, kolom, Arti.SASARAN, false);
        String indikator = sel(baris, kolom, Arti.INDIKATOR, false);
        String program = sel(baris, kolom, Arti.PROGRAM, false);
        String indikatorProgram = sel(baris, kolom, Arti.INDIKATOR, true);
        String uraian = sel(baris, kolom, Arti.URAIAN, false);
        String pertama = baris.stream().filter(s -> !s.isBlank() && Bilangan.dari(s).isEmpty()).findFirst()
                .orElse("").toLowerCase(Locale.ROOT);
        boolean adaAngka = kolom.stream().anyMatch(k -> k.arti().isAngka() && k.indeks() < baris.size()
                && Bilangan.dari(baris.get(k.indeks())).isPresent());
        if (pertama.matches("(rata-rata|rata rata|rerata).*")) {
            ringkasan(baris, kolom, "Rata-rata capaian", true);
            return;
        }
        if (pertama.matches("(total|jumlah).*")) {
            ringkasan(baris, kolom, kapital(pertama), false);
            return;
        }
        if (KEGIATAN.matcher(program).lookingAt()) {
            if (adaAngka) {
                cakupan.dilewati(nama + " / " + pendek(program), "baris kegiatan; kegiatan tidak ada dalam data reviu");
            }
            return;
        }
        if (!uraian.isEmpty()) {
            String u = uraian.toLowerCase(Locale.ROOT);
            if (u.startsWith("program")) {
                program = uraian;
            } else if (KEGIATAN.matcher(uraian).lookingAt()) {
                if (adaAngka) {
                    cakupan.dilewati(nama + " / " + uraian, "baris kegiatan; kegiatan tidak ada dalam data reviu");
                }
                return;
            } else if (!adaAngka) {
                n.sasaran = uraian;
                n.program = "";
                return;
            } else {
                sasaran = uraian;
            }
        }
        if (!sasaran.isEmpty()) {
            n.sasaran = sasaran;
            n.indikator = indikator;
            n.program = program;
            n.indikatorProgram = indikatorProgram;
        } else {
            if (!indikator.isEmpty()) {
                n.indikator = indikator;
            }
            if (!program.isEmpty()) {
                n.program = program;
                n.indikatorProgram = indikatorProgram;
            } else if (!indikatorProgram.isEmpty()) {
                n.indikatorProgram = indikatorProgram;
            }
        }
        boolean barisProgram = !uraian.isEmpty() && !program.isEmpty();
        for (Kolom k : kolom) {
            if (!k.arti().isAngka() || k.indeks() >= baris.size() || Bilangan.kosong(baris.get(k.indeks()))) {
                continue;
            }
            String teks = baris.get(k.indeks());
            Optional<BigDecimal> nilai = Bilangan.dari(teks);
            if (nilai.isEmpty()) {
                cakupan.dilewati(nama + " / " + k.nama() + " / \"" + pendek(teks) + "\"", "bukan angka");
                continue;
            }
            boolean tingkatProgram = k.program() || barisProgram;
            tambah(k, tingkatProgram, n, teks, nilai.get());
        }
    }

    private void tambah(Kolom k, boolean tingkatProgram, Nama0 n, String teks, BigDecimal nilai) {
        Tahun tahun = k.tahun().orElse(tahunLaporan);
        Optional<JenisBesaran> jenis;
        Subjek subjek;
        String baris;
        if (tingkatProgram && List.of(Arti.TARGET, Arti.REALISASI, Arti.CAPAIAN).contains(k.arti())) {
            jenis = Optional.of(k.arti() == Arti.TARGET ? JenisBesaran.TARGET_PROGRAM : k.arti() == Arti.REALISASI
                    ? JenisBesaran.REALISASI_PROGRAM : JenisBesaran.CAPAIAN_PROGRAM);
            subjek = new Subjek(n.sasaran, "", n.program, n.indikatorProgram);
            baris = n.indikatorProgram;
            if (n.program.isEmpty()) {
                baris = "";
            }
        } else if (tingkatProgram) {
            jenis = Optional.ofNullable(switch (k.arti()) {
                case PAGU -> JenisBesaran.PAGU;
                case REALISASI_ANGGARAN -> JenisBesaran.REALISASI_ANGGARAN;
                case PENYERAPAN -> JenisBesaran.PENYERAPAN;
                default -> null;
            });
            subjek = Subjek.program(n.sasaran, n.program);
            baris = n.program;
        } else if (List.of(Arti.TARGET, Arti.REALISASI, Arti.CAPAIAN).contains(k.arti())) {
            jenis = Optional.of(k.arti() == Arti.TARGET ? JenisBesaran.TARGET : k.arti() == Arti.REALISASI
                    ? JenisBesaran.REALISASI : JenisBesaran.CAPAIAN);
            subjek = Subjek.indikator(n.sasaran, n.indikator);
            baris = n.indikator.isBlank() || !barisSasaran ? n.indikator : n.sasaran;
        } else {
            jenis = Optional.ofNullable(switch (k.arti()) {
                case PAGU -> JenisBesaran.PAGU_SASARAN;
                case REALISASI_ANGGARAN -> JenisBesaran.REALISASI_ANGGARAN_SASARAN;
                case PENYERAPAN -> JenisBesaran.PENYERAPAN_SASARAN;
                case EFISIENSI -> JenisBesaran.EFISIENSI;
                default -> null;
            });
            subjek = Subjek.sasaran(n.sasaran);
            baris = n.sasaran;
        }
        if (jenis.isEmpty() || baris.isBlank()) {
            cakupan.dilewati(nama + " / " + k.nama() + " / " + teks, "baris tanpa nama sasaran, indikator atau program");
            return;
        }
        hasil.add(new AngkaTerbaca(jenis.get(), subjek, tahun, nilai, Bilangan.normal(teks), Lokasi.of(nama, pendek(baris), k.nama()),
                Optional.empty(), Optional.of(nama + "#" + k.indeks())));
    }

    /** A mean row (its capaian) or a total row (its amounts and penyerapan). */
    private void ringkasan(List<String> baris, List<Kolom> kolom, String label, boolean rataRata) {
        for (Kolom k : kolom) {
            if (!k.arti().isAngka() || k.indeks() >= baris.size() || Bilangan.kosong(baris.get(k.indeks()))) {
                continue;
            }
            String teks = baris.get(k.indeks());
            Optional<BigDecimal> nilai = Bilangan.dari(teks);
            JenisBesaran jenis = rataRata ? (k.arti() == Arti.CAPAIAN && !k.program() ? JenisBesaran.RATA_RATA_CAPAIAN
                    : null) : switch (k.arti()) {
                        case PAGU -> JenisBesaran.TOTAL_PAGU;
                        case REALISASI_ANGGARAN -> JenisBesaran.TOTAL_REALISASI_ANGGARAN;
                        case PENYERAPAN -> JenisBesaran.PENYERAPAN_TOTAL;
                        default -> null;
                    };
            if (nilai.isEmpty() || jenis == null
                    || k.tahun().map(t -> !t.equals(tahunLaporan)).orElse(false)) {
                cakupan.dilewati(nama + " / " + label + " / " + k.nama(), "angka ringkasan yang tidak dikenali");
                continue;
            }
            hasil.add(new AngkaTerbaca(jenis, Subjek.LAPORAN, tahunLaporan, nilai.get(), Bilangan.normal(teks),
                    Lokasi.of(nama, label, k.nama()), Optional.empty(), Optional.of(nama + "#" + k.indeks())));
        }
    }

    /** The row's cell of a name column: the rightmost filled one of that kind and level. */
    private static String sel(List<String> baris, List<Kolom> kolom, Arti arti, boolean program) {
        String hasil = "";
        for (Kolom k : kolom) {
            if (k.arti() == arti && k.program() == program && k.indeks() < baris.size()
                    && !baris.get(k.indeks()).isBlank()) {
                hasil = baris.get(k.indeks()).strip();
            }
        }
        return hasil;
    }

    private static String kapital(String teks) {
        return teks.isEmpty() ? teks : Character.toUpperCase(teks.charAt(0)) + pendek(teks).substring(1);
    }

    /** A text cut to 200 characters, for locations and messages. */
    static String pendek(String teks) {
        return teks.length() <= 200 ? teks : teks.substring(0, 200);
    }
}
