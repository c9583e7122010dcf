package io.github.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sakip.examples.lkjip.DataLkjipLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the three commands that read files ({@code capaian}, {@code ikm}, {@code reviu}) hostile
 * files for a bounded time ({@code -Dsakip.fuzz.seconds}, default 40), each run as a process of the
 * real jar in a 64 MB heap, and checks the tools' promise: every input row is either written or
 * named on standard error with its line ({@code baris N: ...}, or within a range
 * {@code (baris A-B)}), the exit status says which (0 when nothing was rejected, 2 when
 * something was), and no stack trace is ever printed.
 *
 * <p>Each generated row starts with its own identifier ({@code L00017}), which the written output
 * keeps (capaian copies the row, the reviu prints where each of its findings stands; every
 * generated reviu row is a number with the wrong words, so each one read is a finding) or which
 * is counted (ikm counts its respondents). The files are valid rows spoilt at random: random bytes,
 * quotes opened anywhere, other delimiters, huge cells on one line or quoted over many, cut short.
 * The seed is printed in every failure ({@code -Dsakip.fuzz.seed} repeats a run).
 */
class SakipFuzzJarTest {

    private static final Pattern NAMED = Pattern.compile("baris (\\d+): .*?(?: \\(baris (\\d+)-(\\d+)\\))?");
    private static final Pattern ID = Pattern.compile("L\\d{5}");
    private static final String UNSUR = "U1;U2;U3;U4;U5;U6;U7;U8;U9";

    @TempDir
    Path dir;

    private record Hasil(int status, String out, String err) {
    }

