package io.github.sakip.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.sakip.SakipException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile input for the public API, and the one rule every call must keep: it returns a usable
 * value or throws {@link SakipException} (or a subtype) whose message names the field; never
 * another exception, never a hang, never an {@link OutOfMemoryError}.
 *
 * <p>The numbers include the memory bombs of {@link BigDecimal}: {@code 1E+1000000000} is one
 * digit and a scale, but its plain form has a billion digits, so {@code toPlainString()},
 * {@code setScale(2)} or adding 1 to it does not finish. The texts include 1 MB of digits, which
 * {@code new BigDecimal(String)} reads in quadratic time (about 40 s here).
 */
public final class Hostile {

    /**
     * The most a single call may take, in wall time: far below what the inputs here cost an
     * unguarded library (a quadratic parse of 1 MB of digits takes about 40 s) and far above what
     * a guarded call takes (milliseconds), so that a machine busy with other builds does not fail
     * a call that is merely slowed down (2 s did, once, under a load of 6 on 2 cores).
     */
    public static final Duration LIMIT = Duration.ofSeconds(5);

    /** Numbers that broke, or could break, a library of exact arithmetic. */
    public static final List<BigDecimal> DECIMALS = List.of(
            BigDecimal.ZERO,
            new BigDecimal("0.00"),
            new BigDecimal("0E+5"),
            new BigDecimal("0E-40"),
            BigDecimal.ONE,
            BigDecimal.ONE.negate(),
            new BigDecimal("-0.01"),
            new BigDecimal("1E+20"),
            new BigDecimal("-1E+20"),
            new BigDecimal("1E-20"),
            new BigDecimal("-1E-20"),
            new BigDecimal("123.456789012345678901234567890"),
            new BigDecimal("0.1234567890123456789012345678901"),
            new BigDecimal("99.99999999999999999999999999999999999"),
            new BigDecimal(BigInteger.ONE, 100),
            new BigDecimal(BigInteger.ONE, 1000),
            new BigDecimal(BigInteger.ONE, 1001),
            new BigDecimal(BigInteger.ONE, -998),
            new BigDecimal(BigInteger.ONE, -1000),
            new BigDecimal("1E+1000000000"),
            new BigDecimal("-1E+1000000000"),
            new BigDecimal("1E-1000000000"),
            new BigDecimal("-1E-1000000000"),
            new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
            new BigDecimal(BigInteger.ONE.negate(), Integer.MIN_VALUE),
            new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
            new BigDecimal(BigInteger.TEN.pow(999).subtract(BigInteger.ONE)),
            new BigDecimal(BigInteger.TEN.pow(5000).subtract(BigInteger.ONE)),
            new BigDecimal(BigInteger.TEN.pow(100_000).subtract(BigInteger.ONE), 50_000),
            new BigDecimal(Long.MAX_VALUE),
            new BigDecimal(Long.MIN_VALUE));

    /** Numbers and percentages as people type them, as machines print them, and worse. */
    public static final List<String> TEXTS = hostileTexts();

