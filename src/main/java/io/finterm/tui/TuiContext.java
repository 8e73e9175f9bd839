package io.finterm.tui;

import io.finterm.service.Services;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What the full-screen app needs from the wiring.
 *
 * @param services    the services, which may still be opening: the login screen paints without them
 * @param storeLine   the version and store line at the bottom of the login screen
 * @param loginHint   a line shown on the login screen (the demo's credentials), or {@code null}
 * @param background  where long work runs; its results come back on the GUI thread
 * @param afterFirstPaint runs once the first screen is on the terminal: the time to start opening
 *                    the store, which would otherwise compete with the first paint for the CPU
 * @param refreshRates whether to fetch the ECB's rates in the background, at most once a day
 * @param localFiles  whether the person sits at the machine finterm runs on, so that the import screen may
 *                    browse and read its files; over SSH it must not (they are the server's), and it says
 *                    how to send a file instead
 * @param sshCommand  over SSH, how this person reaches the server ({@code ssh -p 2222 alice@host}), for that
 *                    advice; {@code null} on a local terminal
 */
public record TuiContext(CompletableFuture<Services> services, Clock clock, boolean ascii, int farewellSeconds, Duration idleTimeout,
                         String storeLine, String loginHint, Executor background, Runnable afterFirstPaint, boolean refreshRates,
                         boolean localFiles, String sshCommand) {
    /** The context of an app on this machine's own terminal, which may read its files. */
    public TuiContext(CompletableFuture<Services> services, Clock clock, boolean ascii, int farewellSeconds, Duration idleTimeout,
                      String storeLine, String loginHint, Executor background, Runnable afterFirstPaint, boolean refreshRates) {
        this(services, clock, ascii, farewellSeconds, idleTimeout, storeLine, loginHint, background, afterFirstPaint, refreshRates, true, null);
    }

    /** This context for a person connected over SSH as {@code sshCommand}: the server's files are not theirs to browse. */
    public TuiContext remote(String sshCommand) {
        return new TuiContext(services, clock, ascii, farewellSeconds, idleTimeout, storeLine, loginHint, background, afterFirstPaint,
                refreshRates, false, sshCommand);
    }
}
