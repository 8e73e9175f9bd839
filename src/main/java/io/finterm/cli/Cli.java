package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.report.AmountFormat;
import io.finterm.service.CatchUp;
import io.finterm.service.Due;
import io.finterm.service.MaintenanceService;
import io.finterm.service.Services;
import io.finterm.service.Session;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * What every command needs: the streams, the environment, the store and services (opened on first
 * use and closed at the end), and the passwords. Also turns errors into one sentence and an exit code.
 */
public final class Cli implements AutoCloseable {
    /** How many posted occurrences the line after a login names; the rest are counted. */
    private static final int SHOWN_POSTED = 5;
    final PrintStream out;
    final PrintStream err;
    final InputStream in;
    final Clock clock;
    /** Whether the output can show Unicode (a UTF-8 locale); charts fall back to ASCII otherwise. */
    final boolean unicode;
    private final Backend.Factory factory;
    final Backend.Apps apps;
    private Root root;
    private Backend backend;
    private Passwords passwords;
    private final java.util.List<Runnable> afterClose = new java.util.ArrayList<>();

    private Cli(PrintStream out, PrintStream err, InputStream in, Clock clock, boolean unicode, Backend.Factory factory,
                Backend.Apps apps) {
        this.apps = apps;
        this.out = out;
        this.unicode = unicode;
        this.err = err;
        this.in = in;
        this.clock = clock;
        this.factory = factory;
    }

    /** Runs the scanned arguments; returns the exit code. */
    public static int run(Argv argv, PrintStream out, PrintStream err, InputStream in, Clock clock, boolean unicode,
                          Backend.Factory factory, Backend.Apps apps) {
        try (Cli cli = new Cli(out, err, in, clock, unicode, factory, apps)) {
            Root root = new Root(cli);
            cli.root = root;
            CommandLine cl = new CommandLine(root);
            Root.addSubcommands(cl, argv);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                if (e instanceof FintermException) {
                    err.println("finterm: " + e.getMessage());
                } else {
                    err.println("finterm: unexpected error: " + e);
                    LoggerFactory.getLogger(Cli.class).error("unexpected error", e);
                }
                if (root.debug) {
                    e.printStackTrace(err);
                }
                return 1;
            });
            return cl.execute(argv.args());
        }
    }

    /** Whether to draw with ASCII only: asked for with {@code --ascii}, or the locale cannot show Unicode. */
    boolean ascii() {
        return root.asciiOnly || !unicode;
    }

    /**
     * The store and services, opened on first use so that {@code --help} touches no file. Only an
     * existing store is opened: a mistyped {@code --data} in a script must not leave a new, empty store
     * behind, so only the commands that make a store ({@link #backendCreatingStore()}) create one.
     */
    Backend backend() {
        // A file where the directory should be gets its own sentence when the open tries to use it.
        if (backend == null && !Files.isRegularFile(dataDirectory()) && !MaintenanceService.storeExists(dataDirectory())) {
            throw new FintermException("no finterm store in " + dataDirectory() + " (finterm init creates one)");
        }
        return backendCreatingStore();
    }

    /** The store and services, creating the store when there is none: for init, demo, restore, serve and the app. */
    Backend backendCreatingStore() {
        if (backend == null) {
            backend = factory.open(root.data, root.config);
        }
        return backend;
    }

    /** The data directory, without opening the store in it. */
    Path dataDirectory() {
        return backend != null ? backend.dataDirectory() : factory.directory(root.data, root.config);
    }

    /** Whether {@code --password-stdin} was given: standard input then holds passwords, and nothing is asked on a terminal. */
    boolean passwordsFromStdin() {
        return root.passwordStdin;
    }

    /**
     * Reads {@code --password-stdin}'s passwords from {@code lines} instead of standard input: for a
     * command whose standard input is also its data, and which has taken the password lines off it.
     */
    void passwordsFrom(InputStream lines) {
        passwords = Passwords.fromStdin(lines);
    }

    Passwords passwords() {
        if (passwords == null) {
            passwords = root.passwordStdin ? Passwords.fromStdin(in) : Passwords.fromTerminal(System.console());
        }
        return passwords;
    }

    /**
     * Logs {@code username} in with a password from {@link #passwords()}, then catches up their schedules, as every
     * command that opens a user's data does first: what it posted and what waits are said on stderr, so that stdout
     * stays the command's own output.
     */
    Session login(String username) {
        return login(username, true);
    }

    /**
     * {@link #login(String)}, saying what waits for approval only when {@code waitingNotice}: the {@code schedule}
     * commands leave that line out, since pointing to {@code schedule list} from a schedule command is noise (they
     * show the schedules and what waits themselves). What the catch-up posted is said either way.
     */
    Session login(String username, boolean waitingNotice) {
        Services services = backend().services();
        Session session = loginWithoutCatchUp(username);
        CatchUp caught;
        try {
            caught = services.schedules().catchUp(session);
        } catch (FintermException e) { // a catch-up that fails never fails the command typed: it is said, and tried again next time
            err.println("finterm: the scheduled transactions were not caught up: " + e.getMessage());
            return session;
        }
        if (!caught.posted().isEmpty()) {
            AmountFormat money = AmountFormat.display(!unicode);
            List<String> items = caught.posted().stream().limit(SHOWN_POSTED).map(p -> p.schedule() + " " + p.on() + " "
                    + money.signed(p.amount(), p.kind().isInflow())).toList();
            int more = caught.posted().size() - items.size();
            err.println("posted " + Plural.of(caught.posted().size(), "scheduled transaction") + ": " + String.join(", ", items)
                    + (more > 0 ? ", and " + more + " more" : ""));
        }
        long waiting = caught.waiting().stream().filter(Due::waiting).count();
        if (waitingNotice && waiting > 0) {
            err.println(Plural.of(waiting, "scheduled transaction") + (waiting == 1 ? " waits" : " wait")
                    + " for approval: finterm schedule list --as " + session.username());
        }
        return session;
    }

    /**
     * Logs {@code username} in with a password from {@link #passwords()}, without the catch-up: for {@code schedule run},
     * which is that catch-up and prints what it did as its own output rather than as a notice before it.
     */
    Session loginWithoutCatchUp(String username) {
        return backend().services().accounts().login(username, passwords().ask("Password for " + username), "cli");
    }

    /** Runs {@code cleanup} after the store is closed, as the last thing before exit. */
    void afterClose(Runnable cleanup) {
        afterClose.add(cleanup);
    }

    @Override
    public void close() {
        if (backend != null) {
            backend.close();
        }
        afterClose.forEach(Runnable::run);
    }
}
