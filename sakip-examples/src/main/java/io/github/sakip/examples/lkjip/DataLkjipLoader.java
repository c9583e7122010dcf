package io.github.sakip.examples.lkjip;

import io.github.sakip.internal.Checks;
import io.github.sakip.SakipException;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.examples.csv.Cells;
import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.Row;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.KomitmenSasaran;
import io.github.sakip.model.Pagu;
import io.github.sakip.model.Periode;
import io.github.sakip.model.PerjanjianKinerja;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Program;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.RealisasiAnggaran;
import io.github.sakip.model.Renstra;
import io.github.sakip.model.Rupiah;
import io.github.sakip.model.Sasaran;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.reviu.AngkaDicetak;
import io.github.sakip.reviu.BarisAnggaranDicetak;
import io.github.sakip.reviu.Besaran;
import io.github.sakip.reviu.DataLkjip;
import io.github.sakip.reviu.IndikatorProgram;
import io.github.sakip.reviu.JenisBesaran;
import io.github.sakip.reviu.Lokasi;
import io.github.sakip.reviu.Rincian;
import io.github.sakip.reviu.TerbilangDicetak;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an LKjIP data file (the format of {@code klojen-2021.lkjip}) into a {@link DataLkjip}:
 * the Renstra, the Perjanjian Kinerja with its programs and budget, the program indicators, and
 * every printed figure with where it stands and what it stands for.
 *
 * <p>The data sections are the report's own tables, so each of their cells is also a printed
 * figure at that table ({@code [target];Tabel 2.3} prints the targets in Tabel 2.3). A row that
 * cannot be read is rejected as {@code baris N: <reason>} and the others are still read; the
 * result is empty only when the rows that remain do not make a report (no year, no sasaran).
 *
 * <p>Not thread-safe; one instance reads one file.
 */
public final class DataLkjipLoader {

    /** The Klojen 2021 report, a resource of this module. */
    public static final String KLOJEN_2021 = "klojen-2021.lkjip";

    /** The sections this loader reads, in the order it reads them; any other is reported. */
    static final List<String> BAGIAN = List.of("laporan", "sasaran", "indikator", "target", "realisasi",
            "perjanjian-kinerja", "program", "realisasi-anggaran", "indikator-program", "dicetak", "terbilang",
            "skala", "anggaran-rinci", "rincian");

    /** Checks, row by row, that a target and its realisasi give a capaian, as the reviu will compute it. */
    private static final RumusCapaian CAPAIAN = RumusCapaian.standar();

    private final Rejections rejections;
    private final Map<String, Section> sections;

    private String instansi = "";
    private Tahun tahun;
    private Periode periode;
    private Persen penyerapanSebelumnya;
    private final Map<String, String> namaSasaran = new LinkedHashMap<>();
    private final Map<String, List<Indikator>> indikatorSasaran = new LinkedHashMap<>();
    private final Map<String, Indikator> indikator = new LinkedHashMap<>();
    private Renstra renstra;
    private final Map<String, Map<Indikator, Target>> targetPk = new LinkedHashMap<>();
    private final Map<String, String> sasaranProgram = new LinkedHashMap<>();
    private final Map<String, String> namaProgram = new LinkedHashMap<>();
    private final Map<String, Program> program = new LinkedHashMap<>();
    private final Map<String, Sasaran> sasaran = new LinkedHashMap<>();
    private final Map<String, IndikatorProgram> indikatorProgram = new LinkedHashMap<>();
    private final List<Draft> dicetak = new ArrayList<>();
    private final List<TerbilangDicetak> terbilang = new ArrayList<>();
    private final KebijakanLkjip kebijakan = new KebijakanLkjip();
    private final List<BarisAnggaranDicetak> anggaranRinci = new ArrayList<>();
    private final Map<Indikator, Rincian> rincian = new LinkedHashMap<>();

    private DataLkjipLoader(Map<String, Section> sections, Rejections rejections) {
        this.sections = sections;
        this.rejections = rejections;
    }

    /**
     * Whether a data file of this text stays within what the reviu reads: at most
     * {@value LkjipFile#MAX_BARIS} lines and {@value LkjipFile#MAX_TEKS} characters (a file
     * beyond either is refused whole by {@link #load}).
     *
     * @param lkjip the data file's text
     * @return true when {@link #load} will read it
     */
    public static boolean dalamBatas(String lkjip) {
        return lkjip.length() <= LkjipFile.MAX_TEKS && lkjip.lines().count() <= LkjipFile.MAX_BARIS;
    }

