package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** At 80×24 no message is cut mid-word: it wraps, or ends at a word with … and F1 shows it whole. */
class MessagesTest {
    @Test
    void aCommonPasswordOnTheFirstRunIsNamedWhole() {
        VirtualTui app = new VirtualTui(io.finterm.store.Store.inMemory(), 80, 24, false, null);
        app.type("root").press(KeyType.Enter).type("1234567890").press(KeyType.Enter).type("1234567890").press(KeyType.Enter);
        app.assertShowsWhole("✗ is one of the most common passwords; choose another");
    }

    @Test
    void theDemosLoginHintIsShownWholeAtEightyColumns() {
        String hint = "Demo: log in as alice / alice-demo-pw   (or admin / admin-demo-pw for the admin screen)";
        VirtualTui app = new VirtualTui(io.finterm.store.Store.inMemory(), 80, 24, false, hint);
        app.type("root").press(KeyType.Enter).type("a-long-root-password").press(KeyType.Enter).type("a-long-root-password")
                .press(KeyType.Enter);
        app.assertShowsWhole(hint);
    }

    @Test
    void aBadDateInTheFormIsNamedWholeBesideItsField() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW);
        app.type("2a").ctrl('u').type("2026-13-45").press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("5")
                .ctrl('s');
        app.assertShowsWhole("✗ '2026-13-45' is not a date: no month 13 (months run from 01 to 12)");
    }

    @Test
    void aMessageTooLongForTwoLinesEndsAtAWordWithAnEllipsisAndF1ShowsItWhole() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW);
        String text = "this is a long message about something that happened, and it goes on and on to say what happened, "
                + "why it happened, and what you could do about it now that it has happened: quite a lot of words";
        app.tui.say(text);
        app.settle().assertShows("… (F1: all)");
        assertFalse(app.screen().contains("what you could do about it now that it has happened: quite a lot of words"));
        app.press(KeyType.F1).assertShowsWhole(text);
    }

    @Test
    void aTwoLineMessageIsDrawnOverThePagesLastLineNotUnderIt() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW);
        for (int i = 0; i < 30; i++) { // a table that reaches the page's last line
            app.services.transactions().add(app.services.accounts().login("alice", VirtualTui.ALICE_PW.toCharArray(), "terminal"),
                    new io.finterm.service.Entry(java.time.LocalDate.of(2026, 11, 1 + i % 28), io.finterm.domain.TxKind.EXPENSE,
                            "Dining", io.finterm.domain.Money.of(100 + i, "EUR"), "row " + i));
        }
        app.type("2");
        String text = "exported the 30 transactions you filtered to a file in your exports directory, named by the day and the time";
        app.tui.say(text);
        app.settle().assertShowsWhole(text);
    }

    @Test
    void anOutlierReasonTooLongForItsLineWrapsAndIsReadWhole() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        for (int i = 0; i < 12; i++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 1, 5).plusWeeks(i), TxKind.EXPENSE, "Groceries",
                    Money.of(4000 + 50L * (i % 4), "EUR"), "market"));
        }
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(250_000, "EUR"),
                "party supplies"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("4").press(KeyType.Tab).assertShows("party supplies");
        app.assertShowsWhole("party supplies 226.0 €2,500.00 is 61× your median Groceries purchase (€41.00)");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.ArrowRight).press(KeyType.ArrowRight);
        assertTrue(app.screen().lines().noneMatch(l -> l.contains("(F1: all)")), app.screen());
    }
}
