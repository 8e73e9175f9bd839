package io.finterm.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account. The username is kept in lower case, so comparing names is case-insensitive; the
 * password is kept only as a self-describing Argon2id hash string.
 *
 * @param lastLoginAt  {@code null} until the first successful login
 * @param lockedUntil  {@code null} unless too many failed logins locked the account
 * @param defaultAccountId the account used wherever none is named; 0 only for a moment, while the
 *                     user and their first account are created in one transaction
 */
public record User(long id, String username, Role role, String passwordHash, Instant createdAt,
                   Instant lastLoginAt, int failedLogins, Instant lockedUntil, Currency baseCurrency,
                   long defaultAccountId) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{3,32}");

    public User {
        Ids.requirePositive("id", id);
        username = normalizeUsername(username);
        Ids.required("role", role);
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new ValidationException("password", "hash is required");
        }
        Ids.required("createdAt", createdAt);
        if (failedLogins < 0) {
            throw new ValidationException("failedLogins", "must not be negative");
        }
        Ids.required("baseCurrency", baseCurrency);
        if (defaultAccountId < 0) {
            throw new ValidationException("default account", "must be a positive id, not " + defaultAccountId);
        }
    }

    /** A new user, before their first account exists. */
    public User(long id, String username, Role role, String passwordHash, Instant createdAt,
                Instant lastLoginAt, int failedLogins, Instant lockedUntil, Currency baseCurrency) {
        this(id, username, role, passwordHash, createdAt, lastLoginAt, failedLogins, lockedUntil, baseCurrency, 0);
    }

    public User withDefaultAccount(long accountId) {
        return new User(id, username, role, passwordHash, createdAt, lastLoginAt, failedLogins, lockedUntil, baseCurrency,
                accountId);
    }

    // Each edit is a new record through the validating constructor; only the named fields change.

    public User withPasswordHash(String hash) {
        return new User(id, username, role, hash, createdAt, lastLoginAt, failedLogins, lockedUntil, baseCurrency, defaultAccountId);
    }

    public User withRole(Role newRole) {
        return new User(id, username, newRole, passwordHash, createdAt, lastLoginAt, failedLogins, lockedUntil, baseCurrency, defaultAccountId);
    }

    public User withBaseCurrency(Currency currency) {
        return new User(id, username, role, passwordHash, createdAt, lastLoginAt, failedLogins, lockedUntil, currency, defaultAccountId);
    }

    public User withLastLoginAt(Instant at) {
        return new User(id, username, role, passwordHash, createdAt, at, failedLogins, lockedUntil, baseCurrency, defaultAccountId);
    }

    /** The failed-login count and the lockout's end ({@code null}: not locked), which always change together. */
    public User withLockout(int failures, Instant until) {
        return new User(id, username, role, passwordHash, createdAt, lastLoginAt, failures, until, baseCurrency, defaultAccountId);
    }

    /** No failed logins counted and no lockout. */
    public User unlocked() {
        return withLockout(0, null);
    }

    /** The canonical (lower-case) form of a username, or a message saying which rule it breaks. */
    public static String normalizeUsername(String username) {
        String name = Text.clean(username).toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException("username",
                    "3 to 32 characters from a-z, 0-9, '.', '_' and '-'");
        }
        return name;
    }
}
