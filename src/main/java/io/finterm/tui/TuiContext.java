package io.finterm.tui;

import io.finterm.service.Services;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * What the full-screen app needs from the wiring.
 *
 * @param storeLine   the version and store line at the bottom of the login screen
 * @param loginHint   a line shown on the login screen (the demo's credentials), or {@code null}
 * @param background  where long work runs; its results come back on the GUI thread
 */
public record TuiContext(Services services, Clock clock, boolean ascii, int farewellSeconds, Duration idleTimeout,
                         String storeLine, String loginHint, Executor background) {
}
