package io.finterm.tui;

import java.time.Instant;

/** A page that changes with time, such as the farewell's countdown: the app's timer ticks it. */
interface Ticking {
    /** Returns whether the page needs repainting. */
    boolean tick(Instant now);
}
