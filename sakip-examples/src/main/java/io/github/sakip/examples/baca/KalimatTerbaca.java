package io.github.sakip.examples.baca;

import io.github.sakip.examples.baca.AngkaTerbaca.Subjek;
import io.github.sakip.examples.baca.Dokumen.Blok;
import io.github.sakip.examples.baca.Dokumen.Judul;
import io.github.sakip.examples.baca.Dokumen.Paragraf;
import io.github.sakip.examples.baca.Kata.Kelas;
import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.Lokasi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures the narrative states about the report's indicators, sasaran and programs:
 * target, realisasi, capaian, the change from the year before, penyerapan, the counts of sasaran
 * tercapai, and numbers printed with their words. A sentence's figures are about the thing it
 * names (an indicator, a program's indicator, a program, a sasaran, matched by {@link Nama}),
 * or, when it names none, about the thing the sentences before it named under the same heading.
 * A figure whose words say nothing certain ({@link Kata}), or whose thing is not certain, is
 * reported as skipped.
 *
 * <p>Not thread-safe; one instance reads one report.
 */
final class KalimatTerbaca {

    /** The longest sentence read, in characters; a longer one is no report's sentence. */
    private static final int PANJANG_KALIMAT = 2000;
    /** A name of this many words or fewer is named only by all of them. */
    private static final int PENDEK = 5;
    /** A longer name a sentence contains this much of is named there. */
    private static final double DISEBUT = 0.8;
    private static final Pattern TAHUN = Pattern.compile("\\b(" + Bilangan.POLA_TAHUN + ")\\b");
    private static final Pattern KATA_ANGKA = Pattern.compile("\\s*\\(([a-zA-Z ]{2,160})\\)");
    private static final Pattern ANGKA_KATA = Pattern.compile("(nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
            + "sembilan|sepuluh|sebelas|belas|puluh|seratus|ratus|seribu|ribu|juta|miliar|milyar|triliun|koma)");
    private static final Pattern SATUAN_HITUNG = Pattern.compile("\\s*(kegiatan|orang|rt|rw|jiwa|kelurahan|desa|"
            + "kecamatan|indikator|program|unit|buah|dokumen|komponen|responden|km|hari|bulan|tahun|kali|kk|paket|"
            + "lokasi|titik|kasus|kelahiran|bayi|ibu|anak|penduduk|rumah|keluarga|usulan)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEBELUM_NOMOR = Pattern.compile(".*\\b(nomor|no|nip|pasal|ayat|bab|tabel|gambar|"
            + "tahun|perda|perwal|permendagri|pp|uu|indikator|sasaran|program|kegiatan|covid|misi|tujuan)\\.?\\s*$", Pattern.CASE_INSENSITIVE);

    private final Katalog katalog;
    private final Tahun tahun;
    private final Cakupan cakupan;
    private final List<Butir> butir = new ArrayList<>();
    private final List<TerbilangTerbaca> terbilang = new ArrayList<>();
    private Optional<String> penyerapanSebelumnya = Optional.empty();
    private String bagian = "Teks";
    private Optional<Entitas> konteks = Optional.empty();
    /** The sentence being read, prepared once for matching names. */
    private Nama.Teks kalimatKini = Nama.teks("");

    KalimatTerbaca(Katalog katalog, Tahun tahun, Cakupan cakupan) {
        this.katalog = katalog;
        this.tahun = tahun;
        this.cakupan = cakupan;
    }

    /** Reads every paragraph of a document. */
    void baca(Dokumen dokumen) {
        String terputus = "";
        for (Blok b : dokumen.blok()) {
            if (b instanceof Judul j) {
                bacaParagraf(terputus);
                terputus = "";
                bagian = TabelTerbaca.pendek(j.teks()).replaceFirst("^(.{80}).*", "$1");
                konteks = Optional.empty();
            } else if (b instanceof Paragraf p) {
                if (!terputus.isEmpty() && !p.teks().isEmpty() && Character.isLowerCase(p.teks().charAt(0))) {
                    terputus = terputus + " " + p.teks();
                } else {
                    bacaParagraf(terputus);
                    terputus = p.teks();
                }
                continue;
            }
            bacaParagraf(terputus);
            terputus = "";
        }
        bacaParagraf(terputus);
    }

    /**
     * Reads a paragraph; one that a page break cut (the next starts in lower case) was joined
     * to its rest first.
     */
    private void bacaParagraf(String paragraf) {
        for (String kalimat : kalimat(paragraf)) {
            bacaKalimat(kalimat);
        }
    }

    List<Butir> butir() {
        return butir;
    }

    List<TerbilangTerbaca> terbilang() {
        return terbilang;
    }

    /** Bab IV's "realisasi belanja pada tahun 2020 yang tercatat 96,30%", when stated. */
    Optional<String> penyerapanSebelumnya() {
        return penyerapanSebelumnya;
    }

    /** A paragraph's sentences: split after ".", ";", "!" or "?" and a space, not after "Rp." or "No.". */
    static List<String> kalimat(String paragraf) {
        List<String> hasil = new ArrayList<>();
        StringBuilder kini = new StringBuilder();
        for (String potong : paragraf.split("(?<=[.;!?])\\s+")) {
            kini.append(kini.length() == 0 ? "" : " ").append(potong);
            if (!potong.matches("(?s).*\\b(Rp|No|Drs|Ir|dr|dll|Kab|H|[A-Za-z])\\.$")) {
                hasil.add(kini.toString());
                kini.setLength(0);
            }
        }
        if (kini.length() > 0) {
            hasil.add(kini.toString());
        }
        return hasil;
    }

    private void bacaKalimat(String kalimat) {
        if (kalimat.length() > PANJANG_KALIMAT) {
            cakupan.dilewati(bagian + " / \"" + kalimat.substring(0, 60) + " ...\"", "kalimat lebih dari "
                    + PANJANG_KALIMAT + " huruf tidak dibaca (bukan kalimat laporan)");
            return;
        }
        kalimatKini = Nama.teks(kalimat);
        Optional<Entitas> disebut = disebut(kalimatKini);
        if (disebut.isPresent()) {
            konteks = disebut;
        }
        boolean belanja = kalimat.toLowerCase(Locale.ROOT).contains("belanja");
        Matcher m = Bilangan.DALAM_TEKS.matcher(kalimat);
        int akhirSebelum = 0;
        while (m.find()) {
            String sebelum = kalimat.substring(akhirSebelum, m.start());
            String teks = m.group().strip();
            String sesudah = kalimat.substring(m.end());
            Matcher kata = KATA_ANGKA.matcher(sesudah);
            boolean berkata = kata.lookingAt() && ANGKA_KATA.matcher(kata.group(1).toLowerCase(Locale.ROOT)).find();
            boolean persen = m.group(3) != null;
            boolean label = m.group(1) == null && !persen && !berkata && (Bilangan.tahun(teks).isPresent()
                    || SEBELUM_NOMOR.matcher(sebelum).matches() || sesudah.startsWith(")"))
                    || sesudah.startsWith("/") || sebelum.endsWith("/");
            if (label) {
                continue;
            }
            akhirSebelum = m.end();
            if (kalimat.replaceAll("[\\d.,\\s()-]", "").length() < 3) {
                continue;
            }
            if (berkata && !persen) {
                terbilang.add(new TerbilangTerbaca(Lokasi.of(bagian, namaKonteks(), "teks"), teks,
                        kata.group(1).strip()));
                if (!teks.contains(",") && !teks.contains(".")) {
                    hitungan(teks, sebelum, sesudah.substring(kata.end()), kalimat);
                    continue;
                }
            }
            if ((berkata && !teks.contains(",")) || (!persen && m.group(1) == null
                    && SATUAN_HITUNG.matcher(sesudah).matches())) {
                continue;
            }
            Optional<BigDecimal> nilai = Bilangan.dari(teks);
            if (nilai.isPresent()) {
                angka(kalimat, sebelum, Bilangan.normal(teks), nilai.get(), persen, m.group(1) != null, belanja);
            }
        }
    }

    private String namaKonteks() {
        return konteks.map(Entitas::nama).map(TabelTerbaca::pendek).filter(n -> !n.isBlank()).orElse("teks");
    }

    /** The thing a sentence names: a program's indicator, an indicator, a program or a sasaran. */
    private Optional<Entitas> disebut(Nama.Teks kalimat) {
        Optional<Entitas> program = terbaik(katalog.program(), kalimat);
        List<Entitas> ip = katalog.indikatorProgram().stream().filter(i -> skor(i, kalimat) >= DISEBUT).toList();
        if (!ip.isEmpty()) {
            Optional<Entitas> prog = program.or(() -> konteks.flatMap(k -> k.induk().isPresent() ? k.induk()
                    : katalog.program().contains(k) ? Optional.of(k) : Optional.empty()));
            List<Entitas> milik = prog.map(p -> ip.stream().filter(i -> i.induk().orElseThrow() == p).toList())
                    .orElse(ip);
            if (milik.size() == 1) {
                return Optional.of(milik.get(0));
            }
            if (ip.size() == 1) {
                return Optional.of(ip.get(0));
            }
        }
        Optional<Entitas> indikator = terbaik(katalog.indikator(), kalimat);
        if (indikator.isPresent()) {
            return indikator;
        }
        return program.or(() -> terbaik(katalog.sasaran(), kalimat));
    }

    /** The one thing of a list the sentence names best; none when two are named as well. */
    private static Optional<Entitas> terbaik(List<Entitas> daftar, Nama.Teks kalimat) {
        Entitas terbaik = null;
        double skor = 0;
        boolean seri = false;
        for (Entitas e : daftar) {
            double s = skor(e, kalimat);
            if (s > skor) {
                terbaik = e;
                skor = s;
                seri = false;
            } else if (s == skor && s > 0) {
                seri = true;
            }
        }
        return skor >= DISEBUT && !seri ? Optional.ofNullable(terbaik) : Optional.empty();
    }

    private static double skor(Entitas e, Nama.Teks kalimat) {
        double s = 0;
        for (String n : e.semuaNama()) {
            int kata = Nama.kata(n).size();
            if (kata >= 2) {
                double t = Nama.termuat(n, kalimat);
                s = kata > PENDEK || t == 1 ? Math.max(s, t) : s;
            }
        }
        return s;
    }

    /** "dari 3 (tiga) sasaran", "2 (dua) sasaran" tercapai, "1 (satu) yang berhasil". */
    private void hitungan(String teks, String sebelum, String sesudah, String kalimat) {
        String s = sesudah.toLowerCase(Locale.ROOT).strip();
        String b = sebelum.toLowerCase(Locale.ROOT);
        boolean sasaran = s.startsWith("sasaran");
        boolean yang = s.matches("(yang )?(berhasil|tercapai|mencapai).*") && s.startsWith("yang");
        if (!sasaran && !yang) {
            return;
        }
        JenisBesaran jenis;
        if (sasaran && b.matches("(?s).*\\b(dari|dengan|memiliki|mempunyai|terdapat)\\s*$")) {
            jenis = JenisBesaran.JUMLAH_SASARAN;
        } else if (yang || b.matches("(?s).*\\b(tercapai|berhasil|mencapai)\\b.*")) {
            boolean belum = (yang ? s : b).matches("(?s).*\\b(belum|tidak)\\b.*");
            jenis = belum ? JenisBesaran.JUMLAH_SASARAN_BELUM_TERCAPAI : JenisBesaran.JUMLAH_SASARAN_TERCAPAI;
        } else {
            return;
        }
        tambah(jenis, Optional.empty(), tahun, teks, new BigDecimal(teks), "Jumlah sasaran", kalimat);
    }

    private void angka(String kalimat, String sebelum, String teks, BigDecimal nilai, boolean persen, boolean rupiah,
            boolean belanja) {
        Optional<Kelas> kelas = Kata.kelas(sebelum);
        Tahun tahunAngka = tahunDi(sebelum);
        if (belanja && !disebutLangsung(kalimatKini)) {
            belanja(kalimat, sebelum, teks, nilai, persen, rupiah, tahunAngka);
            return;
        }
        if (kelas.isEmpty() || kelas.get() == Kelas.TIDAK_PASTI) {
            if (konteks.isPresent() || kelas.isPresent()) {
                lewati(teks, kalimat, kelas.isEmpty() ? "kata di depannya tidak menyebut besarannya"
                        : "\"capaian\" saja tidak pasti berarti realisasi atau capaian kinerja");
            }
            return;
        }
        if (kelas.get() == Kelas.RATA_RATA && persen && tahunAngka.equals(tahun)) {
            tambah(JenisBesaran.RATA_RATA_CAPAIAN, Optional.empty(), tahun, teks, nilai, "Rata-rata capaian", kalimat);
            return;
        }
        if (konteks.isEmpty()) {
            lewati(teks, kalimat, "kalimat tidak menyebut indikator, program atau sasaran");
            return;
        }
        if ((kelas.get() == Kelas.NAIK || kelas.get() == Kelas.TURUN)
                && sebelum.toLowerCase(Locale.ROOT).contains("capaian")) {
            lewati(teks, kalimat, "perubahan capaian, bukan perubahan realisasi");
            return;
        }
        Entitas e = konteks.get();
        if (katalog.indikatorProgram().contains(e)) {
            program(e, kelas.get(), teks, nilai, kalimat);
        } else if (katalog.indikator().contains(e)) {
            indikator(e, kelas.get(), teks, nilai, persen, tahunAngka, kalimat);
        } else if (katalog.program().contains(e)) {
            List<Entitas> ip = katalog.indikatorProgram().stream().filter(i -> i.induk().orElseThrow() == e).toList();
            if (ip.size() == 1) {
                program(ip.get(0), kelas.get(), teks, nilai, kalimat);
            } else {
                lewati(teks, kalimat, "program dengan " + ip.size() + " indikator; indikatornya tidak disebut");
            }
        } else {
            sasaran(e, kelas.get(), teks, nilai, persen, tahunAngka, kalimat);
        }
    }

    private boolean disebutLangsung(Nama.Teks kalimat) {
        return katalog.indikator().stream().anyMatch(e -> skor(e, kalimat) >= DISEBUT)
                || katalog.indikatorProgram().stream().anyMatch(e -> skor(e, kalimat) >= DISEBUT);
    }

    private void program(Entitas ip, Kelas kelas, String teks, BigDecimal nilai, String kalimat) {
        JenisBesaran jenis = switch (kelas) {
            case TARGET -> JenisBesaran.TARGET_PROGRAM;
            case REALISASI -> JenisBesaran.REALISASI_PROGRAM;
            case CAPAIAN -> JenisBesaran.CAPAIAN_PROGRAM;
            default -> null;
        };
        if (jenis == null) {
            lewati(teks, kalimat, "besaran " + kelas + " tidak ada untuk indikator program");
            return;
        }
        tambah(jenis, Optional.of(ip), tahun, teks, nilai, ip.nama(), kalimat);
    }

    private void indikator(Entitas i, Kelas kelas, String teks, BigDecimal nilai, boolean persen, Tahun t,
            String kalimat) {
        boolean indikatorPersen = i.satuan().equals("persen");
        JenisBesaran jenis;
        BigDecimal v = nilai;
        String dicetak = teks;
        switch (kelas) {
            case TARGET -> jenis = persen && !indikatorPersen ? null : JenisBesaran.TARGET;
            case REALISASI -> jenis = persen && !indikatorPersen ? JenisBesaran.CAPAIAN : JenisBesaran.REALISASI;
            case CAPAIAN -> jenis = persen ? JenisBesaran.CAPAIAN : null;
            case NAIK, TURUN -> {
                if (persen && !indikatorPersen) {
                    lewati(teks, kalimat, "perubahan capaian, bukan perubahan realisasi");
                    return;
                }
                jenis = JenisBesaran.PERUBAHAN_TAHUNAN;
                t = tahun;
                if (kelas == Kelas.TURUN) {
                    v = nilai.negate();
                    dicetak = "-" + teks;
                }
            }
            case ANGGARAN, SISA -> {
                Optional<Entitas> s = i.sasaran().flatMap(this::sasaranKode);
                if (s.isPresent()) {
                    sasaran(s.get(), kelas, teks, nilai, persen, t, kalimat);
                } else {
                    lewati(teks, kalimat, "anggaran indikator tanpa sasaran");
                }
                return;
            }
            default -> jenis = null;
        }
        if (jenis == null) {
            lewati(teks, kalimat, "besaran " + kelas + (persen ? " dalam persen" : "") + " tidak cocok dengan indikator "
                    + i.nama());
            return;
        }
        tambah(jenis, Optional.of(i), t, dicetak, v, i.nama(), kalimat);
    }

    private Optional<Entitas> sasaranKode(String kode) {
        return katalog.sasaran().stream().filter(s -> s.kode().equals(kode)).findFirst();
    }

    private void sasaran(Entitas s, Kelas kelas, String teks, BigDecimal nilai, boolean persen, Tahun t,
            String kalimat) {
        if (kelas == Kelas.ANGGARAN && persen) {
            tambah(JenisBesaran.PENYERAPAN_SASARAN, Optional.of(s), tahun, teks, nilai, s.nama(), kalimat);
            return;
        }
        if (kelas == Kelas.SISA && persen) {
            tambah(JenisBesaran.SISA_ANGGARAN_SASARAN, Optional.of(s), tahun, teks, nilai, s.nama(), kalimat);
            return;
        }
        List<Entitas> milik = katalog.indikator().stream().filter(i -> i.sasaran().equals(Optional.of(s.kode())))
                .toList();
        if (milik.size() == 1 && kelas != Kelas.ANGGARAN && kelas != Kelas.SISA) {
            indikator(milik.get(0), kelas, teks, nilai, persen, t, kalimat);
        } else {
            lewati(teks, kalimat, "sasaran dengan " + milik.size() + " indikator; besaran " + kelas
                    + " tidak dapat ditujukan");
        }
    }

    /** "Penyerapan anggaran belanja ... Rp. 37.354.300.278,00 dari total belanja Rp. 40.353.401.000,00 ... 92,57%". */
    private void belanja(String kalimat, String sebelum, String teks, BigDecimal nilai, boolean persen, boolean rupiah,
            Tahun t) {
        String b = sebelum.toLowerCase(Locale.ROOT);
        JenisBesaran jenis = null;
        BigDecimal v = nilai;
        String dicetak = teks;
        if (rupiah) {
            jenis = b.matches("(?s).*\\b(total|pagu)\\b.*") ? JenisBesaran.TOTAL_PAGU
                    : Pattern.compile("(penyerapan|realisasi|terserap)").matcher(kalimat.toLowerCase(Locale.ROOT)).find()
                    ? JenisBesaran.TOTAL_REALISASI_ANGGARAN : null;
        } else if (persen) {
            Optional<Kelas> kelas = Kata.kelas(sebelum);
            if (kelas.equals(Optional.of(Kelas.TURUN)) || kelas.equals(Optional.of(Kelas.NAIK))) {
                jenis = JenisBesaran.PERUBAHAN_PENYERAPAN_TOTAL;
                if (kelas.get() == Kelas.TURUN) {
                    v = nilai.negate();
                    dicetak = "-" + teks;
                }
            } else if (t.isBefore(tahun)) {
                jenis = JenisBesaran.PENYERAPAN_TOTAL_SEBELUMNYA;
                penyerapanSebelumnya = penyerapanSebelumnya.or(() -> Optional.of(teks));
            } else {
                jenis = JenisBesaran.PENYERAPAN_TOTAL;
            }
        }
        if (jenis == null) {
            lewati(teks, kalimat, "angka anggaran belanja yang tidak dikenali");
            return;
        }
        tambah(jenis, Optional.empty(), tahun, dicetak, v, "Anggaran belanja", kalimat);
    }

    /** The last year the words name, if it is one of the ten years up to the report's. */
    private Tahun tahunDi(String sebelum) {
        Matcher m = TAHUN.matcher(sebelum);
        Tahun t = tahun;
        while (m.find()) {
            Tahun y = Tahun.of(Integer.parseInt(m.group(1)));
            if (!y.isAfter(tahun) && !y.isBefore(tahun.minus(10))) {
                t = y;
            }
        }
        return t;
    }

    private void tambah(JenisBesaran jenis, Optional<Entitas> rujukan, Tahun t, String dicetak, BigDecimal nilai,
            String baris, String kalimat) {
        String kutipan = kalimat.length() <= 300 ? kalimat : kalimat.substring(0, 300);
        butir.add(new Butir(new AngkaTerbaca(jenis, Subjek.LAPORAN, t, nilai, dicetak,
                Lokasi.of(bagian, TabelTerbaca.pendek(baris.isBlank() ? "teks" : baris), "teks"), Optional.of(kutipan),
                Optional.empty()), rujukan));
    }

    private void lewati(String teks, String kalimat, String alasan) {
        cakupan.dilewati(bagian + " / " + teks + " (\"" + (kalimat.length() <= 120 ? kalimat
                : kalimat.substring(0, 120) + " ...") + "\")", alasan);
    }
}
