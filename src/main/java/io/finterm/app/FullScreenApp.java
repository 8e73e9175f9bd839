package io.finterm.app;

import io.finterm.cli.Backend;
import io.finterm.tui.SystemTerminal;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The full-screen app on this terminal over a backend the command line opened ({@code --demo}, or
 * options that {@link FastStart} leaves to the parser), with one background thread for long work.
 */
final class FullScreenApp {
    private FullScreenApp() {
    }

    static int run(Backend backend, boolean ascii, String loginHint, Clock clock) {
        ExecutorService background = Wiring.backgroundThread();
        try {
            return SystemTerminal.run(Wiring.context(CompletableFuture.completedFuture(backend.services()), backend.fullScreen(), clock,
                    ascii, Wiring.storeLine(backend.dataDirectory()), loginHint, background, () -> { }));
        } finally {
            background.shutdownNow();
        }
    }
}
