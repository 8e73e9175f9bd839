package io.finterm.cli;

import io.finterm.service.DemoService;
import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ScopeType;

/** {@code finterm}: global options, and the subcommands. */
@Command(name = "finterm", mixinStandardHelpOptions = true, versionProvider = Version.class, scope = ScopeType.INHERIT,
        description = "A personal finance and expense tracker for the terminal.")
final class Root implements Callable<Integer> {
    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, UserCommand.class, PasswdCommand.class,
            AddCommand.class, EditCommand.class, DeleteCommand.class, ListCommand.class, UndoCommand.class, RedoCommand.class, AccountCommand.class, TransferCommand.class, ReconcileCommand.class,
            CategoryCommand.class, RulesCommand.class, BudgetCommand.class, ScheduleCommand.class,
            ReportCommand.class, ImportCommand.class, ProfileCommand.class,
            ExportCommand.class, RestoreCommand.class, FsckCommand.class, DemoCommand.class, RatesCommand.class,
            CurrencyCommand.class, ServeCommand.class, AuditCommand.class);

    /**
     * Adds the subcommand that {@code argv} names, or all of them when the help must list them or an
     * unknown word needs a suggestion. Picocli reads every command's model by reflection, and reading all
     * seventeen was 0.3 s of every run, most of a script's start.
     */
    static void addSubcommands(CommandLine cl, Argv argv) {
        Class<?> named = argv.command() == null ? null : COMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(argv.command())).findFirst().orElse(null);
        if (named != null) {
            cl.addSubcommand(named);
        } else if (argv.command() != null || argv.help()) {
            COMMANDS.forEach(cl::addSubcommand);
        }
    }

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

    @Option(names = "--demo", description = "Open a sample store in a temporary directory, with two users and two years of data.")
    boolean demo;

    /**
     * Without a command: the full-screen app (first run: create the administrator). Outside a
     * terminal, as in a script, it only reports on the store, and creates none.
     */
    @Override
    public Integer call() throws IOException {
        String hint = null;
        if (demo) {
            Path dir = SecureFiles.ensureDirectory(Files.createTempDirectory("finterm-demo-"));
            cli.afterClose(() -> deleteTree(dir));
            data = dir;
            DemoService.Demo made = cli.backendCreatingStore().services().demo().seed(new DemoService.Options(2, 0, 42));
            hint = made.hint();
        }
        // Outside a terminal, as in a script, only an existing store is opened (Cli.backend says why);
        // in a terminal the first run creates the store and asks for the administrator.
        Backend b = System.console() == null && !demo ? cli.backend() : cli.backendCreatingStore();
        if (System.console() == null) {
            cli.out.println("finterm " + Version.VERSION + ": store in " + b.dataDirectory() + " (" + b.services().maintenance().howOpened() + ")");
            if (!b.services().accounts().hasUsers()) {
                cli.out.println("No account yet: create the administrator with  finterm init --admin NAME");
            }
            return 0;
        }
        return cli.apps.fullScreen(b, cli.ascii(), hint);
    }

    private static void deleteTree(Path dir) {
        try {
            SecureFiles.deleteTree(dir);
        } catch (IOException e) {
            LoggerFactory.getLogger(Root.class).warn("could not remove the demo store {}: {}", dir, e.getMessage());
        }
    }
}
