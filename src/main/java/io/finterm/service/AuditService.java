package io.finterm.service;

import io.finterm.domain.AuditEvent;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading the audit log: administrators read all of it, each person the security events of their own
 * account. Nothing here changes or deletes an event; only {@link #pruneExpired} drops what is older
 * than the configured retention, and it is the server's daily run that calls it, not a person.
 */
public final class AuditService {
    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    /** What a person sees of their own account: how and from where it was used, and its keys. */
    static final Set<String> OWN_EVENTS = Set.of("login.ok", "login.failed", "login.locked", "password.changed",
            "user.password-reset", "user.unlocked", "key.added", "key.removed");
    /** How many of their own events a person sees, the newest. */
    public static final int OWN_LIMIT = 100;

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;
    /** How long an event is kept ({@code audit.keep.days}): fixed here so that no caller chooses what goes. */
    private final Duration keep;

    /** The audit log over {@code store}, keeping each event for {@code keep}. */
    public AuditService(Store store, AccountService accounts, Duration keep) {
        if (keep == null || keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("the audit log must keep its events for some days, not " + keep);
        }
        this.store = store;
        this.sessions = accounts.sessions();
        this.clock = accounts.clock();
        this.keep = keep;
    }

    /** The events {@code q} asks for, newest first; for administrators only. */
    public List<AuditEvent> list(Session admin, AuditQuery q) {
        sessions.admin(admin, "read the audit log");
        Instant from = q.from() == null ? Instant.MIN : q.from().atStartOfDay(clock.getZone()).toInstant();
        Predicate<AuditEvent> wanted = e -> !e.at().isBefore(from);
        if (q.user() != null) {
            String name = User.normalizeUsername(q.user());
            return store.read(rd -> newest(rd, name, wanted, q.limit()));
        }
        return store.read(rd -> {
            // the table runs oldest first: keep the newest {limit} that match
            Deque<AuditEvent> kept = new ArrayDeque<>();
            rd.forEach(Schema.AUDIT, e -> {
                if (wanted.test(e)) {
                    kept.addFirst(e);
                    if (kept.size() > q.limit()) {
                        kept.removeLast();
                    }
                }
            });
            return List.copyOf(kept);
        });
    }

    /**
     * The security events of the acting person's own account, newest first (at most {@link #OWN_LIMIT}):
     * logins and from where, failed attempts, lockouts, password changes and keys. Events of an earlier
     * account of the same name, since deleted, are not theirs and are left out.
     */
    public List<AuditEvent> ownSecurity(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> newest(rd, user.username(),
                e -> OWN_EVENTS.contains(e.event()) && !e.at().isBefore(user.createdAt()), OWN_LIMIT));
    }

    /**
     * Drops the events older than the configured retention ({@code audit.keep.days}), counted back from
     * now: what the server's daily run applies. Takes no session (no person calls it) and no cutoff, so
     * that no caller can choose to drop more than the retention lets go.
     *
     * @return how many events went
     */
    public int pruneExpired() {
        return pruneOlderThan(clock.instant().minus(keep));
    }

    /** Drops the events from before {@code cutoff}; package-private: only {@link #pruneExpired} chooses it. */
    int pruneOlderThan(Instant cutoff) {
        int dropped = store.write(tx -> {
            List<Long> old = new ArrayList<>();
            tx.forEach(Schema.AUDIT, e -> {
                if (e.at().isBefore(cutoff)) {
                    old.add(e.id());
                }
            });
            old.forEach(id -> tx.delete(Schema.AUDIT, id));
            return old.size();
        });
        if (dropped > 0) {
            log.info("audit: dropped {} events from before {}", dropped, cutoff);
        }
        return dropped;
    }

    /** {@code user}'s events that pass {@code wanted}, newest first, at most {@code limit}. */
    private static List<AuditEvent> newest(ReadTx rd, String user, Predicate<AuditEvent> wanted, int limit) {
        List<AuditEvent> out = new ArrayList<>();
        Paging paging = Paging.first(Math.min(limit, 500)).reversed();
        while (out.size() < limit) {
            Page<AuditEvent> page = rd.scan(Schema.AUDIT_BY_USER, KeyRange.prefix(user), paging);
            for (AuditEvent e : page.rows()) {
                if (wanted.test(e) && out.size() < limit) {
                    out.add(e);
                }
            }
            if (!page.hasMore()) {
                break;
            }
            paging = paging.after(page.lastKey());
        }
        return out;
    }
}
