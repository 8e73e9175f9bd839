package io.finterm.service;

import java.time.Duration;
import java.util.Currency;

/**
 * The account rules from the configuration: how many consecutive failed logins lock an account and
 * for how long, how long a session may stay idle, the base currency of new users, and the beat a
 * failed login's answer waits for (zero: none), which hides how it failed.
 */
public record AccountSettings(int lockoutFailures, Duration lockoutDuration, Duration idleTimeout, Currency baseCurrency,
                              Duration failureBeat) {
    public AccountSettings {
        if (lockoutFailures < 1) {
            throw new IllegalArgumentException("lockout.failures must be at least 1");
        }
    }

    /** The rules without a beat: failed logins answer as soon as they are checked (tests and benchmarks). */
    public AccountSettings(int lockoutFailures, Duration lockoutDuration, Duration idleTimeout, Currency baseCurrency) {
        this(lockoutFailures, lockoutDuration, idleTimeout, baseCurrency, Duration.ZERO);
    }
}
