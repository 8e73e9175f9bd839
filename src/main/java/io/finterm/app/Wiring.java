package io.finterm.app;

import io.finterm.cli.Backend;
import io.finterm.cli.Version;
import io.finterm.service.Services;
import io.finterm.store.Store;
import io.finterm.tui.TuiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one place that builds what a start needs from the options and the configuration: the backend
 * (the store, opened with the log beside it, and the services over it) and the full-screen app's
 * context. Every start goes through it: the command line, the fast start of the full screen, the
 * SSH server and the build's warm-up.
 */
final class Wiring {
    private final Config config;
    private final Path directory;
    private final Clock clock;

    private Wiring(Config config, Path directory, Clock clock) {
        this.config = config;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Reads the configuration and chooses the data directory; opens nothing.
     *
     * @param data       {@code --data}, or {@code null} for the configured directory
     * @param configFile {@code --config}, or {@code null}
     */
    static Wiring load(Path data, Path configFile, Map<String, String> env, Clock clock) {
        Config config = Config.load(configFile, env);
        return new Wiring(config, data != null ? data : config.dataDirectory(), clock);
    }

    Path directory() {
        return directory;
    }

    /** How the configuration says the full-screen app behaves; known before the store is open. */
    Backend.FullScreen fullScreen() {
        return new Backend.FullScreen(config.integer("farewell.seconds", 0, 60), Settings.accounts(config).idleTimeout(),
                config.bool("rates.auto.refresh"));
    }

    /**
     * Opens the store in the data directory, with the log beside it, and builds the services. When
     * the open upgraded the store's format, {@code upgraded} gets the sentence that says so, once:
     * the caller chooses when it is shown (at once on the command line, after the full screen).
     */
    Backend open(Consumer<String> upgraded) {
        Logging.toDirectory(directory);
        Store store = Store.open(directory);
        try {
            if (store.migration() != null) {
                upgraded.accept("finterm: " + store.migration().describe());
            }
            Services services = new Services(store, Settings.from(config), clock, directory.resolve("exports"));
            // the one start path of the command line, the full-screen app and the server: retention runs here once
            UndoPruning.run(services.undo(), "opening the store");
            return new Backend(directory, store, services,
                    fullScreen(), new Backend.Ssh(config.string("ssh.bind"), config.integer("ssh.port", 0, 65_535),
                    config.integer("ssh.max.sessions", 1, 10_000)));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The full-screen app's context, on this terminal or over SSH.
     *
     * @param services        the services, which may still be opening
     * @param storeLine       the line at the bottom of the login screen ({@link #storeLine(Path)} on this terminal)
     * @param afterFirstPaint what to start once the login screen is painted
     */
    static TuiContext context(CompletableFuture<Services> services, Backend.FullScreen settings, Clock clock, boolean ascii,
                              String storeLine, String loginHint, Executor background, Runnable afterFirstPaint) {
        // local files: the SSH server makes its sessions' contexts remote (SshServerApp), so that they never browse its disk
        return new TuiContext(services, clock, ascii, settings.farewellSeconds(), settings.idleTimeout(), storeLine, loginHint,
                background, afterFirstPaint, settings.refreshRates(), true, null);
    }

    /** The login screen's last line on this terminal: the version, and which store is open. */
    static String storeLine(Path directory) {
        return "finterm " + Version.VERSION + " · store " + directory;
    }

    /** The one thread on which a full-screen app on this terminal does its long work. */
    static ExecutorService backgroundThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "finterm-background");
            t.setDaemon(true);
            return t;
        });
    }
}
