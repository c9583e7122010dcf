package io.github.sakip.examples.benchmarks;

import io.github.sakip.model.Pembulatan;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The one division of a capaian, in nanoseconds per division, on 1.000 capaian-shaped operands
 * (R x 100 over T, two decimals each, rounded to two decimals {@code HALF_UP}):
 * {@code pembulatanBagi} is {@link Pembulatan#bagi} with its exact {@code long} path;
 * {@code bigDecimalDivide} is {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} alone, what
 * the library did before; {@code doubleFloor} divides doubles and rounds with {@link Math#round}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PembulatanBenchmark {
    private static final int N = 1000;

    private final Pembulatan pembulatan = Pembulatan.STANDAR;
    private final BigDecimal[] pembilang = new BigDecimal[N];
    private final BigDecimal[] penyebut = new BigDecimal[N];
    private final double[] pembilangDouble = new double[N];
    private final double[] penyebutDouble = new double[N];

    /** Builds the operands: deterministic, the same every run. */
    @Setup
    public void setup() {
        DataKinerja data = DataKinerja.buat(N / DataKinerja.TAHUN, 5);
        for (int i = 0; i < N; i++) {
            pembilang[i] = BigDecimal.valueOf(data.realisasi(i), 2).multiply(BigDecimal.valueOf(100));
            penyebut[i] = BigDecimal.valueOf(data.target(i), 2);
            pembilangDouble[i] = pembilang[i].doubleValue();
            penyebutDouble[i] = penyebut[i].doubleValue();
        }
    }

    /**
     * Pembulatan.bagi.
     *
     * @param bh receives every quotient, so that each is made as a caller would keep it
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void pembulatanBagi(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(pembulatan.bagi(pembilang[i], penyebut[i]));
        }
    }

    /**
     * BigDecimal.divide alone.
     *
     * @param bh receives every quotient, so that each is made as a caller would keep it
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void bigDecimalDivide(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(pembilang[i].divide(penyebut[i], 2, RoundingMode.HALF_UP));
        }
    }

    /**
     * The floor: doubles.
     *
     * @param bh receives every quotient, so that each is made as a caller would keep it
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void doubleFloor(Blackhole bh) {
        for (int i = 0; i < N; i++) {
            bh.consume(KinerjaDouble.bulatkan(pembilangDouble[i] / penyebutDouble[i]));
        }
    }
}
