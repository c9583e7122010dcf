package io.github.sakip.examples;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Standard output could not be written (a full disk, a closed standard output, a reader that
 * closed the pipe): thrown by {@link StdoutStream} through the {@code PrintWriter} that would
 * otherwise swallow the error, so that a command stops at once and the run ends with
 * {@link Sakip#TIDAK_TERTULIS}.
 */
final class KeluaranGagal extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    KeluaranGagal(IOException cause) {
        super("keluaran tidak dapat ditulis / cannot write the output: " + cause.getMessage(), cause);
    }

    /**
     * Whether the reader of a pipe went away ({@code sakip ... | head -1}): a Unix tool ends
     * quietly then, without a message, though not with status 0.
     */
    boolean isPipaTertutup() {
        String message = getCause().getMessage();
        return message != null && message.contains("Broken pipe");
    }
}
