package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.TransferEntry;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's accounts: the net worth with its change over the period, and each account's balance. */
class DashboardAccountsScreenTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    /**
     * alice with Main, Savings (EUR, opened with €1,000.00 on 2026-01-01) and Travel (USD, $200.00): €30.00 spent
     * from Main on October 4th, €448.00 on November 3rd, and €100.00 moved from Main to Savings on November 5th.
     */
    private static VirtualTui withAccounts(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "1000", LocalDate.of(2026, 1, 1), true));
        app.services.accountBook().add(alice, new NewAccount("Travel", AccountType.CASH, Currency.getInstance("USD"), "200",
                LocalDate.of(2026, 1, 1), true));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 10, 4), TxKind.EXPENSE, "Dining", Money.of(3_000, "EUR"), "lunch"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(44_800, "EUR"),
                "market"));
        app.services.transfers().transfer(alice, new TransferEntry("Main", "Savings", "100", null, LocalDate.of(2026, 11, 5), "aside"));
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void theDashboardShowsTheNetWorthItsChangeOverThePeriodAndEachAccountsBalance(int columns, int rows) {
        VirtualTui app = withAccounts(columns, rows);
        // November: €1,000.00 - €30.00 - €448.00 in the two euro accounts (the transfer moves money, it does not change the sum)
        app.assertShows("Net worth €522.00 (-€448.00 since 2026-10-31)").assertShows("incomplete: see 8");
        app.assertShows("Accounts  Main -€578.00 (default) · Savings €1,100.00 · Travel $200.00");
        app.assertShows("Expenses by category").assertShows("Most unusual"); // the panels are all still there
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());
    }

    @Test
    void thePreviousPeriodShowsTheNetWorthAtItsEndAndItsOwnChange() {
        VirtualTui app = withAccounts(100, 30).type("[").assertShows("October 2026");
        app.assertShows("Net worth €970.00 (-€30.00 since 2026-09-30)");
        app.assertShows("Main -€30.00 (default) · Savings €1,000.00 · Travel $200.00");
    }

    @Test
    void anAccountLeftOutOfNetWorthIsMarkedSoOnTheAccountsLine() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Car loan", AccountType.LOAN, EUR, "-8000", LocalDate.of(2026, 1, 1), false));
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "500", LocalDate.of(2026, 1, 1), true));
        app.logIn("alice", VirtualTui.ALICE_PW);
        app.assertShows("Accounts  Car loan -€8,000.00 (not counted) · Main €0.00 (default) · Savings €500.00");
        app.assertShows("Net worth €500.00");
    }

    @Test
    void accountsThatDoNotFitOnTheLineAreCountedAsMore() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        for (String name : new String[] {"Household", "Emergency fund", "Holiday savings", "Credit card", "Brokerage"}) {
            app.services.accountBook().add(alice, new NewAccount(name, AccountType.SAVINGS, EUR, "10", LocalDate.of(2026, 1, 1), true));
        }
        app.logIn("alice", VirtualTui.ALICE_PW);
        String line = app.screen().lines().filter(l -> l.startsWith(" Accounts ")).findFirst().orElseThrow();
        assertTrue(line.matches(" Accounts  Brokerage €10\\.00 · Credit card €10\\.00 · (.* · )?\\+\\d more"), line);
        assertTrue(line.length() <= 80, line);
        app.assertShows("Net worth €50.00 (+€0.00 since 2026-10-31)");
    }
}
