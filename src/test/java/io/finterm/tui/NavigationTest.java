package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** Esc and q go back, and only L (or q and a yes on the Dashboard) logs out. */
class NavigationTest {
    private static VirtualTui alice() {
        return VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW);
    }

    @Test
    void escAndQOnATopScreenGoBackToTheDashboardWithoutLoggingOut() {
        VirtualTui app = alice();
        app.type("2").assertShows("No transactions yet").press(KeyType.Escape);
        app.assertShows("Expenses by category");
        assertFalse(app.shows("Goodbye"));
        app.type("3").assertShows("budget, spent and remaining").type("q").assertShows("Expenses by category");
        assertFalse(app.shows("Goodbye"));
        assertNull(app.tui.exitCode());
    }

    @Test
    void escOnTheDashboardDoesNothingAndQAsksBeforeLoggingOut() {
        VirtualTui app = alice();
        app.press(KeyType.Escape).assertShows("Expenses by category");
        assertFalse(app.shows("Goodbye"));
        app.type("q").assertShows("Log out? (y/n)").type("n");
        assertFalse(app.shows("Log out?"));
        assertFalse(app.shows("Goodbye"));
        app.type("q").type("y").assertShows("Goodbye, alice.");
    }

    @Test
    void escFromTheEntryFormGoesBackToTheScreenItCameFrom() {
        VirtualTui app = alice();
        app.type("2a").assertShows("Add a transaction").press(KeyType.Escape);
        app.assertShows("No transactions yet");
    }

    @Test
    void lLogsOutAtOnce() {
        alice().type("2").type("L").assertShows("Goodbye, alice.");
    }

    @Test
    void theHelpListsEveryScreenWithItsKeyAndSaysWhatEscAndQDo() {
        // the Dashboard's own keys come first, and at 80×24 the shared ones are further down: PgDn scrolls to them
        VirtualTui app = alice().type("?").press(KeyType.PageDown);
        app.assertShows("1 … 0").assertShows("1 Dashboard · 2 Transactions · 3 Budgets ·")
                .assertShows("Analysis · 5 Settings · 7 Categories · 8 Accounts").assertShows("9 Import · 0 Schedules");
        app.assertShows("back: to the screen before, or to the");
        VirtualTui admin = new VirtualTui(app.store, 80, 24, false, null).logIn("root", VirtualTui.ROOT_PW).type("?").press(KeyType.PageDown);
        admin.assertShows("6 Admin");
    }
}
