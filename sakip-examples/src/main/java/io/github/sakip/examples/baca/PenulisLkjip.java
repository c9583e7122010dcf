package io.github.sakip.examples.baca;

import io.github.sakip.examples.csv.RowWriter;
import io.github.sakip.model.Tahun;
import io.github.sakip.reviu.JenisBesaran;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes what was read as an LKjIP data file in the format of {@code klojen-2021.lkjip}, which
 * {@code DataLkjipLoader} reads and a reviewer can correct: the data sections (sasaran,
 * indicators, targets, realisasi, Perjanjian Kinerja, programs, realisasi anggaran, program
 * indicators) hold the data as the tables print them and name no table, so every printed figure,
 * of a table or of a sentence, stands once in {@code [dicetak]} with its place.
 *
 * <p>Not thread-safe; one instance writes one file.
 */
final class PenulisLkjip {

    /** The sasaran every indicator is written under when no table names their sasaran. */
    private static final String TANPA_SASARAN = "S0";

    private final Katalog katalog;
    private final DataTabel data;
    private final PolaritasTerbaca polaritas;
    private final Cakupan cakupan;
    private final Tahun tahun;
    private final StringWriter teks = new StringWriter();
    private final RowWriter out = new RowWriter(teks);
    private final Set<Entitas> ditulis = new LinkedHashSet<>();
    private boolean tanpaSasaran;
    /** The sasaran of the Perjanjian Kinerja as written: a sasaran's figures refer to these only. */
    private final Set<String> sasaranPk = new LinkedHashSet<>();

    PenulisLkjip(Katalog katalog, DataTabel data, PolaritasTerbaca polaritas, Cakupan cakupan, Tahun tahun) {
        this.katalog = katalog;
        this.data = data;
        this.polaritas = polaritas;
        this.cakupan = cakupan;
        this.tahun = tahun;
    }

    /**
     * The data file.
     *
     * @param instansi the agency's name, or the file's
     * @param butir every figure read, with its thing
     * @param terbilang the numbers printed with their words
     * @param penyerapanSebelumnya the year before's penyerapan the text states, if it does
     * @return the file's text, without the coverage
     */
    String tulis(String instansi, List<Butir> butir, List<TerbilangTerbaca> terbilang,
            Optional<String> penyerapanSebelumnya) {
        List<Tahun> tahunData = Stream.concat(data.semuaTahun().stream(), Stream.of(tahun)).distinct().sorted().toList();
        bagian("laporan", "", "kunci", "nilai");
        baris("instansi", instansi);
        baris("tahun", tahun.toString());
        baris("renstra", tahunData.get(0) + "-" + tahunData.get(tahunData.size() - 1));
        penyerapanSebelumnya.ifPresent(p -> baris("penyerapan-sebelumnya", p));
        sasaran();
        List<Entitas> indikator = katalog.indikator();
        bagian("indikator", "", "kode", "sasaran", "indikator", "satuan", "polaritas");
        for (Entitas i : indikator) {
            baris(i.kode(), kodeSasaran(i).orElse(""), i.nama(), i.satuan(), polaritas.polaritas(i));
            ditulis.add(i);
        }
        tahunan("target", JenisBesaran.TARGET, indikator);
        tahunan("realisasi", JenisBesaran.REALISASI, indikator);
        bagian("perjanjian-kinerja", "", "sasaran", "indikator", "target");
        for (Entitas i : indikator) {
            Optional<String> s = kodeSasaran(i);
            Optional<AngkaTerbaca> t = data.nilai(JenisBesaran.TARGET, i, tahun);
            if (s.isPresent() && t.isPresent()) {
                baris(s.get(), i.kode(), t.get().dicetak());
                sasaranPk.add(s.get());
            }
        }
        program();
        indikatorProgram(butir);
        dicetak(butir);
        bagian("terbilang", "", "tabel", "baris", "kolom", "angka", "kata");
        terbilang.forEach(t -> baris(t.lokasi().getTabel(), t.lokasi().getBaris(), t.lokasi().getKolom(), t.angka(),
                t.kata()));
        return teks.toString();
    }

    private void sasaran() {
        bagian("sasaran", "", "kode", "sasaran");
        for (Entitas s : katalog.sasaran()) {
            boolean dipakai = Stream.concat(katalog.indikator().stream(), katalog.program().stream())
                    .anyMatch(e -> e.sasaran().equals(Optional.of(s.kode())));
            if (dipakai) {
                baris(s.kode(), s.nama());
                ditulis.add(s);
            }
        }
        if (ditulis.isEmpty() && !katalog.indikator().isEmpty()) {
            tanpaSasaran = true;
            baris(TANPA_SASARAN, "(sasaran tidak tercantum di tabel)");
            cakupan.dilewati("sasaran", "tidak ada tabel yang menyebut sasaran indikatornya; semua indikator dan "
                    + "program ditulis di bawah satu sasaran " + TANPA_SASARAN + " (periksa di berkas .lkjip)");
        }
    }

