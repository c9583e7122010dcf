package io.github.sakip.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the command line in-process, as {@code java -jar sakip.jar ARGS} would, capturing its output. */
record Jalankan(int status, String out, String err) {

    static Jalankan sakip(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Sakip.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Jalankan(status, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
