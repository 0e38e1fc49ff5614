package org.hotspotatlas.export.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;

import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.DatasetException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code hotspot-atlas} command line: export reports, validate datasets, and browse the data.
 * Exit codes: 0 success, 1 invalid data or a failed export, 2 a usage error.
 */
@Command(name = "hotspot-atlas",
        mixinStandardHelpOptions = true,
        versionProvider = HotspotAtlasCli.Version.class,
        description = "Export, validate and browse the Hotspot Atlas dataset of China-Russia coordination.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:invalid data, or an export failed", "2:usage error"})
public final class HotspotAtlasCli implements Runnable {

    /** Exit code for invalid data or a failed export. */
    static final int EXIT_FAILURE = 1;
    /** Exit code for a usage error. */
    static final int EXIT_USAGE = 2;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the full detail of errors, including stack traces.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Not instantiated by users: picocli creates it. */
    HotspotAtlasCli() {}

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: export, validate, list or show");
    }

    /**
     * Runs the command line and exits with its code. Started as {@code java -jar}, an export runs
     * in a second JVM with start-up options the manifest cannot give (see the README's Benchmarks;
     * {@code HOTSPOT_ATLAS_FORK=off} keeps it in this one).
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        OptionalInt relaunched = Relaunch.run(args, System.err);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The answer needs neither the command model nor the dataset: skip building both.
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return 0;
        }
        quietLogging();
        Prefetch.start(args);
        CommandLine cl = new CommandLine(new HotspotAtlasCli());
        addCommands(cl, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("hotspot-atlas: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                err.println("Did you mean " + orList(u.getSuggestions()) + "?");
            }
            err.println("Try 'hotspot-atlas " + commandPath(ex.getCommandLine()) + "--help' for usage.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            HotspotAtlasCli root = commandLine.getCommandSpec().root().commandLine().getCommand();
            if (ex instanceof DatasetException de) {
                err.println("hotspot-atlas: " + de.getMessage());
            } else if (ex instanceof UserException || ex instanceof IllegalArgumentException) {
                err.println("hotspot-atlas: " + ex.getMessage());
            } else if (ex instanceof IOException io) {
                err.println("hotspot-atlas: " + PathErrors.reason(io));
            } else {
                err.println("hotspot-atlas: internal error: " + ex);
                if (!root.verbose) {
                    err.println("Run again with --verbose for details.");
                }
            }
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ex instanceof UserException ue ? ue.exitCode() : EXIT_FAILURE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The commands, in the order the help lists them. */
    private static final List<String> COMMANDS = List.of("export", "validate", "list", "show", "help");

    /**
     * Adds the commands to the root. Picocli reflects over every command it is given, which is a
     * good part of a cold start; a run that names a command gets only that one (help, no command
     * or a misspelled one get them all, for the list and the suggestions).
     */
    private static void addCommands(CommandLine root, String[] args) {
        String named = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                named = a;
                break;
            }
        }
        boolean all = named == null || named.equals("help") || !COMMANDS.contains(named);
        for (String name : COMMANDS) {
            if (all || name.equals(named)) {
                root.addSubcommand(name, switch (name) {
                    case "export" -> new ExportCommand();
                    case "validate" -> new ValidateCommand();
                    case "list" -> new ListCommand();
                    case "show" -> new ShowCommand();
                    default -> new CommandLine.HelpCommand();
                });
            }
        }
    }

    /** @return "a", "a or b", "a, b or c" */
    static String orList(List<String> words) {
        int n = words.size();
        return n == 1 ? words.get(0)
                : String.join(", ", words.subList(0, n - 1)) + " or " + words.get(n - 1);
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    /** POI logs through Log4j; without a configured provider Log4j complains on stderr. */
    private static void quietLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** Reports the code version and the bundled data version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            // String.join rather than '+': on a cold JVM each new shape of string concatenation
            // spins method-handle classes, which took a tenth of the whole --version run.
            return new String[] {String.join("", "hotspot-atlas ", codeVersion()),
                    String.join("", "bundled data ", BundledDataVersion.get(), " (dataset format ",
                            Atlas.FORMAT_VERSION, ")")};
        }
    }

    /** @return the library's version, from the build */
    static String codeVersion() {
        try (InputStream in = HotspotAtlasCli.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
