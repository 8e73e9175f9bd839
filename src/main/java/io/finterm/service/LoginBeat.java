package io.finterm.service;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Holds a failed login's answer until the next multiple of the beat since it began, so that the
 * small differences between the ways to fail (a known name's failure is also written to disk) do
 * not show in the time the answer takes. A beat of zero answers at once. Not final, so that a test
 * can see whether a login waited for it.
 */
class LoginBeat {
    /** The last part of the wait is spun rather than slept, to end it on time. */
    private static final long SPIN_NANOS = 2_000_000;

    private final long beat;

    LoginBeat(Duration beat) {
        this.beat = beat.toNanos();
    }

    /** Waits for the beat of a failed login that began at {@code started} ({@link System#nanoTime()}). */
    void answerFailure(long started) {
        if (beat <= 0) {
            return;
        }
        long elapsed = System.nanoTime() - started;
        long answerAt = started + (elapsed / beat + 1) * beat;
        try {
            // Sleep to just short of the beat, then spin: a sleep alone wakes tens of microseconds late, and not equally late.
            TimeUnit.NANOSECONDS.sleep(answerAt - SPIN_NANOS - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        while (System.nanoTime() < answerAt) {
            Thread.onSpinWait();
        }
    }
}
