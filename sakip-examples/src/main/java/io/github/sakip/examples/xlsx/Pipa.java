package io.github.sakip.examples.xlsx;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a writer of bytes on a thread of its own and copies what it writes, through a bounded pipe
 * ({@value #UKURAN} bytes, handed over in pieces of {@value #POTONGAN}), into a stream on the
 * calling thread: a pipeline of two stages. The
 * workbook uses it so that one thread makes a sheet's XML while the other deflates it into the zip.
 */
final class Pipa {

    /** The bytes the pipe holds. */
    static final int UKURAN = 1 << 16;
    /** The pieces the writer hands over: the reading side is told of each. */
    static final int POTONGAN = 1 << 14;

    /** What writes the bytes. */
    @FunctionalInterface
    interface Sumber {
        /**
         * Writes the bytes.
         *
         * @param out where they go; closed after this returns or throws
         * @throws IOException when they cannot be written
         */
        void tulis(OutputStream out) throws IOException;
    }

    private Pipa() {
    }

    /**
     * Copies what {@code sumber} writes on a thread named {@code nama} into {@code ke}, returning
     * when it has written all of it; its failure is thrown here, as is a failure of {@code ke}
     * (which then stops the writer: its next write fails).
     *
     * @param nama the name of the writing thread
     * @param sumber what writes the bytes
     * @param ke where they are copied to, left open
     * @throws IOException when the writer or {@code ke} failed
     */
    static void salurkan(String nama, Sumber sumber, OutputStream ke) throws IOException {
        AtomicReference<Throwable> gagal = new AtomicReference<>();
        PipedInputStream in = new PipedInputStream(UKURAN);
        PipedOutputStream pipa = new PipedOutputStream(in);
        Thread penulis = new Thread(() -> {
            try (OutputStream out = new BufferedOutputStream(new Berkabar(pipa), POTONGAN)) {
                sumber.tulis(out);
            } catch (IOException | RuntimeException | Error e) {
                gagal.set(e);
            }
        }, nama);
        penulis.setDaemon(true);
        penulis.start();
        try (in) { // closed early when ke fails, which fails the writer's next write
            in.transferTo(ke);
        } finally {
            tunggu(penulis);
        }
        Throwable e = gagal.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error r) {
            throw r;
        }
    }

    /**
     * Tells the reading side of every piece written: a {@link PipedInputStream} with nothing to
     * read waits until the pipe is full or {@link PipedOutputStream#flush()} is called (or a
     * second has passed), so without it the two threads would take turns instead of overlapping.
     */
    private static final class Berkabar extends FilterOutputStream {
        Berkabar(PipedOutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            out.flush();
        }
    }

    private static void tunggu(Thread t) throws IOException {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        }
    }
}
