package io.finterm.app;

import io.finterm.domain.FintermException;
import io.finterm.store.IntegrityReport;
import io.finterm.store.SecureFiles;
import io.finterm.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point. For now it opens (or creates) the store and reports on it; the full-screen app
 * and the script commands are built on the same store.
 */
@Command(name = "finterm", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A personal finance and expense tracker for the terminal.%n"
                + "This version keeps a crash-safe store and reports on it; the full-screen app and"
                + " the script commands come next.")
public final class Main implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: $XDG_DATA_HOME/finterm).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "A configuration file that overrides the defaults.")
    Path config;

    @Option(names = "--check", description = "Check every row against every index, foreign key and aggregate.")
    boolean check;

    @Option(names = "--repair", description = "Rebuild the tables from the journal, then check them.")
    boolean repair;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    private final PrintStream out;
    private Map<String, String> env = Map.of();

    Main(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs finterm with {@code args}; returns the exit code: 0 success, 2 usage error, 1 anything else. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Main main = new Main(out);
        CommandLine cl = new CommandLine(main);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean expected = e instanceof FintermException;
            err.println("finterm: " + (expected ? e.getMessage() : "unexpected error: " + e));
            if (main.debug) {
                e.printStackTrace(err);
            }
            return 1;
        });
        main.env = env;
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Config cfg = Config.load(config, env);
        Path dir = data != null ? data : cfg.dataDirectory();
        try {
            SecureFiles.ensureDirectory(dir);
            Logging.toFile(dir.resolve("finterm.log"));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ConfigException("cannot use " + dir + " as the data directory: it is a file");
        } catch (IOException e) {
            throw new ConfigException("cannot use " + dir + " as the data directory: " + e.getMessage());
        }
        try (Store store = Store.open(dir)) {
            if (repair) {
                store.repair();
            }
            out.println("finterm " + Version.VERSION + ": store in " + dir + " (" + describe(store.opened()) + ")");
            if (check || repair) {
                IntegrityReport report = store.check();
                report.rowCounts().forEach((table, n) -> out.println("  " + table + ": " + n + " rows"));
                report.problems().forEach(p -> out.println("  problem: " + p));
                out.println(report.ok() ? "no problems found" : report.problems().size() + " problems found; run with --repair");
                return report.ok() ? 0 : 1;
            }
        }
        return 0;
    }

    private static String describe(Store.Opened opened) {
        return switch (opened) {
            case CREATED -> "created";
            case CLEAN -> "opened";
            case REBUILT -> "opened; the tables were rebuilt from the journal after an unclean shutdown";
            case IN_MEMORY -> "in memory";
        };
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        static final String VERSION = String.valueOf(
                java.util.Objects.requireNonNullElse(Main.class.getPackage().getImplementationVersion(), "dev"));

        @Override
        public String[] getVersion() {
            return new String[] {"finterm " + VERSION};
        }
    }
}