    /** The sasaran a thing is written under: its own, or the one for all when no table names any. */
    private Optional<String> kodeSasaran(Entitas e) {
        if (tanpaSasaran) {
            return Optional.of(TANPA_SASARAN);
        }
        return e.sasaran().filter(k -> ditulis.stream().anyMatch(s -> s.kode().equals(k)));
    }

    private void tahunan(String nama, JenisBesaran jenis, List<Entitas> indikator) {
        List<Tahun> tahunKolom = indikator.stream().flatMap(i -> data.tahun(jenis, i).stream()).distinct().sorted()
                .toList();
        List<String> kepala = new ArrayList<>(List.of("indikator"));
        tahunKolom.forEach(t -> kepala.add(t.toString()));
        bagian(nama, "", kepala.toArray(String[]::new));
        for (Entitas i : indikator) {
            if (data.tahun(jenis, i).isEmpty()) {
                continue;
            }
            List<String> b = new ArrayList<>(List.of(i.kode()));
            tahunKolom.forEach(t -> b.add(data.nilai(jenis, i, t).map(AngkaTerbaca::dicetak).orElse("")));
            baris(b.toArray(String[]::new));
        }
    }

    private void program() {
        bagian("program", "", "kode", "sasaran", "program", "anggaran");
        List<Entitas> dengan = new ArrayList<>();
        for (Entitas p : katalog.program()) {
            Optional<String> s = kodeSasaran(p);
            Optional<AngkaTerbaca> pagu = data.nilai(JenisBesaran.PAGU, p, tahun);
            if (s.isEmpty() || pagu.isEmpty()) {
                cakupan.dilewati(p.nama(), "program tanpa " + (s.isEmpty() ? "sasaran" : "pagu") + " di tabel; "
                        + "angkanya tidak direviu");
                continue;
            }
            baris(p.kode(), s.get(), p.nama(), pagu.get().dicetak());
            ditulis.add(p);
            dengan.add(p);
        }
        bagian("realisasi-anggaran", "", "program", "anggaran", "realisasi");
        for (Entitas p : dengan) {
            data.nilai(JenisBesaran.REALISASI_ANGGARAN, p, tahun).ifPresent(r -> baris(p.kode(),
                    data.nilai(JenisBesaran.PAGU, p, tahun).orElseThrow().dicetak(), r.dicetak()));
        }
    }

    private void indikatorProgram(List<Butir> butir) {
        bagian("indikator-program", "", "kode", "program", "indikator", "satuan", "polaritas", "target", "realisasi",
                "pembilang", "penyebut", "pengali");
        for (Entitas ip : katalog.indikatorProgram()) {
            Entitas p = ip.induk().orElseThrow();
            Optional<AngkaTerbaca> t = data.nilai(JenisBesaran.TARGET_PROGRAM, ip, tahun);
            if (!ditulis.contains(p) || t.isEmpty()) {
                cakupan.dilewati(ip.nama(), "indikator program tanpa " + (t.isEmpty() ? "target" : "program yang terbaca")
                        + "; angkanya tidak direviu");
                continue;
            }
            baris(ip.kode(), p.kode(), ip.nama(), ip.satuan(), polaritas.polaritas(ip),
                    t.get().dicetak(), data.nilai(JenisBesaran.REALISASI_PROGRAM, ip, tahun).map(AngkaTerbaca::dicetak)
                    .orElse(""), "", "", "");
            ditulis.add(ip);
        }
    }

    private void dicetak(List<Butir> butir) {
        bagian("dicetak", "", "tabel", "baris", "kolom", "besaran", "rujukan", "tahun", "dicetak", "kutipan");
        for (Butir b : butir) {
            AngkaTerbaca a = b.angka();
            boolean sasaran = b.rujukan().filter(katalog.sasaran()::contains).isPresent();
            if (b.rujukan().isPresent() && (!ditulis.contains(b.rujukan().get())
                    || sasaran && !sasaranPk.contains(b.rujukan().get().kode()))) {
                cakupan.dilewati(a.lokasi() + " / " + a.dicetak(), "merujuk " + b.rujukan().get().nama()
                        + ", yang tidak ada dalam data yang terbaca" + (sasaran ? " (Perjanjian Kinerja)" : ""));
                continue;
            }
            baris(a.lokasi().getTabel(), a.lokasi().getBaris(), a.lokasi().getKolom(), a.jenis().name(),
                    b.rujukan().map(Entitas::kode).orElse(""), a.tahun().toString(), a.dicetak(), a.kutipan().orElse(""));
        }
    }

    private void bagian(String nama, String tabel, String... kepala) {
        teks.write("\n");
        baris("[" + nama + "]", tabel);
        baris(kepala);
    }

    private void baris(String... sel) {
        out.write(Stream.of(sel).map(s -> s.replace('\uFFFD', '?').replaceFirst("^#+", "")).toList());
    }
}
