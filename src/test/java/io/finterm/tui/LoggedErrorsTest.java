package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import io.finterm.domain.Role;
import io.finterm.service.AccessDenied;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** Errors the app turns into something a person sees (or into the end of the app) still leave a line in the log. */
class LoggedErrorsTest {

    @Test
    void aTerminalThatFailsEndsTheAppAndTheLogSaysWhy() throws Exception {
        IOException reset = new IOException("Connection reset by peer");
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw reset;
            }

            @Override
            public int available() {
                return 0; // nothing to read yet: the first paint goes ahead, and the reader thread meets the error
            }
        };
        TerminalScreen screen = new TerminalScreen(new StreamTerminal(failing, OutputStream.nullOutputStream(), new TerminalSize(80, 24)));
        screen.startScreen();
        VirtualTui base = VirtualTui.withAlice(80, 24, false);
        try (LogCapture log = new LogCapture("io.finterm.tui")) {
            assertEquals(0, new Tui(screen, base.context(false, null)).run());
            List<LogRecord> logged = log.thrown(IOException.class);
            assertEquals(1, logged.size(), "the reader's error must be in the log");
            assertSame(reset, logged.get(0).getThrown());
            assertEquals(Level.WARNING, logged.get(0).getLevel());
        }
    }

    @Test
    void aPasswordChangeThatTheServiceRefusesIsShownInOneLineAndLogged() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW).type("5").assertShows("Base currency");
        Session root = app.services.accounts().login("root", VirtualTui.ROOT_PW.toCharArray(), "terminal");
        app.services.userAdmin().deleteUser(root, "alice"); // while alice is typing her new password
        try (LogCapture log = new LogCapture("io.finterm.tui")) {
            app.press(KeyType.Tab).type(VirtualTui.ALICE_PW).press(KeyType.Enter).type("brand-new-pass-1").press(KeyType.Enter)
                    .type("brand-new-pass-1").press(KeyType.Enter);
            app.assertShows("✗ your account was removed by an administrator");
            assertEquals(1, log.thrown(AccessDenied.class).size(), "the refusal must be in the log");
        }
        assertEquals(Role.ADMIN, app.services.accounts().profile(root).role());
    }
}
