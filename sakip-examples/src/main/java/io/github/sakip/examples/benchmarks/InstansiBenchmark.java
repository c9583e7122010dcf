package io.github.sakip.examples.benchmarks;

import io.github.sakip.anggaran.BarisAnggaran;
import io.github.sakip.anggaran.PosAnggaran;
import io.github.sakip.anggaran.RekapNomenklatur;
import io.github.sakip.anggaran.RumusEfisiensi;
import io.github.sakip.anggaran.RumusPenyerapan;
import io.github.sakip.model.KodeNomenklatur;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Rupiah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One agency's year-end work, in microseconds per agency: 50 indicators over 5 years (250
 * capaian with predikat, 200 year-on-year changes, a mean capaian per year) and a budget of 200
 * sub kegiatan (20 kegiatan, 5 programs, one bidang urusan) rolled up by
 * {@link RekapNomenklatur#susun(String, List, List)} with the penyerapan of every node (228) and
 * the agency's efisiensi. {@code library} builds every model object from stored numbers and
 * pre-parsed nomenclature codes; {@code doubleFloor} does the same sums and ratios on
 * {@code double} arrays. An agency touches much code once per operation, so the JIT needs a
 * longer warm-up (5 x 2 s) than the other benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InstansiBenchmark {
    private static final int INDIKATOR = 50;
    private static final int SUB_KEGIATAN = 200;
    private static final int SUB_PER_KEGIATAN = 10;
    private static final int KEGIATAN_PER_PROGRAM = 4;

    private final RumusPenyerapan penyerapan = RumusPenyerapan.standar();
    private final RumusEfisiensi efisiensi = RumusEfisiensi.standar();
    private final KodeNomenklatur[] kode = new KodeNomenklatur[SUB_KEGIATAN];
    private final long[] pagu = new long[SUB_KEGIATAN];
    private final long[] realisasi = new long[SUB_KEGIATAN];
    private final double[] paguDouble = new double[SUB_KEGIATAN];
    private final double[] realisasiDouble = new double[SUB_KEGIATAN];
    private DataKinerja data = DataKinerja.buat(INDIKATOR, 2);
    private KinerjaPustaka pustaka = new KinerjaPustaka(INDIKATOR);
    private KinerjaDouble lantai = new KinerjaDouble(data, INDIKATOR);

    /** Builds the indicators and the budget: deterministic, the same every run. */
    @Setup
    public void setup() {
        data = DataKinerja.buat(INDIKATOR, 2);
        pustaka = new KinerjaPustaka(INDIKATOR);
        lantai = new KinerjaDouble(data, INDIKATOR);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < SUB_KEGIATAN; i++) {
            int kegiatan = i / SUB_PER_KEGIATAN;
            kode[i] = KodeNomenklatur.parse(String.format("7.01.%02d.2.%02d.%04d",
                    kegiatan / KEGIATAN_PER_PROGRAM + 1, kegiatan % KEGIATAN_PER_PROGRAM + 1,
                    i % SUB_PER_KEGIATAN + 1));
            pagu[i] = random.nextLong(1_000_000_000L, 50_000_000_000L);
            realisasi[i] = pagu[i] * random.nextLong(60, 101) / 100 - random.nextLong(0, 1_000_000);
            paguDouble[i] = pagu[i] / 100.0;
            realisasiDouble[i] = realisasi[i] / 100.0;
        }
    }

    /**
     * The library.
     *
     * @return a checksum
     */
    @Benchmark
    public long library() {
        KinerjaPustaka.Unit unit = pustaka.unit(data, 0, "Instansi");
        long cek = unit.cek();
        List<BarisAnggaran> paguRows = new ArrayList<>(SUB_KEGIATAN);
        List<BarisAnggaran> realisasiRows = new ArrayList<>(SUB_KEGIATAN);
        for (int i = 0; i < SUB_KEGIATAN; i++) {
            paguRows.add(BarisAnggaran.of(kode[i], Rupiah.of(BigDecimal.valueOf(pagu[i], 2))));
            realisasiRows.add(BarisAnggaran.of(kode[i], Rupiah.of(BigDecimal.valueOf(realisasi[i], 2))));
        }
        PosAnggaran instansi = RekapNomenklatur.susun("Instansi", paguRows, realisasiRows);
        for (PosAnggaran pos : instansi.getSemua()) {
            cek += penyerapan.hitung(pos).getPersen().map(Persen::hashCode).orElse(0);
        }
        Persen capaian = unit.rekapTahunan().get(DataKinerja.TAHUN - 1).getRataRata().orElseThrow();
        Persen serapan = penyerapan.hitung(instansi).getPersen().orElseThrow();
        return cek + efisiensi.hitung(capaian, serapan).getNilai().hashCode();
    }

    /**
     * The floor: doubles.
     *
     * @return a checksum
     */
    @Benchmark
    public double doubleFloor() {
        double[] rataRata = new double[DataKinerja.TAHUN];
        double cek = lantai.unit(0, rataRata);
        int jumlahKegiatan = SUB_KEGIATAN / SUB_PER_KEGIATAN;
        double[] paguKegiatan = new double[jumlahKegiatan];
        double[] realisasiKegiatan = new double[jumlahKegiatan];
        for (int i = 0; i < SUB_KEGIATAN; i++) {
            cek += KinerjaDouble.bulatkan(realisasiDouble[i] * 100 / paguDouble[i]);
            paguKegiatan[i / SUB_PER_KEGIATAN] += paguDouble[i];
            realisasiKegiatan[i / SUB_PER_KEGIATAN] += realisasiDouble[i];
        }
        int jumlahProgram = jumlahKegiatan / KEGIATAN_PER_PROGRAM;
        double[] paguProgram = new double[jumlahProgram];
        double[] realisasiProgram = new double[jumlahProgram];
        for (int k = 0; k < jumlahKegiatan; k++) {
            cek += KinerjaDouble.bulatkan(realisasiKegiatan[k] * 100 / paguKegiatan[k]);
            paguProgram[k / KEGIATAN_PER_PROGRAM] += paguKegiatan[k];
            realisasiProgram[k / KEGIATAN_PER_PROGRAM] += realisasiKegiatan[k];
        }
        double paguTotal = 0;
        double realisasiTotal = 0;
        for (int p = 0; p < jumlahProgram; p++) {
            cek += KinerjaDouble.bulatkan(realisasiProgram[p] * 100 / paguProgram[p]);
            paguTotal += paguProgram[p];
            realisasiTotal += realisasiProgram[p];
        }
        // bidang urusan, urusan and agency share one total here
        double serapan = KinerjaDouble.bulatkan(realisasiTotal * 100 / paguTotal);
        cek += 3 * serapan;
        return cek + KinerjaDouble.bulatkan(rataRata[DataKinerja.TAHUN - 1] * 100 / serapan);
    }
}