    /**
     * Reads a report's data file, reporting bad rows.
     *
     * @param in the file's bytes, UTF-8, closed when read
     * @param rejections where bad rows are reported
     * @return the data, or empty when what remains is not a report (the reason is reported)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Optional<DataLkjip> load(InputStream in, Rejections rejections) {
        try (in) {
            return LkjipFile.read(in, rejections, BAGIAN).flatMap(s -> new DataLkjipLoader(s, rejections).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a data file that is a resource of this module, such as {@link #KLOJEN_2021}.
     *
     * @param name the resource's name
     * @param rejections where bad rows are reported
     * @return the data, or empty when what remains is not a report
     * @throws SakipException when there is no such resource
     */
    public static Optional<DataLkjip> loadResource(String name, Rejections rejections) {
        InputStream in = DataLkjipLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new SakipException("no example named \"" + name + "\"");
        }
        return load(in, rejections);
    }

    private Optional<DataLkjip> build() {
        each("laporan", this::laporan);
        if (tahun == null || periode == null) {
            rejections.reject(sections.containsKey("laporan") ? sections.get("laporan").line() : 1,
                    "section [laporan] must give tahun and renstra (for example 2021 and 2018-2023)");
            return Optional.empty();
        }
        renstra = Renstra.of(periode);
        skala();
        each("sasaran", this::sasaran);
        each("indikator", this::indikator);
        each("target", this::target);
        each("realisasi", this::realisasi);
        each("rincian", this::rincian);
        each("perjanjian-kinerja", this::perjanjianKinerja);
        Map<String, Row> programRows = new LinkedHashMap<>();
        each("program", (s, row) -> programRows.put(program(s, row), row));
        Map<String, RealisasiAnggaran> realisasiAnggaran = new LinkedHashMap<>();
        each("realisasi-anggaran", (s, row) -> realisasiAnggaran(s, row, realisasiAnggaran));
        buildPrograms(programRows, realisasiAnggaran);
        each("indikator-program", this::indikatorProgram);
        each("dicetak", this::dicetak);
        each("terbilang", this::terbilang);
        each("anggaran-rinci", (s, row) -> anggaranRinci.add(AnggaranRinciLkjip.baris(s, row)));
        try {
            PerjanjianKinerja pk = PerjanjianKinerja.of(tahun, komitmen());
            DataLkjip data = DataLkjip.of(instansi.isBlank() ? "(tanpa nama)" : instansi, tahun, renstra, pk,
                    List.copyOf(indikatorProgram.values()), resolved(), terbilang);
            data = data.withKebijakan(kebijakan.kebijakan()).withAnggaranDicetak(anggaranRinci).withRincian(rincian);
            return Optional.of(penyerapanSebelumnya == null ? data : data.withPenyerapanSebelumnya(penyerapanSebelumnya));
        } catch (SakipException e) {
            rejections.reject(sections.containsKey("perjanjian-kinerja") ? sections.get("perjanjian-kinerja").line()
                    : 1, "the data do not make a report: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs {@code handler} on every row of a section, rejecting the rows it cannot read. */
    private void each(String name, RowHandler handler) {
        Section section = sections.get(name);
        if (section == null) {
            return;
        }
        for (Row row : section.rows()) {
            try {
                section.checkWidth(row);
                handler.handle(section, kebijakan.baris(section, row));
            } catch (SakipException e) {
                rejections.reject(row, "[" + name + "] " + e.getMessage());
            }
        }
    }

    private void laporan(Section s, Row row) {
        String kunci = s.get(row, "kunci").strip();
        String nilai = s.get(row, "nilai").strip();
        switch (kunci) {
            case "instansi" -> instansi = nilai;
            case "tahun" -> tahun = Cells.tahun("tahun", nilai);
            case "renstra" -> periode = Periode.parse(nilai);
            case "penyerapan-sebelumnya" -> penyerapanSebelumnya = Persen.of(Checks.notNegative(
                    Cells.number("penyerapan-sebelumnya", kebijakan.angka(nilai)), "penyerapan-sebelumnya"));
            default -> {
                if (!kebijakan.baca(kunci, kebijakan.angka(nilai))) {
                    throw new SakipException("kunci \"" + kunci + "\" must be instansi, tahun, renstra, "
                            + "penyerapan-sebelumnya or " + String.join(", ", KebijakanLkjip.KUNCI));
                }
            }
        }
    }

    /** The report's own rating scale, section {@code [skala]}, when it has one. */
    private void skala() {
        Section s = sections.get("skala");
        if (s != null) {
            try {
                kebijakan.skala(instansi.isBlank() ? "(tanpa nama)" : instansi, s);
            } catch (SakipException e) {
                rejections.reject(s.line(), "[skala] " + e.getMessage());
            }
        }
    }

    private void sasaran(Section s, Row row) {
        String kode = s.get(row, "kode").strip();
        checkNew(namaSasaran, kode, "sasaran");
        namaSasaran.put(kode, s.get(row, "sasaran").strip());
        indikatorSasaran.put(kode, new ArrayList<>());
    }

    private void indikator(Section s, Row row) {
        String kode = s.get(row, "kode").strip();
        checkNew(indikator, kode, "indikator");
        Indikator i = Indikator.of(s.get(row, "indikator").strip(), Satuan.of(s.get(row, "satuan")),
                Cells.choice("polaritas", s.get(row, "polaritas"), Polaritas.class)).withKode(kode).withIku(true);
        String kodeSasaran = s.get(row, "sasaran").strip();
        if (!kodeSasaran.isEmpty()) {
            known(indikatorSasaran, kodeSasaran, "sasaran").add(i);
        }
        indikator.put(kode, i);
    }

    private void target(Section s, Row row) {
        Indikator i = known(indikator, s.get(row, "indikator").strip(), "indikator");
        yearColumns(s, row, (y, text) -> {
            if (!Cells.isMissing(text)) {
                renstra = renstra.withTarget(i, Cells.target(y.toString(), text, y));
                printed(s, row, i.getNama(), y.toString(), JenisBesaran.TARGET, i.getKode().get(), y, text);
            }
        });
    }

    private void realisasi(Section s, Row row) {
        Indikator i = known(indikator, s.get(row, "indikator").strip(), "indikator");
        yearColumns(s, row, (y, text) -> Cells.measured(y.toString(), text).ifPresent(v -> {
            renstra = renstra.withRealisasi(i, Realisasi.of(y, v));
            printed(s, row, i.getNama(), y.toString(), JenisBesaran.REALISASI, i.getKode().get(), y, text);
        }));
    }

    /**
     * The counts behind an indicator's realisasi of the report's year ({@code [rincian]}:
     * {@code indikator;pembilang;penyebut;pengali}, realisasi = pembilang / penyebut x pengali).
     */
    private void rincian(Section s, Row row) {
        String kode = s.get(row, "indikator").strip();
        Indikator i = known(indikator, kode, "indikator");
        if (rincian.containsKey(i)) {
            throw new SakipException("rincian of indikator \"" + kode + "\" is defined twice");
        }
        rincian.put(i, Rincian.of(Cells.number("pembilang", s.get(row, "pembilang")),
                Cells.number("penyebut", s.get(row, "penyebut")), Cells.number("pengali", s.get(row, "pengali"))));
    }

    /** Calls {@code cell} for each column after the first, whose header is a year. */
    private static void yearColumns(Section s, Row row, YearCell cell) {
        for (int c = 1; c < row.size(); c++) {
            cell.accept(Cells.tahun("header", s.header().get(c)), row.get(c));
        }
    }

    private void perjanjianKinerja(Section s, Row row) {
        String kodeSasaran = s.get(row, "sasaran").strip();
        known(namaSasaran, kodeSasaran, "sasaran");
        Indikator i = known(indikator, s.get(row, "indikator").strip(), "indikator");
        Target t = Cells.target("target", s.get(row, "target"), tahun);
        renstra.getRealisasi(i, tahun).ifPresent(r -> CAPAIAN.hitung(i, t, r)); // a target the reviu cannot use
        targetPk.computeIfAbsent(kodeSasaran, k -> new LinkedHashMap<>()).put(i, t);
        printed(s, row, i.getNama(), "target", JenisBesaran.TARGET, i.getKode().get(), tahun, s.get(row, "target"));
    }

    /** Reads a program's pagu; the program is built once its realisasi is known. */
    private String program(Section s, Row row) {
        String kode = s.get(row, "kode").strip();
        checkNew(sasaranProgram, kode, "program");
        String kodeSasaran = s.get(row, "sasaran").strip();
        known(namaSasaran, kodeSasaran, "sasaran");
        sasaranProgram.put(kode, kodeSasaran);
        namaProgram.put(kode, s.get(row, "program").strip());
        printed(s, row, s.get(row, "program").strip(), "anggaran", JenisBesaran.PAGU, kode, tahun,
                s.get(row, "anggaran"));
        return kode;
    }

    private void realisasiAnggaran(Section s, Row row, Map<String, RealisasiAnggaran> realisasi) {
        String kode = s.get(row, "program").strip();
        known(sasaranProgram, kode, "program");
        checkNew(realisasi, kode, "realisasi anggaran of program");
        realisasi.put(kode, RealisasiAnggaran.of(tahun, Rupiah.of(Cells.number("realisasi", s.get(row, "realisasi")))));
        printed(s, row, namaProgram.get(kode), "anggaran", JenisBesaran.PAGU, kode, tahun, s.get(row, "anggaran"));
        printed(s, row, namaProgram.get(kode), "realisasi", JenisBesaran.REALISASI_ANGGARAN, kode, tahun, s.get(row, "realisasi"));
    }

    private void buildPrograms(Map<String, Row> rows, Map<String, RealisasiAnggaran> realisasi) {
        Section s = sections.get("program");
        rows.forEach((kode, row) -> {
            try {
                Program p = Program.of(s.get(row, "program").strip(),
                        Pagu.of(tahun, Rupiah.of(Cells.number("anggaran", s.get(row, "anggaran")))));
                program.put(kode, realisasi.containsKey(kode) ? p.withRealisasi(realisasi.get(kode)) : p);
            } catch (SakipException e) {
                rejections.reject(row.line(), "[program] " + e.getMessage());
            }
        });
    }

    private void indikatorProgram(Section s, Row row) {
        String kode = s.get(row, "kode").strip();
        checkNew(indikatorProgram, kode, "program indicator");
        Program p = known(program, s.get(row, "program").strip(), "program");
        Indikator i = Indikator.of(s.get(row, "indikator").strip(), Satuan.of(s.get(row, "satuan")),
                Cells.choice("polaritas", s.get(row, "polaritas"), Polaritas.class)).withKode(kode);
        Target t = Cells.target("target", s.get(row, "target"), tahun);
        Optional<Realisasi> r = Cells.measured("realisasi", s.get(row, "realisasi")).map(v -> Realisasi.of(tahun, v));
        Optional<Rincian> rincian = Cells.measured("pembilang", s.get(row, "pembilang")).map(pembilang -> Rincian.of(
                pembilang, Cells.number("penyebut", s.get(row, "penyebut")), Cells.number("pengali",
                        s.get(row, "pengali"))));
        r.ifPresent(x -> CAPAIAN.hitung(i, t, x)); // a target the reviu cannot use
        indikatorProgram.put(kode, IndikatorProgram.of(p, i, t, r.orElse(null), rincian.orElse(null)));
        printed(s, row, i.getNama(), "target", JenisBesaran.TARGET_PROGRAM, kode, tahun, s.get(row, "target"));
        if (r.isPresent()) {
            printed(s, row, i.getNama(), "realisasi", JenisBesaran.REALISASI_PROGRAM, kode, tahun,
                    s.get(row, "realisasi"));
        }
    }

    private void dicetak(Section s, Row row) {
        JenisBesaran jenis = Cells.choice("besaran", s.get(row, "besaran"), JenisBesaran.class);
        String text = s.get(row, "tahun").strip();
        Tahun y = text.isEmpty() ? tahun : Cells.tahun("tahun", text);
        String kutipan = s.get(row, "kutipan").strip();
        dicetak.add(new Draft(row.line(), Lokasi.of(s.get(row, "tabel").strip(), s.get(row, "baris").strip(),
                s.get(row, "kolom").strip()), jenis, s.get(row, "rujukan").strip(), y,
                Cells.number("dicetak", s.get(row, "dicetak")), kutipan.isEmpty() ? null : kutipan));
    }

    private void terbilang(Section s, Row row) {
        terbilang.add(TerbilangDicetak.of(Lokasi.of(s.get(row, "tabel").strip(), s.get(row, "baris").strip(),
                s.get(row, "kolom").strip()), Cells.number("angka", s.get(row, "angka")), s.get(row, "kata").strip()));
    }

    /** A cell of a data section is a printed figure at the section's table. */
    private void printed(Section s, Row row, String baris, String kolom, JenisBesaran jenis, String rujukan, Tahun y,
            String text) {
        s.tabel().ifPresent(tabel -> dicetak.add(new Draft(row.line(), Lokasi.of(tabel, baris, kolom), jenis, rujukan,
                y, Cells.number(kolom, text), null)));
    }

    /**
     * The commitments of the Perjanjian Kinerja: each sasaran with the indicators it gives a target
     * for; an indicator without one (a fragment that does not print it) stays in the Renstra only.
     */
    private List<KomitmenSasaran> komitmen() {
        List<KomitmenSasaran> komitmen = new ArrayList<>();
        for (Map.Entry<String, Map<Indikator, Target>> e : targetPk.entrySet()) {
            List<Indikator> berTarget = indikatorSasaran.get(e.getKey()).stream().filter(e.getValue()::containsKey)
                    .toList();
            Sasaran s = Sasaran.of(namaSasaran.get(e.getKey()), berTarget).withKode(e.getKey());
            sasaran.put(e.getKey(), s);
            List<Program> programs = new ArrayList<>();
            sasaranProgram.forEach((kode, kodeSasaran) -> {
                if (kodeSasaran.equals(e.getKey()) && program.containsKey(kode)) {
                    programs.add(program.get(kode));
                }
            });
            komitmen.add(KomitmenSasaran.of(s, e.getValue(), programs));
        }
        return komitmen;
    }

    /** The printed figures with their references resolved; a figure that refers to nothing is rejected. */
    private List<AngkaDicetak> resolved() {
        List<AngkaDicetak> result = new ArrayList<>();
        for (Draft d : dicetak) {
            try {
                result.add(AngkaDicetak.of(d.lokasi(), besaran(d), d.nilai(), d.kutipan()));
            } catch (SakipException e) {
                rejections.reject(d.line(), "[dicetak] " + e.getMessage());
            }
        }
        return result;
    }

    private Besaran besaran(Draft d) {
        return switch (d.jenis().getRujukan()) {
            case INDIKATOR -> Besaran.indikator(d.jenis(), known(indikator, d.rujukan(), "indikator"), d.tahun());
            case INDIKATOR_PROGRAM -> Besaran.indikatorProgram(d.jenis(),
                    known(indikatorProgram, d.rujukan(), "program indicator"));
            case PROGRAM -> Besaran.program(d.jenis(), known(program, d.rujukan(), "program"));
            case SASARAN -> Besaran.sasaran(d.jenis(), known(sasaran, d.rujukan(), "sasaran in the Perjanjian Kinerja"));
            case LAPORAN -> {
                if (!d.rujukan().isEmpty()) {
                    throw new SakipException("rujukan must be empty for " + d.jenis() + ", was \"" + d.rujukan() + "\"");
                }
                yield d.tahun().equals(tahun) ? Besaran.laporan(d.jenis()) : Besaran.laporan(d.jenis(), d.tahun());
            }
        };
    }

    private static <V> V known(Map<String, V> map, String kode, String what) {
        V value = map.get(kode);
        if (value == null) {
            throw new SakipException(what + " \"" + kode + "\" is not defined; " + (map.isEmpty()
                    ? "none is (is its section missing, misspelt or rejected above?)"
                    : "known: " + String.join(", ", map.keySet())));
        }
        return value;
    }

    private static void checkNew(Map<String, ?> map, String kode, String what) {
        if (kode.isEmpty()) {
            throw new SakipException("kode of a " + what + " must not be empty");
        }
        if (map.containsKey(kode)) {
            throw new SakipException(what + " \"" + kode + "\" is defined twice");
        }
    }

    /** A printed figure whose reference is resolved once every program is built. */
    private record Draft(long line, Lokasi lokasi, JenisBesaran jenis, String rujukan, Tahun tahun, BigDecimal nilai,
            String kutipan) {
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(Section section, Row row);
    }

    @FunctionalInterface
    private interface YearCell {
        void accept(Tahun tahun, String text);
    }
}
