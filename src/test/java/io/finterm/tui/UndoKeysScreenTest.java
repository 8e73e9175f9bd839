package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Filter;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ctrl-Z and Ctrl-Y (and z and Z) undo and redo a person's changes from every screen, and say what they did. */
class UndoKeysScreenTest {
    private static Transaction lunch(VirtualTui app, Session alice, long cents) {
        return app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(cents, "EUR"),
                "lunch"));
    }

    private static long count(VirtualTui app, Session alice) {
        return app.services.transactions().list(alice, Filter.ALL, Sort.DATE_ASC, 0, 100).size();
    }

    @Test
    void deletingATransactionThenCtrlZBringsTheRowBackAndCtrlYDeletesItAgain() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        lunch(app, alice, 1250);
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").assertShows("lunch").assertShows("-€12.50");
        app.type("d").assertShows("Delete this expense?").type("y").assertShows("No transactions yet");

        app.ctrl('z').assertShows("Undid: delete of 'lunch' €12.50 on 2026-11-02").assertShows("lunch").assertShows("-€12.50");
        assertFalse(app.shows("No transactions yet"), app.screen());
        assertEquals(1, count(app, alice));

        app.ctrl('y').assertShows("Redid: delete of 'lunch' €12.50 on 2026-11-02").assertShows("No transactions yet");
        assertEquals(0, count(app, alice));
    }

    @Test
    void ctrlZWithNothingToUndoSaysSoAndSoDoesCtrlYWithNothingToRedo() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW);
        app.ctrl('z').assertShows("Nothing to undo");
        app.ctrl('y').assertShows("Nothing to redo");
        app.type("2").type("z").assertShows("Nothing to undo");
    }

    @Test
    void theKeysUndoAndRedoOnTheDashboardBudgetsAndCategoriesAndTheOpenScreenShowsTheChange() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        lunch(app, alice, 1250);
        lunch(app, alice, 3075);
        app.logIn("alice", VirtualTui.ALICE_PW).assertShows("Dashboard").assertShows("€43.25");

        app.ctrl('z').assertShows("Undid: add of 'lunch' €30.75 on 2026-11-02").assertShows("€12.50");
        assertFalse(app.shows("€43.25"), "the dashboard reloaded: " + app.screen());
        assertEquals(1, count(app, alice));

        app.type("7").assertShows("Categories");
        assertTrue(app.screen().matches("(?s).*Dining +expense +1\\b.*"), app.screen());
        app.ctrl('y').assertShows("Redid: add of 'lunch' €30.75 on 2026-11-02");
        assertTrue(app.screen().matches("(?s).*Dining +expense +2\\b.*"), "the categories reloaded: " + app.screen());

        app.type("3").assertShows("Budgets");
        app.ctrl('z').assertShows("Undid: add of 'lunch' €30.75 on 2026-11-02");
        app.ctrl('z').assertShows("Undid: add of 'lunch' €12.50 on 2026-11-02");
        assertEquals(0, count(app, alice));
        app.ctrl('y').assertShows("Redid: add of 'lunch' €12.50 on 2026-11-02");
        assertEquals(1, count(app, alice));
    }

    @Test
    void theLettersZAndShiftZUndoAndRedoWhereNoScreenUsesThem() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        lunch(app, alice, 1250);
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").assertShows("lunch");
        app.type("z").assertShows("Undid: add of 'lunch' €12.50 on 2026-11-02").assertShows("No transactions yet");
        app.type("Z").assertShows("Redid: add of 'lunch' €12.50 on 2026-11-02").assertShows("lunch");
        assertEquals(1, count(app, alice));
        for (String screen : List.of("1", "3", "4", "7", "8", "0")) {
            app.type(screen).type("z").assertShows("Undid: add of 'lunch'");
            app.type("Z").assertShows("Redid: add of 'lunch'");
        }
        assertEquals(1, count(app, alice));
        app.type("5").type("z"); // Settings is a form: z is text there, even where the field refuses it
        assertFalse(app.shows("Undid"), app.screen());
        assertEquals(1, count(app, alice));
    }

    @Test
    void inAFormCtrlZChangesNothingAndSaysToLeaveTheFormFirst() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        lunch(app, alice, 1250);
        app.logIn("alice", VirtualTui.ALICE_PW).type("2a").assertShows("Add a transaction");
        app.press(KeyType.Tab).press(KeyType.Tab).type("Dinz");
        app.ctrl('z').assertShows("Ctrl-Z undoes a change once you leave this form (Esc); nothing was undone");
        assertEquals(1, count(app, alice));
        assertTrue(app.caretLine().contains("Dinz"), "what was typed stays, z included: " + app.screen());
        app.press(KeyType.Escape).type("y").ctrl('z').assertShows("Undid: add of 'lunch' €12.50 on 2026-11-02");
        assertEquals(0, count(app, alice));
    }

    @Test
    void aConflictSaysWhatIsInTheWayWholeAt80ColumnsAndChangesNothing() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        Transaction t = lunch(app, alice, 1250);
        // A change outside alice's undo history, as an older build or a repair would make it.
        app.store.write(tx -> tx.update(io.finterm.store.Schema.TRANSACTIONS, t.withPayeeAndTags("Corner Bistro", List.of())));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").assertShows("Corner Bistro");
        app.ctrl('z').assertShowsWhole("cannot undo add of 'lunch' €12.50 on 2026-11-02: transaction " + t.id()
                + " (2026-11-02 'Corner Bistro') was edited after this step; nothing was undone");
        assertEquals(1, count(app, alice));
        for (String line : app.screen().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
    }

    @Test
    void aConflictTooLongForTwoLinesEndsAtAWordWithAnEllipsisAndTheHelpShowsItWhole() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        String shop = "weekly shop at the farmers market on the square with the children after the long walk by the river";
        Transaction t = app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Groceries",
                Money.of(8410, "EUR"), shop));
        app.store.write(tx -> tx.update(io.finterm.store.Schema.TRANSACTIONS, t.withPayeeAndTags("Market", List.of())));
        String message = "cannot undo add of '" + shop + "' €84.10 on 2026-11-02: transaction " + t.id()
                + " (2026-11-02 'Market') was edited after this step; nothing was undone";
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").ctrl('z');
        app.assertShows("cannot undo add of 'weekly shop").assertShows("… (F1: all)");
        for (String line : app.screen().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        app.press(KeyType.F1).assertShowsWhole(message);
        assertEquals(1, count(app, alice));
    }

    @Test
    void overSshCtrlZAndCtrlYArriveAsBytesAndUndoAndRedo() throws Exception {
        VirtualTui base = VirtualTui.withAlice(80, 24, false);
        Session alice = base.alice();
        lunch(base, alice, 1250);
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamApp app = new StreamApp(in, out, 80, 24, base.context(false, null), base.alice());
        Thread gui = new Thread(() -> {
            try {
                app.run();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "ssh-gui");
        gui.start();
        try {
            await(() -> out.toString(StandardCharsets.UTF_8).contains("Dashboard"));
            keys.write(0x1A); // Ctrl-Z as the SSH client sends it
            keys.flush();
            await(() -> count(base, alice) == 0);
            keys.write(0x19); // Ctrl-Y
            keys.flush();
            await(() -> count(base, alice) == 1);
        } finally {
            app.close();
            keys.close();
            gui.join(10_000);
        }
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(20);
        }
    }

    @Test
    void theHelpListsTheUndoKeysAndTheStatusLineWhereItFits() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("7").assertShows("z undo");
        app.type("?").press(KeyType.PageDown).press(KeyType.PageDown).assertShows("Ctrl-Z, z").assertShows("Ctrl-Y, Z").assertShows("undo your last change");
        app.press(KeyType.Escape).type("2").assertShows("a add");
        assertFalse(app.shows("z undo"), "the Transactions status line has no room at 80 columns: " + app.screen());
        app.resize(100, 30).assertShows("z undo");
    }
}
