package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The beat only ever holds an answer back, to the next multiple of the beat since the login began. */
class LoginBeatTest {
    private static final long BEAT = Duration.ofMillis(50).toNanos();

    @Test
    void aFailureIsNotAnsweredBeforeTheFirstBeat() {
        long started = System.nanoTime();
        new LoginBeat(Duration.ofNanos(BEAT)).answerFailure(started);
        long waited = System.nanoTime() - started;
        assertTrue(waited >= BEAT, waited + " ns");
    }

    @Test
    void aFailureThatTookLongerThanABeatWaitsForTheNextOne() {
        long started = System.nanoTime() - BEAT - BEAT / 2; // the check itself took a beat and a half
        new LoginBeat(Duration.ofNanos(BEAT)).answerFailure(started);
        long waited = System.nanoTime() - started;
        assertTrue(waited >= 2 * BEAT, waited + " ns");
    }
}
