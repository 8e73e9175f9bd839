package io.finterm.service;

import io.finterm.domain.AuditEvent;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.Clock;

/**
 * Writes one event to the append-only audit log, inside the write transaction of what it records, so
 * that the event and the change commit together or not at all. Names, never ids; never a secret.
 * Only the services write here; no service changes or deletes an event (retention aside).
 */
final class AuditLog {
    private final Clock clock;

    AuditLog(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records {@code event}.
     *
     * @param actor who did it, or "" for finterm itself (a lockout) or someone not known (a failed login)
     * @param user  whose account it concerns, or ""
     */
    void record(WriteTx tx, String actor, String user, String event, String from, String detail) {
        tx.insert(Schema.AUDIT, new AuditEvent(tx.nextId(Schema.AUDIT), clock.instant(), actor, user, event,
                from == null ? "" : from, detail == null ? "" : detail));
    }

    /** An event that {@code session}'s own person caused on their own account. */
    void own(WriteTx tx, Session session, String event, String detail) {
        record(tx, session.username(), session.username(), event, session.from(), detail);
    }
}
