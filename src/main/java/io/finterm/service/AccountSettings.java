package io.finterm.service;

import java.time.Duration;
import java.util.Currency;

/**
 * The account rules from the configuration: how many consecutive failed logins lock an account and
 * for how long, how long a session may stay idle, and the base currency of new users.
 */
public record AccountSettings(int lockoutFailures, Duration lockoutDuration, Duration idleTimeout, Currency baseCurrency) {
    public AccountSettings {
        if (lockoutFailures < 1) {
            throw new IllegalArgumentException("lockout.failures must be at least 1");
        }
    }
}
