package io.github.sakip.examples.benchmarks;

import io.github.sakip.capaian.Capaian;
import io.github.sakip.capaian.CapaianMassal;
import io.github.sakip.capaian.RumusCapaian;
import io.github.sakip.model.Indikator;
import io.github.sakip.model.Persen;
import io.github.sakip.model.Polaritas;
import io.github.sakip.model.Realisasi;
import io.github.sakip.model.Satuan;
import io.github.sakip.model.Tahun;
import io.github.sakip.model.Target;
import io.github.sakip.predikat.Skala;
import io.github.sakip.predikat.SkalaBaku;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Capaian and predikat of one indicator-year, in nanoseconds per indicator: 1.000 rows of mixed
 * polarity (seven in ten higher-is-better) per invocation, so that branch prediction sees real
 * variety.
 *
 * <ul>
 *   <li>{@code library}: the {@link Target}, {@link Realisasi} and {@link Indikator} are at hand
 *       (read once, computed many times): {@link RumusCapaian#hitung}, the printed capaian
 *       ({@link Capaian#getPersen()}), its predikat on {@link SkalaBaku#LKJIP} and
 *       {@link Capaian#isTercapai()};</li>
 *   <li>{@code libraryFromNumbers}: the same, building the target and realisasi from stored
 *       two-decimal numbers first, as a program reading a file does;</li>
 *   <li>{@code bulk}: {@link CapaianMassal#hitung} over the stored unscaled numbers (scale 2) and a
 *       polarity per row, into capaian, predikat rank and tercapai arrays owned by the benchmark:
 *       the same figures as {@code library}, without an object per row;</li>
 *   <li>{@code doubleFloor}: the same computation on {@code double}s.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndikatorBenchmark {
    private static final int N = 1000;

    private final RumusCapaian rumus = RumusCapaian.standar();
    private final Skala skala = SkalaBaku.LKJIP;
    private final Tahun tahun = Tahun.of(DataKinerja.TAHUN_AWAL);
    private final Indikator[] indikator = new Indikator[N];
    private final Target[] target = new Target[N];
    private final Realisasi[] realisasi = new Realisasi[N];
    private final byte[] polaritas = new byte[N];
    private final CapaianMassal massal = CapaianMassal.of(rumus, skala);
    private final Polaritas[] polaritasBaris = new Polaritas[N];
    private final long[] targetUnscaled = new long[N];
    private final long[] realisasiUnscaled = new long[N];
    private final long[] capaian = new long[N];
    private final int[] peringkat = new int[N];
    private final boolean[] tercapai = new boolean[N];
    private DataKinerja data = DataKinerja.buat(N / DataKinerja.TAHUN, 1);
    private double[] targetDouble = new double[0];
    private double[] realisasiDouble = new double[0];

    /** Builds the rows: deterministic, the same every run. */
    @Setup
    public void setup() {
        data = DataKinerja.buat(N / DataKinerja.TAHUN, 1);
        for (int i = 0; i < N; i++) {
            indikator[i] = Indikator.of("IKU " + i, Satuan.INDEKS, DataKinerja.polaritas(i));
            polaritas[i] = (byte) indikator[i].getPolaritas().ordinal();
            polaritasBaris[i] = indikator[i].getPolaritas();
            targetUnscaled[i] = data.target(i);
            realisasiUnscaled[i] = data.realisasi(i);
            target[i] = Target.of(tahun, BigDecimal.valueOf(data.target(i), 2));
            realisasi[i] = Realisasi.of(tahun, BigDecimal.valueOf(data.realisasi(i), 2));
        }
        targetDouble = data.targetDouble();
        realisasiDouble = data.realisasiDouble();
    }

    /**
     * The library, model objects at hand.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public long library() {
        long cek = 0;
        for (int i = 0; i < N; i++) {
            cek += nilai(rumus.hitung(indikator[i], target[i], realisasi[i]));
        }
        return cek;
    }

    /**
     * The library, building target and realisasi from stored numbers.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public long libraryFromNumbers() {
        long cek = 0;
        for (int i = 0; i < N; i++) {
            Target t = Target.of(tahun, BigDecimal.valueOf(data.target(i), 2));
            Realisasi r = Realisasi.of(tahun, BigDecimal.valueOf(data.realisasi(i), 2));
            cek += nilai(rumus.hitung(indikator[i], t, r));
        }
        return cek;
    }

    /**
     * The bulk path over the stored numbers; every figure is folded into the checksum.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public long bulk() {
        massal.hitung(2, targetUnscaled, realisasiUnscaled, polaritasBaris, capaian, peringkat, tercapai);
        long cek = 0;
        for (int i = 0; i < N; i++) {
            cek += capaian[i] + peringkat[i] + (tercapai[i] ? 1 : 0);
        }
        return cek;
    }

    private long nilai(Capaian c) {
        Persen persen = c.getPersen();
        return persen.hashCode() + skala.predikat(persen).getPeringkat() + (c.isTercapai() ? 1 : 0);
    }

    /**
     * The floor: doubles.
     *
     * @return a checksum
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double doubleFloor() {
        double cek = 0;
        for (int i = 0; i < N; i++) {
            double persen = KinerjaDouble.bulatkan(KinerjaDouble.capaian(polaritas[i], targetDouble[i],
                    realisasiDouble[i]));
            cek += persen + KinerjaDouble.peringkat(persen) + (persen >= 100 ? 1 : 0);
        }
        return cek;
    }
}
