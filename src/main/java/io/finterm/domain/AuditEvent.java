package io.finterm.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One entry of the append-only audit log: account administration and security events. It holds
 * names, never ids (a deleted user's events must still say who), and no secrets and no financial data.
 *
 * @param actor  who did it: a username, or empty for finterm itself (a lockout)
 * @param user   whose account it concerns; for a failed login of a name that does not exist, empty
 * @param event  a dotted code such as {@code user.created} or {@code login.failed}
 * @param from   where it came from: {@code terminal}, {@code cli}, or {@code ssh 192.0.2.7}
 * @param detail a few words more (the new role, the key's fingerprint); never a secret
 */
public record AuditEvent(long id, Instant at, String actor, String user, String event, String from, String detail) {
    private static final Pattern EVENT = Pattern.compile("[a-z]+(\\.[a-z-]+)+");
    public static final int MAX_TEXT = 200;

    public AuditEvent {
        Ids.requirePositive("id", id);
        Ids.required("at", at);
        actor = Text.field("actor", actor, MAX_TEXT, false);
        user = Text.field("user", user, MAX_TEXT, false);
        Ids.required("event", event);
        if (!EVENT.matcher(event).matches()) {
            throw new ValidationException("event", "'" + Text.clean(event) + "' is not a dotted event code");
        }
        from = Text.field("from", from, MAX_TEXT, false);
        detail = Text.field("detail", detail, MAX_TEXT, false);
    }
}
