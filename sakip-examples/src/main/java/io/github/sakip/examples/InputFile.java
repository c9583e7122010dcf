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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code FILE} parameter of every command that reads a file (a picocli mixin): a path, or
 * {@code -} for standard input. A file that cannot be opened, or a directory, is a usage error
 * (exit status 1).
 */
final class InputFile {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = {
        "Berkas masukan (UTF-8, boleh dengan BOM), '-' untuk stdin.",
        "Input file (UTF-8, BOM allowed), '-' for standard input."})
    private String file;

    /** The file's name as given, {@code -} for standard input. */
    String name() {
        return file;
    }

    InputStream open() {
        if (file.equals("-")) {
            return System.in;
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Berkas adalah direktori / is a directory, not a file: " + file);
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Berkas tidak ada / no such file: " + file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Berkas tidak terbaca / cannot read " + file + ": " + e.getMessage());
        }
    }

    RowReader rows(Rejections rejections) {
        try {
            return RowReader.open(open(), rejections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
