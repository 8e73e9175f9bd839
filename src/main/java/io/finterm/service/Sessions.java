package io.finterm.service;

import io.finterm.domain.Role;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one place where a session is checked: it must not have ended, must not have been idle too
 * long, and its user must still exist. The role is read from the store each time, so a demotion or
 * a deletion takes effect on the very next call.
 */
final class Sessions {
    private final Store store;
    private final Clock clock;
    private final Duration idleTimeout;

    Sessions(Store store, Clock clock, Duration idleTimeout) {
        this.store = store;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The acting user, after checking that {@code session} may still act. */
    User active(Session session) {
        if (session == null) {
            throw new AccessDenied("please log in first");
        }
        Instant now = clock.instant();
        if (session.ended() == null && Duration.between(session.lastActivity(), now).compareTo(idleTimeout) > 0) {
            session.end(Session.End.IDLE);
        }
        if (session.ended() != null) {
            throw new AccessDenied(switch (session.ended()) {
                case IDLE -> "your session ended after " + idleTimeout.toMinutes() + " minutes without activity; please log in again";
                case ACCOUNT_REMOVED -> "your account was removed by an administrator";
                case LOGOUT -> "you are logged out; please log in again";
            });
        }
        User user = store.read(rd -> rd.get(Schema.USERS, session.userId())).orElse(null);
        if (user == null) {
            session.end(Session.End.ACCOUNT_REMOVED);
            throw new AccessDenied("your account was removed by an administrator");
        }
        session.touch(now);
        return user;
    }

    /** The acting user, who must be an admin now (not merely at login). */
    User admin(Session session, String what) {
        User user = active(session);
        if (user.role() != Role.ADMIN) {
            throw new AccessDenied("only an administrator may " + what);
        }
        return user;
    }
}
