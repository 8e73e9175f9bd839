package io.finterm.cli;

import io.finterm.service.Services;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The open store and the services over it, as the application wires them ({@code app} builds it;
 * the command line sees the store only as something to close).
 *
 * @param fullScreen how the full-screen app behaves, locally and over SSH
 * @param ssh        where {@code finterm serve} listens unless told otherwise
 */
public record Backend(Path dataDirectory, AutoCloseable store, Services services, FullScreen fullScreen, Ssh ssh) {
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

    /**
     * The full-screen app's configured behaviour.
     *
     * @param farewellSeconds how long the farewell counts down
     * @param idleTimeout     how long without a key press before it logs out
     * @param refreshRates    whether it fetches exchange rates in the background
     */
    public record FullScreen(int farewellSeconds, Duration idleTimeout, boolean refreshRates) {
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
