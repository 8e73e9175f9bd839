package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Filter;
import io.finterm.service.Listed;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import io.finterm.service.TransferEntry;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entry form's account field, and transfers entered and edited in it. */
class EntryFormAccountsScreenTest {
    /** alice with Main (EUR, the default), Savings (EUR) and Travel (USD), on the transactions screen. */
    private static VirtualTui withAccounts(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, Currency.getInstance("EUR"), null, null, true));
        app.services.accountBook().add(alice, new NewAccount("Travel", AccountType.CASH, Currency.getInstance("USD"), null, null, true));
        return app.logIn("alice", VirtualTui.ALICE_PW).type("2");
    }

    private static List<Transaction> all(VirtualTui app) {
        return app.services.transactions().list(app.alice(), Filter.ALL, Sort.DATE_ASC, 0, 100).stream().map(Listed::transaction).toList();
    }

    private static String accountOf(VirtualTui app, Transaction t) {
        return app.services.accountBook().list(app.alice()).stream().filter(l -> l.account().id() == t.accountId()).findFirst()
                .orElseThrow().account().name();
    }

    private static void assertLine(VirtualTui app, String regex) {
        assertTrue(app.screen().lines().anyMatch(l -> l.matches(regex)), () -> "no line like " + regex + " on\n" + app.screen());
    }

    @Test
    void aNewEntryStartsInTheDefaultAccountThenInTheLastOneUsed() {
        VirtualTui app = withAccounts(100, 30);
        app.type("a");
        assertLine(app, " +Account +Main *");
        assertLine(app, " +Amount +in EUR, the currency of Main *");
        app.press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("5").press(KeyType.Tab).ctrl('u').type("sav")
                .assertShows("Account      savings").press(KeyType.Tab).type("snack").ctrl('s');
        app.assertShows("added expense €5.00 Dining");
        assertEquals("Savings", accountOf(app, all(app).get(0)));
        app.type("a");
        assertLine(app, " +Account +Savings *");
        assertLine(app, " +Amount +in EUR, the currency of Savings *");
    }

    @Test
    void theAmountIsReadInTheAccountsCurrency() {
        VirtualTui app = withAccounts(100, 30).type("a");
        app.press(KeyType.Tab).press(KeyType.Tab).type("Travel").press(KeyType.Tab).type("12.5").press(KeyType.Tab).ctrl('u').type("Travel");
        app.assertShows("in USD, the currency of Travel").ctrl('s');
        app.assertShows("added expense $12.50 Travel");
        Transaction t = all(app).get(0);
        assertEquals(Money.of(1250, "USD"), t.amount());
        assertEquals("Travel", accountOf(app, t));
    }

    @Test
    void anAccountTheUserDoesNotHaveIsNamedNextToItsFieldWithTheirAccounts() {
        VirtualTui app = withAccounts(100, 30).type("a");
        app.press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("5").press(KeyType.Tab).ctrl('u').type("Nowhere")
                .ctrl('s');
        app.assertShowsWhole("✗ you have no account 'Nowhere'; yours: Main, Savings, Travel");
        assertTrue(all(app).isEmpty());
    }

    @Test
    void spaceOnTheTypeGoesFromIncomeToExpenseToTransferAndTheTransferAsksForTwoAccounts() {
        VirtualTui app = withAccounts(100, 30).type("a").press(KeyType.Tab);
        app.type(" ").assertShows("Type         transfer").assertShows("From").assertShows("To account");
        assertFalse(app.shows("Category"), "a transfer has no category");
        app.type(" ").assertShows("Type         income").assertShows("Category");
        app.type(" ").assertShows("Type         expense");
        app.type("t").assertShows("Type         transfer");
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void aTransferBetweenTwoAccountsInOneCurrencyIsSavedAsTwoLegs(int columns, int rows) {
        VirtualTui app = withAccounts(columns, rows).type("a").press(KeyType.Tab).type("t");
        assertLine(app, " +From +Main *");
        app.press(KeyType.Tab).press(KeyType.Tab).type("sa").press(KeyType.Tab).type("500").press(KeyType.Tab).type("put aside");
        assertFalse(app.shows("To amount"), "one currency: what arrives is what was sent");
        app.ctrl('s').assertShows("transferred €500.00 from Main to Savings");
        // below 100 columns the type gives way to the text: the category says it is a transfer
        assertLine(app, " *20\\d\\d-\\d\\d-\\d\\d" + (columns >= 100 ? " out" : "") + " +Main +transfer → Savings +put aside +-€500\\.00");
        List<Transaction> legs = all(app);
        assertEquals(2, legs.size());
        assertTrue(legs.stream().allMatch(t -> t.amount().equals(Money.of(50000, "EUR"))));
        assertEquals(List.of(TxKind.TRANSFER_OUT, TxKind.TRANSFER_IN), legs.stream().map(Transaction::kind).sorted().toList());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void aTransferToAnAccountInAnotherCurrencyAsksWhatArrivedAndShowsEveryField(int columns, int rows) {
        VirtualTui app = withAccounts(columns, rows).type("a").press(KeyType.Tab).type("t").press(KeyType.Tab).press(KeyType.Tab)
                .type("Travel").press(KeyType.Tab).type("100");
        app.assertShows("To amount").assertShows("in EUR, the currency of Main").assertShows("in USD, the currency of Travel");
        for (String label : List.of("Date", "Type", "From", "To account", "Amount", "To amount", "Description", "Esc cancel")) {
            assertTrue(app.screen().contains(label), () -> label + " is missing on\n" + app.screen());
        }
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());
        app.ctrl('s').assertShowsWhole("give the amount that arrived, in USD");
        assertTrue(all(app).isEmpty(), "nothing is saved while a value is missing");
        app.type("113").ctrl('s').assertShows("transferred €100.00 from Main to Travel");
        assertTrue(all(app).stream().anyMatch(t -> t.kind() == TxKind.TRANSFER_IN && t.amount().equals(Money.of(11300, "USD"))));
    }

    @Test
    void aTransferWithABadDateOrToItsOwnAccountIsRefusedNextToTheField() {
        VirtualTui app = withAccounts(100, 30).type("a").ctrl('u').type("someday").press(KeyType.Tab).type("t").press(KeyType.Tab)
                .press(KeyType.Tab).type("Main").press(KeyType.Tab).type("5").ctrl('s');
        app.assertShows("✗ 'someday' is not a date");
        app.ctrl('u').type("today").ctrl('s'); // the refused field has the caret
        app.assertShowsWhole("✗ a transfer needs two different accounts, and 'Main' is both");
        assertTrue(all(app).isEmpty());
    }

    @Test
    void editingATransferLegOpensItAsATransferAndChangesBothLegs() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, NewAccount.named("Savings"));
        app.services.transfers().transfer(alice, new TransferEntry("Main", "Savings", "500", null, LocalDate.of(2026, 11, 5), "put aside"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Enter);
        app.assertShows("Edit a transfer").assertShows("a transfer stays one");
        assertLine(app, " +From +Main *");
        assertLine(app, " +To account +Savings *");
        app.press(KeyType.Tab).type("e").assertShowsWhole("✗ a transfer stays a transfer; delete it (d) to book it otherwise");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type("450").ctrl('s');
        app.assertShows("saved the transfer of €450.00 from Main to Savings");
        List<Transaction> legs = all(app);
        assertEquals(2, legs.size());
        assertTrue(legs.stream().allMatch(t -> t.amount().equals(Money.of(45000, "EUR"))), legs.toString());
    }

    @Test
    void anExpenseBeingEditedCannotBecomeATransfer() {
        VirtualTui app = withAccounts(100, 30).type("a").press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("5")
                .ctrl('s');
        app.press(KeyType.Enter).assertShows("Edit a transaction").press(KeyType.Tab).type("t")
                .assertShowsWhole("✗ to make it a transfer, delete it (d) and add the transfer");
        app.type(" ").assertShows("Type         income");
    }
}
