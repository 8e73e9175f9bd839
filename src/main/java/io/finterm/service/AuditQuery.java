package io.finterm.service;

import io.finterm.domain.ValidationException;
import java.time.LocalDate;

/**
 * What an administrator asks of the audit log.
 *
 * @param from  the first day to show (in the store's time zone), or {@code null} for all
 * @param user  only the events that concern this account, or {@code null} for everyone's
 * @param limit at most this many events, the newest
 */
public record AuditQuery(LocalDate from, String user, int limit) {
    public static final int MAX_LIMIT = 100_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (user != null && user.isBlank()) {
            user = null;
        }
    }
}
