package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.service.LoginFailed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log on the Admin screen ({@code l}), and a person's own account activity on the Settings screen. */
class AuditScreenTest {
    /** The screen's lines that hold {@code text}. */
    private static List<String> linesWith(VirtualTui app, String text) {
        return app.screen().lines().filter(l -> l.contains(text)).toList();
    }

    @Test
    void theAdminScreenShowsTheAuditLogNewestFirstWithWhoAndFromWhereIn80Columns() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.clock.advance(Duration.ofMinutes(5));
        org.junit.jupiter.api.Assertions.assertThrows(LoginFailed.class,
                () -> app.services.accounts().login("alice", "not-her-password".toCharArray(), "ssh 192.0.2.7"));
        app.clock.advance(Duration.ofMinutes(5));
        app.logIn("root", VirtualTui.ROOT_PW).type("6").assertShows("Accounts").assertShows("l log");
        app.type("l").assertShows("Audit log, newest first");
        List<String> header = linesWith(app, "actor");
        assertEquals(1, header.size(), app.screen());
        assertTrue(header.get(0).matches("\\s*at\\s+actor\\s+user\\s+event\\s+from\\s*"), header.get(0));
        List<String> rows = app.screen().lines().filter(l -> l.contains("2026-11-24")).toList();
        assertTrue(rows.get(0).matches(".*2026-11-24 10:10\\s+root\\s+root\\s+login\\.ok\\s+terminal.*"), rows.get(0));
        assertTrue(rows.get(1).matches(".*2026-11-24 10:05\\s+-\\s+alice\\s+login\\.failed\\s+ssh 192\\.0\\.2\\.7.*"), rows.get(1));
        assertTrue(rows.get(2).matches(".*2026-11-24 10:00\\s+root\\s+alice\\s+user\\.created\\s+terminal.*"), rows.get(2));
        assertTrue(rows.get(rows.size() - 1).matches(".*2026-11-24 10:00\\s+-\\s+root\\s+user\\.created\\s+terminal.*"), rows.get(rows.size() - 1));
        app.assertShows("login.ok · root → root  password");
        app.press(KeyType.ArrowDown).assertShows("login.failed · - → alice  wrong password");
        app.press(KeyType.Escape).assertShows("Accounts").assertShows("last login");
    }

    @Test
    void aLongLogScrollsAndSaysWhichRowsAreShown() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        for (int i = 0; i < 40; i++) {
            app.clock.advance(Duration.ofMinutes(1));
            app.alice();
        }
        app.logIn("root", VirtualTui.ROOT_PW).type("6l").assertShows("Audit log, newest first").assertShows("rows 1–");
        app.press(KeyType.End).assertShows("user.created · - → root  admin").assertShows("of 44");
        app.press(KeyType.Home).assertShows("login.ok · root → root  password");
    }

    @Test
    void theSettingsScreenShowsThePreviousLoginAndTheFailedAttemptsSinceAndF4ShowsThemAll() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.alice(); // 10:00, from the terminal
        app.clock.advance(Duration.ofHours(2));
        app.services.accounts().login("alice", VirtualTui.ALICE_PW.toCharArray(), "ssh 192.0.2.7");
        app.clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 2; i++) {
            org.junit.jupiter.api.Assertions.assertThrows(LoginFailed.class,
                    () -> app.services.accounts().login("alice", "guessing-1".toCharArray(), "ssh 198.51.100.4"));
        }
        app.clock.advance(Duration.ofHours(1));
        app.logIn("alice", VirtualTui.ALICE_PW).type("5");
        app.assertShows("Previous login 2026-11-24 12:00 from ssh 192.0.2.7 · 2 failed attempts since").assertShows("F4 activity");
        app.press(KeyType.F4).assertShows("Your account's logins, failed attempts, password and keys, newest first");
        List<String> rows = app.screen().lines().filter(l -> l.contains("2026-11-24")).toList();
        assertEquals(5, rows.size(), app.screen());
        assertTrue(rows.get(0).matches(".*14:00\\s+login\\.ok\\s+terminal\\s+password.*"), rows.get(0));
        assertTrue(rows.get(1).matches(".*13:00\\s+login\\.failed\\s+ssh 198\\.51\\.100\\.4\\s+wrong password.*"), rows.get(1));
        assertTrue(rows.get(3).matches(".*12:00\\s+login\\.ok\\s+ssh 192\\.0\\.2\\.7\\s+password.*"), rows.get(3));
        app.press(KeyType.Escape).assertShows("SSH keys for finterm serve");
    }

    @Test
    void aFirstLoginSaysThereIsNoEarlierOne() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("5").assertShows("No earlier login · no failed attempts");
    }
}
