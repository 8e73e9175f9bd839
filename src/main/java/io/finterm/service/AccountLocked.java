package io.finterm.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Too many failed logins locked the account; it opens again at {@link #until()}. */
public class AccountLocked extends LoginFailed {
    private final Instant until;

    public AccountLocked(Instant until, ZoneId zone) {
        super("locked until " + DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(until));
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
