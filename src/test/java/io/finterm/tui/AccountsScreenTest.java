package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.AccountLine;
import io.finterm.service.Entry;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Accounts screen (key 8): the accounts with their balances, the net worth, and opening, editing, closing and deleting. */
class AccountsScreenTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    /** alice with Main (EUR, €12.50 spent), Savings (EUR, opened with €1,000.00) and Travel (USD, opened with $200.00). */
    private static VirtualTui withThreeAccounts(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "1000", LocalDate.of(2026, 1, 1), true));
        app.services.accountBook().add(alice, new NewAccount("Travel", AccountType.CASH, USD, "200", LocalDate.of(2026, 1, 1), true));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    private static AccountLine line(VirtualTui app, String name) {
        return app.services.accountBook().list(app.alice()).stream().filter(l -> l.account().name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertLine(VirtualTui app, String regex) {
        assertTrue(app.screen().lines().anyMatch(l -> l.matches(regex)), () -> "no line like " + regex + " on\n" + app.screen());
    }

    /** Moves the selection down to {@code name}: the accounts are listed by name. */
    private static VirtualTui select(VirtualTui app, String name) {
        app.press(KeyType.Home);
        for (int i = 0; i < 50 && !app.selected(name); i++) {
            app.press(KeyType.ArrowDown);
        }
        assertTrue(app.selected(name), () -> name + " is not selected on\n" + app.screen());
        return app;
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void keyEightListsEachAccountWithTypeCurrencyAndBalanceMarksTheDefaultInWordsAndSumsTheNetWorth(int columns, int rows) {
        VirtualTui app = withThreeAccounts(columns, rows).type("8");
        app.assertShows("3 accounts, balances today").assertShows("8 Accounts");
        assertLine(app, " *Main +checking +EUR +-€12\\.50 +default");
        assertLine(app, " *Savings +savings +EUR +€1,000\\.00");
        assertLine(app, " *Travel +cash +USD +\\$200\\.00");
        // the balances are right-aligned: each ends in the same column
        int end = app.screen().lines().filter(l -> l.contains("-€12.50")).findFirst().orElseThrow().indexOf("-€12.50") + 7;
        assertEquals(end, app.screen().lines().filter(l -> l.contains("€1,000.00")).findFirst().orElseThrow().indexOf("€1,000.00") + 9);
        app.assertShows("Net worth  €987.50").assertShows("(the counted accounts, in EUR)")
                .assertShows("net worth left out 1 account balance in USD: no USD rate on or before");
        // below the tab bar (which shortens the names of the other screens at 80 columns), nothing is cut
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());
    }

    @Test
    void inAsciiModeTheAccountsScreenTheTransferLegsAndTheDashboardUseAsciiOnly() {
        VirtualTui first = VirtualTui.withAlice(80, 24, false);
        Session alice = first.alice();
        first.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "1000", LocalDate.of(2026, 1, 1), true));
        first.services.transfers().transfer(alice, new io.finterm.service.TransferEntry("Main", "Savings", "50", null,
                LocalDate.of(2026, 11, 5), "aside"));
        VirtualTui app = new VirtualTui(first.store, 80, 24, true, null).logIn("alice", VirtualTui.ALICE_PW);
        app.assertShows("Net worth 1000.00 EUR (+0.00 EUR since 2026-10-31)");
        assertAscii(app);
        app.type("2").assertShows("transfer > Savings").assertShows("transfer < Main");
        assertAscii(app);
        app.type("8");
        assertLine(app, " *Main +checking +EUR +-50\\.00 EUR +default");
        assertAscii(app);
    }

    private static void assertAscii(VirtualTui app) {
        String screen = app.screen();
        assertTrue(screen.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), screen);
    }

    @Test
    void theHelpAndTheTabBarListTheAccountsScreenOnKeyEight() {
        VirtualTui app = withThreeAccounts(100, 30).type("8?");
        app.assertShows("Keys: Accounts").assertShows("7 Categories · 8 Accounts").assertShows("set as the default account")
                .assertShows("close, or reopen a closed one");
    }

    @Test
    void anAccountOpenedThroughTheFormShowsWithItsOpeningBalance() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW).type("8");
        app.type("a").assertShows("New account").assertShows("Types: checking, savings, credit, cash, loan, investment, other");
        app.type("Visa").press(KeyType.Tab).ctrl('u').type("credit").press(KeyType.Tab).press(KeyType.Tab).type("-250.40")
                .press(KeyType.Tab).ctrl('u').type("2026-11-01").press(KeyType.Tab).press(KeyType.Enter);
        app.assertShows("opened Visa (credit, EUR)").assertShows("2 accounts");
        assertLine(app, " *Visa +credit +EUR +-€250\\.40");
        app.assertShows("Net worth  -€250.40");
        AccountLine visa = line(app, "Visa");
        assertEquals(AccountType.CREDIT, visa.account().type());
        assertEquals(LocalDate.of(2026, 11, 1), visa.account().openingDate());
    }

    @Test
    void aBadValueInTheFormIsNamedNextToItsFieldAndNothingIsOpened() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false).logIn("alice", VirtualTui.ALICE_PW).type("8");
        app.type("a").type("Piggy").press(KeyType.Tab).ctrl('u').type("jar").press(KeyType.Tab).press(KeyType.Tab)
                .press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Enter);
        app.assertShows("✗ 'jar' is not one of").assertShows("checking, savings, credit, cash, loan, investment, other");
        app.press(KeyType.ArrowUp).press(KeyType.ArrowUp).press(KeyType.ArrowUp).press(KeyType.ArrowUp).ctrl('u').type("cash")
                .press(KeyType.Tab).ctrl('u').type("XYZ").press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Enter);
        app.assertShows("✗");
        assertEquals(1, app.services.accountBook().list(app.alice()).size(), "nothing is opened while a value is refused");
        app.press(KeyType.Escape).assertShows("1 account");
    }

    @Test
    void editingRenamesAndChangesTypeAndCountingInNetWorth() {
        VirtualTui app = withThreeAccounts(80, 24).type("8");
        select(app, "Savings").press(KeyType.Enter).assertShows("Edit Savings (EUR)");
        app.ctrl('u').type("Rainy day").press(KeyType.Tab).ctrl('u').type("investment").press(KeyType.Tab).press(KeyType.Tab)
                .press(KeyType.Tab).type("n").press(KeyType.Enter);
        app.assertShows("saved Rainy day");
        assertLine(app, " *Rainy day +investment +EUR +€1,000\\.00 +not counted");
        app.assertShows("Net worth  -€12.50");
        assertFalse(line(app, "Rainy day").account().inNetWorth());
    }

    @Test
    void closingAsksFirstMarksTheAccountClosedInWordsAndReopeningUndoesIt() {
        VirtualTui app = withThreeAccounts(80, 24).type("8");
        select(app, "Savings").type("c").assertShows("Close Savings?").type("n");
        assertFalse(line(app, "Savings").account().closed(), "no closes nothing");
        app.type("c").type("y").assertShows("closed Savings");
        assertLine(app, " *Savings +savings +EUR +€1,000\\.00 +closed");
        app.type("c").assertShows("Reopen Savings?").type("y").assertShows("reopened Savings");
        assertFalse(line(app, "Savings").account().closed());
        assertFalse(app.screen().lines().anyMatch(l -> l.matches(" *Savings.*closed.*")), app.screen());
    }

    @Test
    void theDefaultCannotBeClosedAndSettingAnotherMovesTheMark() {
        VirtualTui app = withThreeAccounts(80, 24).type("8");
        select(app, "Main").type("c").type("y");
        app.assertShowsWhole("'Main' is your default account; choose another default before you close it");
        select(app, "Savings").type("s").assertShows("Savings is now the default account");
        assertLine(app, " *Savings +savings +EUR +€1,000\\.00 +default");
        assertFalse(app.screen().lines().anyMatch(l -> l.matches(" *Main .*default.*")), app.screen());
        assertTrue(line(app, "Savings").isDefault());
    }

    @Test
    void deletingAnAccountWithTransactionsShowsTheRefusalAndAnEmptyOneGoes() {
        VirtualTui app = withThreeAccounts(80, 24);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.INCOME, "Salary", Money.of(5000, "USD"),
                "tips", "Travel"));
        app.type("8");
        select(app, "Travel").type("d").assertShows("Delete the account Travel?").type("y");
        app.assertShows("'Travel' has transactions; close it instead, which keeps its history");
        select(app, "Savings").type("d").type("y").assertShows("deleted Savings").assertShows("2 accounts");
        assertEquals(2, app.services.accountBook().list(alice).size());
    }

    @Test
    void manyAccountsScrollAtEightyByTwentyFourWithTheNetWorthStillShown() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        for (int i = 1; i <= 24; i++) {
            app.services.accountBook().add(alice, new NewAccount(String.format("Pot %02d", i), AccountType.SAVINGS, EUR, "1", null, true));
        }
        app.logIn("alice", VirtualTui.ALICE_PW).type("8").assertShows("25 accounts").assertShows("Net worth  €24.00");
        app.assertShows("rows 1–");
        app.press(KeyType.End);
        assertLine(app, " *Pot 24 +savings +EUR +€1\\.00");
        app.assertShows("of 25").assertShows("Net worth  €24.00");
    }
}
