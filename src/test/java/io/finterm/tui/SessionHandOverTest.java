package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.service.AccessDenied;
import io.finterm.service.Session;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** The logged-in session is handed between the GUI thread and the SSH channel's thread without being lost. */
class SessionHandOverTest {

    @Test
    void aLoginThatFinishesAfterTheConnectionClosedIsLoggedOutAtOnce() throws Exception {
        VirtualTui base = VirtualTui.withAlice(80, 24, false);
        Session alice = base.alice();
        StreamApp app = new StreamApp(InputStream.nullInputStream(), OutputStream.nullOutputStream(), 80, 24, base.context(false, null), alice);
        app.close(); // the client hung up before the app had started: its GUI thread still opens the dashboard
        assertEquals(0, app.run());
        assertEquals(Session.End.LOGOUT, alice.ended(), "the session of a closed connection must not stay live");
        assertThrows(AccessDenied.class, () -> base.services.accounts().profile(alice));
    }

    @Test
    void closingTheAppFromAnotherThreadLogsOutTheSessionItHolds() throws Exception {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW).assertShows("Dashboard");
        Session alice = app.tui.session();
        assertNotNull(alice);
        Thread channel = new Thread(app.tui::close, "ssh-channel");
        channel.start();
        channel.join();
        assertEquals(Session.End.LOGOUT, alice.ended());
        assertEquals(0, app.settle().tui.exitCode());
    }
}
