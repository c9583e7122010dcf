package io.github.sakip.examples;

import io.github.sakip.SakipException;
import io.github.sakip.model.Pembulatan;
import java.math.RoundingMode;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --desimal N --pembulatan MODE} (a picocli mixin) as the library's {@link Pembulatan}; a
 * bad value is a usage error (exit status 1).
 */
final class RoundingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--desimal", defaultValue = "2", paramLabel = "N", description = {
        "Jumlah desimal hasil (bawaan 2).", "Decimals of the results (default 2)."})
    private int desimal;

    @Option(names = "--pembulatan", defaultValue = "HALF_UP", paramLabel = "MODE", description = {
        "Pembulatan: HALF_UP (bawaan) atau DOWN (memotong, seperti sebagian laporan).",
        "Rounding: HALF_UP (default) or DOWN (truncate, as some reports do)."})
    private RoundingMode pembulatan;

    Pembulatan pembulatan() {
        if (pembulatan == RoundingMode.UNNECESSARY) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--pembulatan UNNECESSARY tidak membulatkan / does not round; use HALF_UP or DOWN");
        }
        try {
            return Pembulatan.of(desimal, pembulatan);
        } catch (SakipException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--desimal " + desimal + ": " + e.getMessage());
        }
    }
}
