package io.github.sakip.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output as a stream that fails loudly. {@code System.out} is a
 * {@code PrintStream}, which swallows every write error, and so is the {@code PrintWriter}
 * picocli writes to; here the first error is thrown as the unchecked {@link KeluaranGagal},
 * which passes through a {@code PrintWriter} (it catches only {@code IOException}) and stops the
 * command. Without it, {@code sakip capaian rows.csv > /dev/full} would exit 0 with nothing
 * written.
 */
final class StdoutStream extends FilterOutputStream {

    StdoutStream() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    StdoutStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new KeluaranGagal(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw new KeluaranGagal(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new KeluaranGagal(e);
        }
    }
}
