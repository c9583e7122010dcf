package io.github.sakip.examples;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import java.math.RoundingMode;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Turns option values into the library's policies; a bad value is a usage error (exit status 1). */
final class Options {

    private Options() {
    }

    /** {@code --desimal N --pembulatan MODE} as a {@link Pembulatan}. */
    static Pembulatan pembulatan(CommandSpec spec, int desimal, RoundingMode mode) {
        if (mode == RoundingMode.UNNECESSARY) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--pembulatan UNNECESSARY tidak membulatkan / does not round; use HALF_UP or DOWN");
        }
        try {
            return Pembulatan.of(desimal, mode);
        } catch (SakipException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--desimal " + desimal + ": " + e.getMessage());
        }
    }
}
