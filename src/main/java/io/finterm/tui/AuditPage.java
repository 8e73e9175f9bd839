package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AuditEvent;
import io.finterm.report.Table;
import io.finterm.service.AuditQuery;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of audit events, newest first, to scroll through; the selected event's detail shows in full
 * on the last line. For an administrator ({@code l} on the Admin screen) it is the whole log, with who
 * acted on whose account; for anyone ({@code F4} on the Settings screen) it is the security events of
 * their own account. It can be read here, never changed.
 */
final class AuditPage extends Page {
    /** How many events the administrator's view reads, the newest. */
    static final int ADMIN_LIMIT = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final boolean everyone;
    private List<AuditEvent> events = List.of();
    private int selected;
    private int page = 10;

    private AuditPage(Tui tui, boolean everyone) {
        super(tui);
        this.everyone = everyone;
    }

    /** The whole audit log, for an administrator. */
    static AuditPage log(Tui tui) {
        return new AuditPage(tui, true);
    }

    /** The security events of the person's own account. */
    static AuditPage own(Tui tui) {
        return new AuditPage(tui, false);
    }

    @Override
    String title() {
        return everyone ? "Audit log" : "Account activity";
    }

    @Override
    void shown() {
        events = everyone ? tui.services().audit().list(tui.session(), new AuditQuery(null, null, ADMIN_LIMIT))
                : tui.services().audit().ownSecurity(tui.session());
        selected = Math.max(0, Math.min(selected, events.size() - 1));
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (type) {
            case ArrowDown -> select(1);
            case ArrowUp -> select(-1);
            case PageDown -> select(page);
            case PageUp -> select(-page);
            case Home -> select(-selected);
            case End -> select(events.size());
            default -> {
                if (c == 'j') {
                    select(1);
                } else if (c == 'k') {
                    select(-1);
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private void select(int by) {
        selected = Math.max(0, Math.min(events.size() - 1, selected + by));
    }

    @Override
    void draw(Painter p) {
        ZoneId zone = tui.ctx().clock().getZone();
        p.text(1, 0, everyone ? "Audit log, newest first" : "Your account's logins, failed attempts, password and keys, newest first",
                Style.TITLE);
        if (events.isEmpty()) {
            p.text(2, 2, "no events yet", Style.MUTED);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (AuditEvent e : events) {
            String at = WHEN.format(e.at().atZone(zone));
            rows.add(everyone ? List.of(at, dash(e.actor()), dash(e.user()), e.event(), e.from())
                    : List.of(at, e.event(), e.from(), e.detail()));
        }
        Table table = Table.of(everyone ? List.of("at", "actor", "user", "event", "from") : List.of("at", "event", "from", "detail"), rows);
        int height = Math.max(2, p.height() - 3);
        page = Math.max(1, height - 2);
        Grid.draw(p, 2, height, table, selected);
        AuditEvent e = events.get(selected);
        String detail = e.detail().isEmpty() ? "" : "  " + e.detail();
        p.text(1, p.height() - 1, e.event() + (everyone ? " · " + dash(e.actor()) + " → " + dash(e.user()) : "") + detail, Style.MUTED);
    }

    /** Nobody (a lockout, a failed login) or no account (the name typed was none) shows as "-". */
    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a page up or down"),
                new KeyHelp("Home End", "the newest, the oldest"),
                new KeyHelp("Esc", everyone ? "back to the accounts" : "back to the settings"));
    }

    @Override
    String hints() {
        return "↑ ↓ move  PgUp PgDn scroll  Esc back";
    }
}
