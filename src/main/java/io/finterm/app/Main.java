package io.finterm.app;

import io.finterm.cli.Backend;
import io.finterm.cli.Cli;
import io.finterm.service.Services;
import io.finterm.store.Store;
import java.io.InputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The entry point: wires the configuration, the store and the services, and hands over to the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        // In a UTF-8 locale, write UTF-8 whatever the JVM guessed: a minimal container often lacks the
        // locale's data, and Java 17 would then print every box and block character as '?'.
        PrintStream out = Locales.utf8(env) ? new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8) : System.out;
        PrintStream err = Locales.utf8(env) ? new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8) : System.err;
        FastStart.Options plain = System.console() != null ? FastStart.Options.parse(args) : null;
        System.exit(plain != null ? FastStart.run(plain, env, Clock.systemDefaultZone()) : run(args, out, err, System.in, env, Clock.systemDefaultZone()));
    }

    /** Runs finterm; returns the exit code: 0 success, 2 usage error, 1 anything else. */
    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Clock clock) {
        return Cli.run(args, out, err, in, clock, Locales.utf8(env), new Backend.Factory() {
                    @Override
                    public Backend open(Path data, Path config) {
                        return Main.open(data, config, env, clock, err);
                    }

                    @Override
                    public Path directory(Path data, Path config) {
                        return data != null ? data : Config.load(config, env).dataDirectory();
                    }
                },
                new Backend.Apps() {
                    @Override
                    public int fullScreen(Backend backend, boolean ascii, String loginHint) {
                        return FullScreenApp.run(backend, ascii, loginHint, clock);
                    }

                    @Override
                    public int serve(Backend backend, String bind, int port, int maxSessions) {
                        return ServeApp.run(backend, bind, port, maxSessions, clock, out);
                    }
                });
    }

    /**
     * Opens the store in the chosen data directory, with the log beside it, and builds the services;
     * an upgrade of the store's format is told on {@code err}.
     */
    static Backend open(Path data, Path configFile, Map<String, String> env, Clock clock, PrintStream err) {
        Config config = Config.load(configFile, env);
        Path dir = data != null ? data : config.dataDirectory();
        Logging.toDirectory(dir);
        Store store = Store.open(dir);
        if (store.migration() != null) {
            err.println("finterm: " + store.migration().describe());
        }
        try {
            return new Backend(dir, store, new Services(store, Settings.from(config), clock, dir.resolve("exports")),
                    config.integer("farewell.seconds", 0, 60), Settings.accounts(config).idleTimeout(), config.bool("rates.auto.refresh"),
                    new Backend.Ssh(config.string("ssh.bind"), config.integer("ssh.port", 0, 65_535), config.integer("ssh.max.sessions", 1, 10_000)));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
