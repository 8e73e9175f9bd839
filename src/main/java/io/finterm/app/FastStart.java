package io.finterm.app;

import io.finterm.cli.Version;
import io.finterm.domain.FintermException;
import io.finterm.service.Services;
import io.finterm.store.Store;
import io.finterm.tui.SystemTerminal;
import io.finterm.tui.TuiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code finterm} with no command, in a terminal: the full-screen app, started for speed. It skips
 * the command-line parser, paints the login screen at once, and opens the store meanwhile on another
 * thread. Only {@code --data}, {@code --config} and {@code --ascii} are understood here; anything
 * else goes through the full command line.
 */
final class FastStart {
    private FastStart() {
    }

    /** The options of a plain start, or {@code null} when {@code args} need the command line. */
    record Options(Path data, Path config, boolean ascii) {
        static Options parse(String[] args) {
            Path data = null;
            Path config = null;
            boolean ascii = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--ascii" -> ascii = true;
                    case "--data" -> {
                        if (++i == args.length) {
                            return null;
                        }
                        data = Path.of(args[i]);
                    }
                    case "--config" -> {
                        if (++i == args.length) {
                            return null;
                        }
                        config = Path.of(args[i]);
                    }
                    default -> {
                        return null;
                    }
                }
            }
            return new Options(data, config, ascii);
        }
    }

    static int run(Options options, Map<String, String> env, Clock clock) {
        Config config = Config.load(options.config(), env);
        Path dir = options.data() != null ? options.data() : config.dataDirectory();
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "finterm-background");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Store> store = new CompletableFuture<>();
        CompletableFuture<Services> services = store.thenApply(s -> new Services(s, Settings.from(config), clock, dir.resolve("exports")));
        AtomicBoolean started = new AtomicBoolean();
        Runnable open = () -> {
            started.set(true);
            background.execute(() -> {
                try {
                    Logging.toDirectory(dir);
                    store.complete(Store.open(dir));
                } catch (RuntimeException e) {
                    store.completeExceptionally(e);
                }
            });
        };
        try {
            return SystemTerminal.run(new TuiContext(services, clock, options.ascii() || !Locales.utf8(env),
                    config.integer("farewell.seconds", 0, 60), Settings.accounts(config).idleTimeout(),
                    "finterm " + Version.VERSION + " · store " + dir, null, background, open, config.bool("rates.auto.refresh")));
        } finally {
            if (started.get()) {
                Store opened = store.handle((s, e) -> s).join(); // an open still under way is waited for, then closed
                if (opened != null) {
                    opened.close();
                    if (opened.migration() != null) { // said once the full screen is gone, so that it is not drawn over
                        System.err.println("finterm: " + opened.migration().describe());
                    }
                }
            }
            background.shutdownNow();
            if (store.isCompletedExceptionally()) {
                System.err.println("finterm: " + message(store));
            }
        }
    }

    private static String message(CompletableFuture<Store> store) {
        try {
            store.join();
            return "";
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause instanceof FintermException ? cause.getMessage() : cause.toString();
        }
    }
}
