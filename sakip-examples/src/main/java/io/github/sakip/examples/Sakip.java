package io.github.sakip.examples;

import io.github.sakip.examples.csv.Rejections;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sakip} command line: {@code java -jar sakip.jar <command> ...}. Each command is its
 * own class; picocli reads the arguments and writes the help, in Indonesian and English.
 *
 * <p>Exit status: 0 when every row was read, 2 when some row was rejected (each one reported on
 * standard error as {@code baris N: <reason>}, the other rows still written), 1 for a usage
 * error or a file that cannot be read.
 */
@Command(name = "sakip",
        mixinStandardHelpOptions = true,
        versionProvider = Sakip.Version.class,
        synopsisSubcommandLabel = "PERINTAH",
        description = {
            "Menghitung dan mereviu angka SAKIP dari berkas CSV (dipisah ';', format angka Indonesia).",
            "Computes and reviews SAKIP figures from ';'-separated CSV files in Indonesian number format.",
            ""},
        footer = {"",
            "Status keluar / exit status: 0 semua baris terbaca / every row read; 2 ada baris ditolak, dilaporkan "
                + "di stderr sebagai 'baris N: ...' / some row rejected, reported on stderr as 'baris N: ...'; "
                + "1 kesalahan pemakaian / usage error."},
        resourceBundle = "io.github.sakip.examples.Bantuan",
        subcommands = {CapaianCommand.class, IkmCommand.class, ContohCommand.class, ReviuCommand.class,
            BacaCommand.class,
            CommandLine.HelpCommand.class})
public final class Sakip implements Runnable {

    /** Some rows were rejected. */
    public static final int DITOLAK = 2;
    /** A usage error, or a file that cannot be read. */
    public static final int SALAH_PAKAI = 1;

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command line with the given outputs, as {@link #main} does and as tests do.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit status: 0, {@value #DITOLAK} or {@value #SALAH_PAKAI}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Sakip());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.getSubcommands().get("help").getCommandSpec().usageMessage().header(
                "Bantuan sebuah perintah / help for a command: sakip help capaian");
        cmd.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return SALAH_PAKAI;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sakip: " + e.getMessage());
            return SALAH_PAKAI;
        });
        int status = cmd.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The exit status of a batch: 0, or {@link #DITOLAK} when a row was rejected.
     *
     * @param rejections the batch's rejections
     * @return the status
     */
    static int status(Rejections rejections) {
        return rejections.any() ? DITOLAK : 0;
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Perintah tidak ada / missing command: capaian, ikm, contoh, reviu, baca");
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Sakip.class.getPackage().getImplementationVersion();
            return new String[] {"sakip " + (v == null ? "dev" : v)};
        }
    }
}
