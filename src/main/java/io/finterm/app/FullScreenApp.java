package io.finterm.app;

import io.finterm.cli.Backend;
import io.finterm.cli.Version;
import io.finterm.tui.SystemTerminal;
import io.finterm.tui.TuiContext;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires the full-screen app over an open backend, with one background thread for long work. */
final class FullScreenApp {
    private FullScreenApp() {
    }

    static int run(Backend backend, boolean ascii, String loginHint, Clock clock) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "finterm-background");
            t.setDaemon(true);
            return t;
        });
        try {
            return SystemTerminal.run(new TuiContext(java.util.concurrent.CompletableFuture.completedFuture(backend.services()), clock, ascii, backend.farewellSeconds(), backend.idleTimeout(),
                    "finterm " + Version.VERSION + " · store " + backend.dataDirectory(), loginHint, background, () -> { }, backend.refreshRates()));
        } finally {
            background.shutdownNow();
        }
    }
}
