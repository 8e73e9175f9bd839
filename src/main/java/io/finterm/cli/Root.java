package io.finterm.cli;

import io.finterm.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code finterm}: global options, and the subcommands. */
@Command(name = "finterm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A personal finance and expense tracker for the terminal.",
        subcommands = {InitCommand.class, UserCommand.class, PasswdCommand.class, AddCommand.class, ListCommand.class,
            BudgetCommand.class, ReportCommand.class, ImportCommand.class, ExportCommand.class, RestoreCommand.class,
            FsckCommand.class})
final class Root implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The data directory (default: $XDG_DATA_HOME/finterm).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A configuration file that overrides the defaults.")
    Path config;

    @Option(names = "--password-stdin", scope = ScopeType.INHERIT,
            description = "Read passwords from standard input, one per line, in the order they are asked for.")
    boolean passwordStdin;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean debug;

    @Option(names = "--ascii", scope = ScopeType.INHERIT,
            description = "Draw with ASCII characters only (the default when the locale is not UTF-8).")
    boolean asciiOnly;

    final Cli cli;

    Root(Cli cli) {
        this.cli = cli;
    }

    /** Without a command: open (or create) the store and say so. The full-screen app will live here. */
    @Override
    public Integer call() {
        Backend b = cli.backend();
        cli.out.println("finterm " + Version.VERSION + ": store in " + b.dataDirectory() + " (" + describe(b.store().opened()) + ")");
        if (!b.services().accounts().hasUsers()) {
            cli.out.println("No account yet: create the administrator with  finterm init --admin NAME");
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
}
