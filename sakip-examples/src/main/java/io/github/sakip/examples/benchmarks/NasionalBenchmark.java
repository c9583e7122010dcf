package io.github.sakip.examples.benchmarks;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A national dataset, in milliseconds per run: 600 agencies x 40 units x 40 indicators x 5 years
 * = 4.800.000 indicator-years through capaian, predikat, year-on-year trend, the mean per unit
 * and year and the mean per agency and year (see {@link KinerjaPustaka}), split over agencies on
 * a fork-join pool of {@code threads} threads (the library is immutable, so the calculators are
 * shared). The data are generated once, deterministically, and held as two {@code long} arrays
 * of unscaled values (77 MB); the model objects of a row are built as it is read, as a program
 * streaming a CSV file would, instead of holding 5 million objects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class NasionalBenchmark {
    private static final int INSTANSI = 600;
    private static final int UNIT = 40;
    private static final int INDIKATOR = 40;

    /** Threads of the pool: 2 uses both cores of the reference machine. */
    @Param({"1", "2"})
    public int threads;

    private final String[] namaUnit = new String[UNIT];
    private DataKinerja data = DataKinerja.buat(0, 4);
    private KinerjaPustaka pustaka = new KinerjaPustaka(INDIKATOR);
    private KinerjaDouble lantai = new KinerjaDouble(data, INDIKATOR);
    private ForkJoinPool pool = ForkJoinPool.commonPool();

    /** Generates the dataset and starts the pool. */
    @Setup(Level.Trial)
    public void setup() {
        data = DataKinerja.buat(INSTANSI * UNIT * INDIKATOR, 4);
        pustaka = new KinerjaPustaka(INDIKATOR);
        lantai = new KinerjaDouble(data, INDIKATOR);
        for (int u = 0; u < UNIT; u++) {
            namaUnit[u] = "Unit " + (u + 1);
        }
        pool = new ForkJoinPool(threads);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * The library.
     *
     * @return a checksum
     */
    @Benchmark
    public long library() {
        return pool.submit(() -> IntStream.range(0, INSTANSI).parallel()
                .mapToLong(a -> pustaka.instansi(data, a * UNIT * INDIKATOR, namaUnit)).sum()).join();
    }

    /**
     * The floor: doubles.
     *
     * @return a checksum
     */
    @Benchmark
    public double doubleFloor() {
        return pool.submit(() -> IntStream.range(0, INSTANSI).parallel()
                .mapToDouble(a -> lantai.instansi(a * UNIT * INDIKATOR, UNIT)).sum()).join();
    }
}
