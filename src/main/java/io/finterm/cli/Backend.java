package io.finterm.cli;

import io.finterm.service.Services;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The open store and the services over it, as the application wires them ({@code app} builds it;
 * the command line sees the store only as something to close).
 *
 * @param farewellSeconds how long the full-screen app's farewell counts down
 * @param idleTimeout     how long without a key press before the full-screen app logs out
 * @param refreshRates    whether the full-screen app fetches exchange rates in the background
 * @param ssh             where {@code finterm serve} listens unless told otherwise
 */
public record Backend(Path dataDirectory, AutoCloseable store, Services services, int farewellSeconds, Duration idleTimeout,
                      boolean refreshRates, Ssh ssh) {
    /** Closes the store: waits for a commit in flight, then marks it clean. */
    public void close() {
        try {
            store.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SSH server's configured defaults. */
    public record Ssh(String bind, int port, int maxSessions) {
    }


    /** Opens the backend for the {@code --data} and {@code --config} options (either may be {@code null}). */
    public interface Factory {
        Backend open(Path data, Path config);

        /** The data directory the options choose, without opening anything there. */
        Path directory(Path data, Path config);
    }

    /** The long-running front ends, which the command line starts but does not know. */
    public interface Apps {
        /** Runs the full-screen app over an open backend until it exits; returns the exit code. */
        int fullScreen(Backend backend, boolean ascii, String loginHint);

        /** Serves the app over SSH until the process is told to stop; returns the exit code. */
        int serve(Backend backend, String bind, int port, int maxSessions);
    }
}
