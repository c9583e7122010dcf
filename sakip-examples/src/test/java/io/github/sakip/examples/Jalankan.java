package io.github.sakip.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process, as {@code java -jar sakip.jar ARGS} would, capturing its output. */
record Jalankan(int status, String out, String err) {

    static Jalankan sakip(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Sakip.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Jalankan(status, out.toString(), err.toString());
    }

    /** Writes a file for a command to read. */
    static String file(Path dir, byte[] bytes) throws IOException {
        Path p = Files.createTempFile(dir, "sakip", ".csv");
        Files.write(p, bytes);
        return p.toString();
    }

    /** Writes a UTF-8 file for a command to read. */
    static String file(Path dir, String text) throws IOException {
        return file(dir, text.getBytes(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
