package io.finterm.app;

import io.finterm.cli.Argv;
import io.finterm.cli.Backend;
import io.finterm.domain.FintermException;
import io.finterm.tui.TuiContext;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;

/**
 * {@code finterm} with no command, in a terminal ({@link Argv#plain()}): the full-screen app,
 * started for speed. It skips the command-line parser, paints the login screen at once, and opens
 * the store meanwhile on the background thread. Anything else goes through the full command line.
 */
final class FastStart {
    private FastStart() {
    }

    /**
     * Runs the full-screen app; returns the exit code. Whatever must be said about the store (its
     * upgrade, or why it did not open) goes to {@code err} once the full screen is gone, so that it
     * is not drawn over.
     *
     * @param screen runs the app on the terminal until it exits (the system terminal, but for tests)
     */
    static int run(Argv argv, Map<String, String> env, Clock clock, PrintStream err, ToIntFunction<TuiContext> screen) {
        Wiring wiring;
        Backend.FullScreen settings;
        try {
            wiring = Wiring.load(argv.data(), argv.config(), env, clock);
            settings = wiring.fullScreen();
        } catch (FintermException e) {
            err.println("finterm: " + e.getMessage());
            return 1;
        }
        ExecutorService background = Wiring.backgroundThread();
        CompletableFuture<Backend> backend = new CompletableFuture<>();
        List<String> upgraded = new CopyOnWriteArrayList<>();
        AtomicBoolean started = new AtomicBoolean();
        Runnable open = () -> {
            started.set(true);
            background.execute(() -> {
                try {
                    backend.complete(wiring.open(upgraded::add));
                } catch (Throwable e) { // an Error too: the exit below waits for this future and must not wait for ever
                    backend.completeExceptionally(e);
                }
            });
        };
        try {
            return screen.applyAsInt(Wiring.context(backend.thenApply(Backend::services), settings, clock,
                    argv.ascii() || !Locales.utf8(env), Wiring.storeLine(wiring.directory()), null, background, open));
        } catch (FintermException e) {
            err.println("finterm: " + e.getMessage());
            return 1;
        } finally {
            try {
                if (started.get()) {
                    Backend opened = backend.handle((b, e) -> b).join(); // an open still under way is waited for, then closed
                    if (opened != null) {
                        opened.close();
                    }
                }
            } finally {
                background.shutdownNow();
            }
            upgraded.forEach(err::println);
            if (backend.isCompletedExceptionally()) {
                err.println("finterm: " + message(backend));
            }
        }
    }

    private static String message(CompletableFuture<Backend> backend) {
        try {
            backend.join();
            return "";
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause instanceof FintermException ? cause.getMessage() : cause.toString();
        }
    }
}