    /** Integers at and beyond every edge. */
    public static final List<Integer> INTS = List.of(0, 1, -1, 2, 4, 5, 30, 31, 1000, 1001, 1944, 1945, 9999,
            10_000, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1);

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-input");
        t.setDaemon(true);
        return t;
    });

    private Hostile() {
    }

    private static List<String> hostileTexts() {
        String megabyte = "1".repeat(1 << 20);
        List<String> t = new ArrayList<>(List.of(
                "", " ", "  ", "\t", "\n", "\u00A0", "\u2007", "\u202F", "\u3000", "\u200B", "\uFEFF",
                "0", "-0", "+0", "00", "1", "-1", "+1", "2021", "02021", "1945", "1944", "9999", "10000",
                "0,0", "0.0", ",5", ".5", "5,", "5.", "1.234", "1,234", "1.234,56", "1,234.56", "1..234",
                "1.23.4", "1,2,3", "--1", "-+1", "1-", "1e5", "1E+1000000000", "NaN", "Infinity", "-",
                "%", "Rp", "Rp ", "Rp 1", "Rp 1.00", "Rp -1.005", "Rp 1E+9", "Rp\u00A01.000", "1%", "1.5%",
                "-1.5%", "%1", "1 %", "1\u00A0%", "80,01%", "2021-TW4", "2021-TW5", "2021-TW0", "2021-tw4",
                "\u0662\u0660\u0662\u0661", "\u0661\u066B\u0665", "\u06F1\u06F2", "\uFF11\uFF12", "١٢٣",
                "2019-2023", "2023-2019", "2019-20231", "2019–2023", "7.01.01.2.01.0001", "7.01.01.2",
                "7.01.01.2.01.0001.1", "7..01", ".7", "7.", "7.01.01.2.01.01", "7.a1", "x", "Ⅻ", "٫",
                "\uD800", "\uDC00", "\uD83D\uDE00", "\u0000", "1\u00002", "\u202E2021", "2021\u200B",
                "9".repeat(1000), "9".repeat(1001), "1." + "0".repeat(999), "1" + ".000".repeat(400),
                "0," + "9".repeat(1100), "Rp " + "9".repeat(5000), "9".repeat(5000) + "%",
                megabyte, "Rp " + megabyte, megabyte + "%", "-" + megabyte, megabyte + "," + megabyte,
                "1.000".repeat(200_000), " ".repeat(1 << 20), "\u00A0".repeat(1 << 20)));
        return Collections.unmodifiableList(t);
    }

    /**
     * Random ordinary numbers (up to 18 digits, scale -40 to 40) mixed with {@link #DECIMALS}.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> decimals() {
        Gen<BigDecimal> random = longs().all().zip(integers().between(-40, 40), BigDecimal::valueOf);
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, random),
                org.quicktheories.api.Pair.of(2, Generate.pick(DECIMALS))));
    }

    /**
     * Random text (any UTF-16, up to 40 characters; digits and separators only) mixed with
     * {@link #TEXTS}.
     *
     * @param alphabet the characters the parser under test reads
     * @return the generator
     */
    public static Gen<String> texts(String alphabet) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        Gen<String> near = org.quicktheories.generators.SourceDSL.lists()
                .of(Generate.pick(chars)).ofSizeBetween(0, 40)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 40), near, Generate.pick(TEXTS));
    }

    /**
     * Random text over digits, signs, separators, spaces of several kinds and Arabic-Indic
     * digits, mixed with {@link #TEXTS}.
     *
     * @return the generator
     */
    public static Gen<String> texts() {
        return texts("0123456789.,-+% Rp\u00A0\u202F\u0660\u0661\u06F5eETW");
    }

    /**
     * Checks every number of {@link #DECIMALS}, then {@code examples} random ones of
     * {@link #decimals()}.
     *
     * @param examples how many random numbers
     * @param check the check of one number
     */
    public static void forEachDecimal(int examples, Consumer<BigDecimal> check) {
        DECIMALS.forEach(check);
        qt().withExamples(examples).forAll(decimals()).checkAssert(check);
    }

    /**
     * Checks every text of {@link #TEXTS}, then {@code examples} random ones of {@code texts}.
     *
     * @param examples how many random texts
     * @param texts the random texts, for example {@link #texts()}
     * @param check the check of one text
     */
    public static void forEachText(int examples, Gen<String> texts, Consumer<String> check) {
        TEXTS.forEach(check);
        qt().withExamples(examples).forAll(texts).checkAssert(check);
    }

    /**
     * Runs {@code call} within {@link #LIMIT} and checks that it returned a value whose
     * {@code toString()} also finishes in time, or threw a {@link SakipException} whose message
     * names {@code field}. Like {@code assertTimeoutPreemptively}, but on a shared pool of daemon
     * threads, so that thousands of calls do not start thousands of threads; a call that times
     * out is interrupted and left behind.
     *
     * @param <T> the type of the result
     * @param field the text the message must contain, for example {@code "Target.nilai"} or
     *     {@code "Rupiah"}; {@code "Persen|Pembulatan"} accepts either
     * @param call the call
     * @return the value, or null when the call threw
     */
    public static <T> T call(String field, ThrowingSupplier<T> call) {
        Future<T> future = POOL.submit(() -> {
            try {
                T value = call.get();
                assertThat(value).as("result for %s", field).isNotNull();
                assertThat(value.toString()).as("toString of the result for %s", field).isNotNull();
                return value;
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        });
        try {
            return future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("a call for " + field + " did not finish within " + LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a call for " + field, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SakipException) {
                assertThat(field.split("\\|")).as("message of %s names one of the fields", cause)
                        .anyMatch(cause.getMessage()::contains);
                return null;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError("a call for " + field + " threw " + cause.getClass().getName()
                    + " instead of returning or throwing SakipException: " + cause.getMessage(), cause);
        }
    }

    /**
     * {@link #call} for calls that return nothing.
     *
     * @param field the text the message must contain
     * @param call the call
     */
    public static void run(String field, org.junit.jupiter.api.function.Executable call) {
        call(field, () -> {
            call.execute();
            return Boolean.TRUE;
        });
    }
}