    @Test
    void everyRowIsWrittenOrNamedWithItsLineInA64MegabyteHeap() throws Exception {
        long seed = Long.getLong("sakip.fuzz.seed", System.nanoTime());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("sakip.fuzz.seconds", 40));
        Random random = new Random(seed);
        String[] commands = {"capaian", "ikm", "reviu"};
        int runs = 0;
        while (runs < 3 || System.nanoTime() < end) {
            String command = commands[runs % 3];
            byte[] file = file(command, random);
            String what = "seed " + seed + ", run " + runs + ", " + command;
            Path f = dir.resolve("fuzz-" + runs + (command.equals("reviu") ? ".lkjip" : ".csv"));
            Files.write(f, file);
            Hasil h = java(command, f);
            check(command, file, h, what);
            Files.delete(f);
            runs++;
        }
        System.out.println("SakipFuzzJarTest: " + runs + " hostile files, seed " + seed);
    }

    private Hasil java(String command, Path file) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(SakipJarTest.command("64m", command, file.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Hasil(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void check(String command, byte[] file, Hasil h, String what) {
        assertThat(h.err()).as(what + ": no stack trace").doesNotContain("\tat ", "Exception", "java.lang.");
        assertThat(h.status()).as(what + ": status\n" + h.err()).isIn(0, Sakip.DITOLAK);
        Set<Long> named = new HashSet<>();
        for (String line : h.err().lines().toList()) {
            Matcher m = NAMED.matcher(line);
            if (m.matches()) {
                named.add(Long.parseLong(m.group(1)));
                if (m.group(2) != null) {
                    for (long l = Long.parseLong(m.group(2)); l <= Long.parseLong(m.group(3)); l++) {
                        named.add(l);
                    }
                }
            } else {
                assertThat(line).as(what + ": a message that is not about a line").startsWith("sakip " + command + ": ");
            }
        }
        assertThat(h.status() == 0).as(what + ": status 0 exactly when no line is named").isEqualTo(h.err().isEmpty());
        List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
        List<Long> idLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() >= 6 && ID.matcher(lines.get(i).substring(0, 6)).matches()) {
                idLines.add(i + 1L);
            }
        }
        if (command.equals("ikm")) {
            Matcher responden = Pattern.compile("Responden: ([0-9.]+)").matcher(h.out());
            if (!responden.find()) {
                assertThat(h.err()).as(what).contains("sakip ikm: tidak ada responden yang sah");
                return;
            }
            // a random line break right after an identifier leaves a valid row without one: at least, not exactly
            long written = Long.parseLong(responden.group(1).replace(".", ""));
            long rejected = idLines.stream().filter(named::contains).count();
            assertThat(written + rejected).as(what + ": respondents + rows named >= rows\n" + h.err())
                    .isGreaterThanOrEqualTo(idLines.size());
            assertThat(written + named.size()).as(what + ": respondents + lines named <= lines")
                    .isLessThanOrEqualTo(lines.size());
            return;
        }
        for (long line : idLines) {
            String id = lines.get((int) line - 1).substring(0, 6);
            assertThat(named.contains(line) || h.out().contains(id)).as(what + ": line " + line + " (" + id
                    + ") written or named\n" + h.err()).isTrue();
        }
    }

    // ---- hostile files ----

    private static byte[] file(String command, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (command.equals("reviu")) {
            try (InputStream klojen = DataLkjipLoader.class.getResourceAsStream(DataLkjipLoader.KLOJEN_2021)) {
                out.write(klojen.readAllBytes());
            }
        } else {
            out.write(utf8(command.equals("capaian") ? "indikator;polaritas;target;realisasi\n" : "responden;" + UNSUR
                    + "\n"));
        }
        int rows = 1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 60);
        int huge = 1 + random.nextInt(rows); // the one row that may get a huge cell
        for (int i = 1; i <= rows; i++) {
            out.write(utf8(String.format("L%05d", i)));
            out.write(spoil(utf8(row(command, random)), random, i == huge));
            out.write(random.nextInt(8) == 0 ? utf8("\r\n") : utf8("\n"));
        }
        byte[] bytes = out.toByteArray();
        if (random.nextInt(6) == 0) { // cut short
            int from = command.equals("reviu") ? bytes.length / 2 : 0;
            bytes = java.util.Arrays.copyOf(bytes, from + random.nextInt(bytes.length - from + 1));
        }
        return bytes;
    }

    private static String row(String command, Random random) {
        return switch (command) {
            case "capaian" -> ";POSITIF;" + (1 + random.nextInt(99)) + "," + random.nextInt(100) + ";" + random.nextInt(150);
            case "ikm" -> {
                StringBuilder s = new StringBuilder();
                for (int u = 0; u < 9; u++) {
                    s.append(';').append(1 + random.nextInt(4));
                }
                yield s.toString();
            }
            default -> ";Umum;teks;3;empat";
        };
    }

    /** The rest of a row after its identifier, spoilt in one or more ways, or left valid; huge cells only when allowed. */
    private static byte[] spoil(byte[] rest, Random random, boolean huge) {
        byte[] b = rest;
        int ways = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
        for (int w = 0; w < ways; w++) {
            int at = random.nextInt(b.length + 1);
            int kind = random.nextInt(100);
            if (kind < 30) {
                b = insert(b, at, randomBytes(random, 1 + random.nextInt(20)));
            } else if (kind < 50) {
                b = insert(b, at, new byte[] {'"'});
            } else if (kind < 62) {
                b = replace(b, (byte) ';', new byte[] {',', '\t', '|'}[random.nextInt(3)]);
            } else if (kind < 66 && !huge) {
                b = insert(b, at, randomBytes(random, 1 + random.nextInt(20)));
            } else if (kind < 64) { // a huge cell on one line
                b = insert(b, at, utf8("x".repeat(random.nextInt(2) == 0 ? 2_000 : 1_100_000)));
            } else if (kind < 66) { // a huge quoted cell over many lines
                b = insert(b, at, utf8("\"" + "sel yang panjang\n".repeat(1 + random.nextInt(80_000)) + "\""));
            } else if (kind < 82) { // a quoted cell over two lines
                b = insert(b, at, utf8(";\"" + "y".repeat(random.nextInt(50)) + "\n" + "z\";"));
            } else {
                b = java.util.Arrays.copyOf(b, at);
            }
        }
        return b;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] r = new byte[b.length + what.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(what, 0, r, at, what.length);
        System.arraycopy(b, at, r, at + what.length, b.length - at);
        return r;
    }

    private static byte[] replace(byte[] b, byte from, byte to) {
        byte[] r = b.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == from) {
                r[i] = to;
            }
        }
        return r;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
