package io.github.sakip.examples;

import io.github.sakip.examples.csv.Rejections;
import io.github.sakip.examples.csv.RowReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The file a batch command reads: a path, or {@code -} for standard input. A file that cannot be
 * opened is a usage error (exit status 1).
 */
final class BatchInput {

    private BatchInput() {
    }

    static InputStream open(CommandSpec spec, String file) {
        if (file.equals("-")) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Berkas tidak ada / no such file: " + file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Berkas tidak terbaca / cannot read " + file + ": " + e.getMessage());
        }
    }

    static RowReader rows(CommandSpec spec, String file, Rejections rejections) {
        try {
            return RowReader.open(open(spec, file), rejections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit status of a batch: 0, or {@link Sakip#DITOLAK} when a row was rejected. */
    static int status(Rejections rejections) {
        return rejections.any() ? Sakip.DITOLAK : 0;
    }
}
