package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.service.Entry;
import io.finterm.service.Filter;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The entry form's payee, tags and split lines, and how the table shows them, at 80×24 and 100×30. */
class SplitEntryScreenTest {
    private static VirtualTui app(int columns, int rows) {
        return VirtualTui.withAlice(columns, rows, false).logIn("alice", VirtualTui.ALICE_PW);
    }

    private static List<Transaction> stored(VirtualTui app) {
        return app.services.transactions().list(app.alice(), Filter.ALL, Sort.DATE_DESC, 0, 100).stream()
                .map(io.finterm.service.Listed::transaction).toList();
    }

    /** From a new form: category gro, amount 54.30, Ctrl-L, the two lines, then description, payee and tags. */
    private static VirtualTui receipt(VirtualTui app) {
        app.type("2a").press(KeyType.Tab).press(KeyType.Tab).type("gro").press(KeyType.Tab).type("54.30").ctrl('l');
        app.assertShows("Remainder: €0.00").assertShows("the lines add up");
        app.press(KeyType.Tab).ctrl('u').type("40.00").assertShows("Remainder: €14.30 still to put on a line");
        app.press(KeyType.Tab).type("food").press(KeyType.Tab).type("Shop").assertShows("Shopping");
        app.press(KeyType.Tab).type("14.3").assertShows("Remainder: €0.00  the lines add up");
        app.press(KeyType.Tab).type("soap");
        for (int i = 0; i < 8; i++) {
            app.press(KeyType.ArrowUp);
        }
        return app.type("weekly shop").press(KeyType.Tab).type("Supermarket").press(KeyType.Tab).type("Home, q1");
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "100, 30"})
    void aSplitReceiptWithAPayeeAndTwoTagsIsSavedLineByLineAndListed(int columns, int rows) {
        VirtualTui app = receipt(app(columns, rows));
        app.ctrl('s').assertShows("added expense €54.30 split in 2 lines");
        Transaction t = stored(app).get(0);
        assertEquals(2, t.lines().size());
        assertEquals(List.of(4_000L, 1_430L), t.lines().stream().map(l -> l.amount().minor()).toList());
        assertEquals("Supermarket", t.payee());
        assertEquals(List.of("home", "q1"), t.tags());
        app.assertShows("Supermarket · weekly").assertShows("Groceries +1");
        if (columns >= 100) {
            app.assertShows("home, q1");
        } else {
            assertFalse(app.shows("home, q1"), "the tags give way below 100 columns");
        }
        app.type("1").assertShows("Expenses").assertShows("€54.30");
    }

    @Test
    void theRemainderIsShownAsYouTypeAndSavingIsRefusedWithTheServicesMessageWhileItIsNotZero() {
        VirtualTui app = app(80, 24);
        app.type("2a").press(KeyType.Tab).press(KeyType.Tab).type("Groceries").press(KeyType.Tab).type("54.30").ctrl('l');
        app.press(KeyType.Tab).ctrl('u').type("40").press(KeyType.Tab).press(KeyType.Tab).type("Shopping").press(KeyType.Tab).type("10");
        app.assertShows("Remainder: €4.30 still to put on a line");
        app.ctrl('u').type("12.3x").assertShows("Remainder: ? (line 2: '12.3x' is not a number)");
        app.ctrl('u').type("10").ctrl('s');
        app.assertShows("✗ the lines add up to 50.00, the amount is 54.30").assertShows("Add a transaction");
        assertTrue(stored(app).isEmpty(), "nothing is saved");
    }

    @Test
    void linesAreAddedRemovedAndScrollAtEightyByTwentyFour() {
        VirtualTui app = app(80, 24);
        app.type("2a").press(KeyType.Tab).press(KeyType.Tab).type("Groceries").press(KeyType.Tab).type("100").ctrl('l');
        for (int i = 0; i < 9; i++) {
            app.ctrl('n');
        }
        app.assertShows("(lines").assertShows("of 11)");
        app.ctrl('k').assertShows("of 10)");
        for (int i = 0; i < 9; i++) {
            app.ctrl('k');
        }
        app.assertShows("✗ a split has at least two lines");
        app.ctrl('l').assertShows("Category").assertShows("Ctrl-L splits it into lines");
    }

    @Test
    void editingASplitOpensItsLinesAndAnUnknownLineCategoryIsOfferedAsNew() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "", Money.of(5_430, "EUR"),
                "receipt", null, "Supermarket", List.of("home"), List.of(new Entry.SplitEntry("Groceries", Money.of(4_000, "EUR"), "food"),
                        new Entry.SplitEntry("Shopping", Money.of(1_430, "EUR"), "soap"))));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Enter).assertShows("Edit a transaction");
        app.assertShows("1.  Groceries").assertShows("2.  Shopping").assertShows("soap").assertShows("Supermarket");
        app.ctrl('n').type("Household").press(KeyType.Tab).type("1.00").assertShows("Remainder: -€1.00");
        app.press(KeyType.ArrowUp).press(KeyType.ArrowUp).press(KeyType.ArrowUp).ctrl('u').type("13.30");
        app.ctrl('s').assertShows("There is no expense category 'Household'.").type("y");
        app.assertShows("saved").assertShows("Groceries +2");
        assertEquals(3, stored(app).get(0).lines().size());
    }

    @Test
    void payeeAndTagsCompleteFromHistoryAndABadTagIsNamedBesideItsFieldAndNothingIsSaved() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Groceries", Money.of(500, "EUR"),
                "", null, "Supermarket Nord", List.of("trip-rome", "tax"), List.of()));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2a").press(KeyType.Tab).press(KeyType.Tab).type("Groceries")
                .press(KeyType.Tab).type("5").press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).type("sup").assertShows("supermarket Nord");
        app.press(KeyType.Tab).type("tr").assertShows("trip-rome").press(KeyType.ArrowRight).type(", ta").assertShows("trip-rome, tax");
        app.type("x year").ctrl('s').assertShows("✗ 'tax year' has a space;");
        assertEquals(1, stored(app).size(), "nothing is saved");
        app.ctrl('u').type("trip-rome, tax").ctrl('s').assertShows("added expense");
        Transaction t = stored(app).get(0);
        assertEquals("Supermarket Nord", t.payee());
        assertEquals(List.of("tax", "trip-rome"), t.tags());
    }

    @Test
    void theStatusMarkShowsAndEditingOrDeletingAReconciledTransactionAsksFirst() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        Transaction t = app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Groceries",
                Money.of(500, "EUR"), "bread"));
        app.store.write(tx -> tx.update(io.finterm.store.Schema.TRANSACTIONS, t.withStatus(TxStatus.RECONCILED)));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").assertShows("R 2026-11-20");
        app.press(KeyType.Enter).assertShows("Edit this reconciled transaction?").type("n").assertShows("R 2026-11-20");
        app.press(KeyType.Enter).type("y").assertShows("Edit a transaction");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type("6").ctrl('s').assertShows("saved").assertShows("-€6.00");
        assertEquals(TxStatus.RECONCILED, stored(app).get(0).status());
        app.type("d").assertShows("Delete this reconciled expense?").assertShows("It is reconciled against a bank statement");
    }

    @Test
    void atEightyByTwentyFourABadTagBesideItsFieldIsCutButSaidWholeBelow() {
        VirtualTui app = app(80, 24);
        app.type("2a").press(KeyType.Tab).press(KeyType.Tab).type("Groceries").press(KeyType.Tab).type("54.30").ctrl('l');
        app.press(KeyType.Tab).ctrl('u').type("40").press(KeyType.Tab).press(KeyType.Tab).type("Shopping").press(KeyType.Tab).type("14.30");
        for (int i = 0; i < 5; i++) { // back over line 2's category and line 1 to the tags
            app.press(KeyType.ReverseTab);
        }
        app.type("home, big trip").ctrl('s');
        app.assertShows("✗ Tags: 'big trip' has a space; a tag is one word, such as trip-rome");
        assertTrue(stored(app).isEmpty(), "nothing is saved");
    }

    @Test
    void aTransactionReconciledWhileItsFormWasOpenIsChangedOnlyAfterAYes() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        Transaction t = app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 20), TxKind.EXPENSE, "Groceries",
                Money.of(500, "EUR"), "bread"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Enter).assertShows("Edit a transaction");
        app.store.write(tx -> tx.update(io.finterm.store.Schema.TRANSACTIONS, t.withStatus(TxStatus.RECONCILED)));
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type("7").ctrl('s');
        app.assertShows("Change this reconciled transaction?").type("n").assertShows("Edit a transaction");
        assertEquals(500, stored(app).get(0).amount().minor(), "nothing changes without a yes");
        app.ctrl('s').type("y").assertShows("saved").assertShows("-€7.00");
        assertEquals(TxStatus.RECONCILED, stored(app).get(0).status());
    }
}
