package io.github.sakip.examples;

import io.github.sakip.examples.csv.Rejections;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sakip} command line: {@code java -jar sakip.jar <command> ...}. Each command is its
 * own class; picocli reads the arguments and writes the help, in Indonesian and English.
 *
 * <p>Exit status: 0 when every row was read and written; {@value #DITOLAK} when some row was
 * rejected (each one reported on standard error as {@code baris N: <reason>}, the other rows still
 * written) or the data as a whole cannot be used (an empty file, a bad header, a report without
 * a year); {@value #SALAH_PAKAI} for a usage error or a file that cannot be read;
 * {@value #TIDAK_TERTULIS} when the output could not be written (a full disk, a closed standard
 * output, a closed pipe: the last ends quietly, as Unix tools do, the others with a message).
 */
@Command(name = "sakip",
        mixinStandardHelpOptions = true,
        versionProvider = Sakip.Version.class,
        synopsisSubcommandLabel = "PERINTAH",
        description = {
            "Menghitung dan mereviu angka SAKIP dari berkas CSV (dipisah ';', format angka Indonesia).",
            "Computes and reviews SAKIP figures from ';'-separated CSV files in Indonesian number format.",
            ""},
        exitCodeListHeading = "%nStatus keluar / exit status:%n",
        exitCodeList = {
            "0:semua baris terbaca dan tertulis / every row read and written",
            "1:kesalahan pemakaian atau berkas tak terbaca / usage error or unreadable file",
            "2:ada baris ditolak, di stderr sebagai 'baris N: ...', atau data tak dapat dipakai / some row "
                + "rejected, on stderr as 'baris N: ...', or the data cannot be used",
            "3:keluaran tidak dapat ditulis (disk penuh, stdout tertutup, pipa tertutup) / the output could not "
                + "be written (full disk, closed stdout, closed pipe)"},
        resourceBundle = "io.github.sakip.examples.Bantuan",
        subcommands = {CapaianCommand.class, IkmCommand.class, ContohCommand.class, ReviuCommand.class,
            BacaCommand.class, GrafikCommand.class,
            CommandLine.HelpCommand.class})
public final class Sakip implements Runnable {

    /** Some rows were rejected. */
    public static final int DITOLAK = 2;
    /** A usage error, or a file that cannot be read. */
    public static final int SALAH_PAKAI = 1;
    /** The output could not be written: some of it, or all, is lost. */
    public static final int TIDAK_TERTULIS = 3;

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new StdoutStream(), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = execute(out, err, args);
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the command line with the given outputs, as {@link #main} does and as tests do.
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit status: 0, {@value #DITOLAK}, {@value #SALAH_PAKAI} or {@value #TIDAK_TERTULIS}
     *     (also when {@code out} swallowed a write error: {@link PrintWriter#checkError()})
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
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr()));
        IExecutionStrategy runLast = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parseResult -> {
            try {
                int s = runLast.execute(parseResult);
                out.flush();
                return s;
            } catch (KeluaranGagal e) { // outside a command: picocli printing the help or the version
                return failed(e, err);
            }
        });
        int status = cmd.execute(args);
        try {
            if (status != TIDAK_TERTULIS && out.checkError()) { // a writer that swallowed its error
                err.println("sakip: keluaran tidak dapat ditulis / cannot write the output");
                status = TIDAK_TERTULIS;
            }
        } catch (KeluaranGagal e) { // checkError flushes what a usage message left behind
            status = failed(e, err);
        }
        err.flush();
        return status;
    }

    /** The status of a command stopped by an exception, with its message: never a stack trace. */
    private static int failed(Exception e, PrintWriter err) {
        if (e instanceof KeluaranGagal k) {
            if (!k.isPipaTertutup()) {
                err.println("sakip: " + k.getMessage());
            }
            return TIDAK_TERTULIS;
        }
        if (e instanceof UncheckedIOException) {
            err.println("sakip: berkas tidak terbaca / cannot read the input: " + e.getCause().getMessage());
            return SALAH_PAKAI;
        }
        err.println("sakip: " + e.getMessage());
        return SALAH_PAKAI;
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
                "Perintah tidak ada / missing command: capaian, ikm, contoh, reviu, baca, grafik");
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
