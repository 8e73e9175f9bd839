package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Filter;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.TransferEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transactions table by account: Tab goes through the accounts, a running balance for one, and transfers named by their other side. */
class TransactionsAccountsScreenTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    /**
     * alice with Main (EUR), Savings (EUR, opened with €1,000.00 on 2026-01-01) and Travel (USD): pay of
     * €3,000.00 and lunch of €12.50 in Main, €500.00 from Main to Savings, €100.00 from Main arriving as $113.00 in Travel.
     */
    private static VirtualTui withTransfers(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "1000", LocalDate.of(2026, 1, 1), true));
        app.services.accountBook().add(alice, new NewAccount("Travel", AccountType.CASH, USD, null, LocalDate.of(2026, 1, 1), true));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 1), TxKind.INCOME, "Salary", Money.of(300000, "EUR"), "pay"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        app.services.transfers().transfer(alice, new TransferEntry("Main", "Savings", "500", null, LocalDate.of(2026, 11, 5), "put aside"));
        app.services.transfers().transfer(alice, new TransferEntry("Main", "Travel", "100", "113", LocalDate.of(2026, 11, 6), "cash"));
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    /** What the table shows only from 100 columns wide (the type, the tags), as a regex part: " out" at 100, nothing at 80. */
    private static String typed(int columns, String part) {
        return columns >= 100 ? (part.startsWith(" ") ? part : " " + part) : "";
    }

    private static void assertLine(VirtualTui app, String regex) {
        assertTrue(app.screen().lines().anyMatch(l -> l.matches(regex)), () -> "no line like " + regex + " on\n" + app.screen());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void allAccountsShowAnAccountColumnAndTransferLegsNameTheirOtherSide(int columns, int rows) {
        VirtualTui app = withTransfers(columns, rows).type("2");
        app.assertShows("Account: all 3 accounts").assertShows("6 transactions   income €3,000.00   expenses €12.50");
        assertLine(app, " *date" + typed(columns, " +type") + " +account +category +description" + typed(columns, " +tags") + " +amount");
        assertLine(app, " *2026-11-06" + typed(columns, "out") + " +Main +transfer → Travel +cash +-€100\\.00");
        assertLine(app, " *2026-11-06" + typed(columns, "in") + " +Travel +transfer ← Main +cash +\\+\\$113\\.00");
        assertLine(app, " *2026-11-05" + typed(columns, "out") + " +Main +transfer → Savings +put aside +-€500\\.00");
        assertLine(app, " *2026-11-05" + typed(columns, "in") + " +Savings +transfer ← Main +put aside +\\+€500\\.00");
        assertLine(app, " *2026-11-02" + typed(columns, "expense") + " +Main +Dining +lunch +-€12\\.50");
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void tabShowsOneAccountAtATimeWithItsBalanceAfterEachRowThenAllAgain(int columns, int rows) {
        VirtualTui app = withTransfers(columns, rows).type("2").press(KeyType.Tab);
        // the footer's income and expenses leave the transfers out, as every total does
        app.assertShows("Account: Main (checking, EUR)").assertShows("4 transactions   income €3,000.00   expenses €12.50");
        assertLine(app, " *date" + typed(columns, " +type") + " +category +description" + typed(columns, " +tags") + " +amount +balance");
        assertFalse(app.screen().lines().anyMatch(l -> l.matches(" *date +type +account.*")), "no account column for one account");
        assertLine(app, " *2026-11-01" + typed(columns, "income") + " +Salary +pay +\\+€3,000\\.00 +€3,000\\.00");
        assertLine(app, " *2026-11-02" + typed(columns, "expense") + " +Dining +lunch +-€12\\.50 +€2,987\\.50");
        assertLine(app, " *2026-11-05" + typed(columns, "out") + " +transfer → Savings +put aside +-€500\\.00 +€2,487\\.50");
        assertLine(app, " *2026-11-06" + typed(columns, "out") + " +transfer → Travel +cash +-€100\\.00 +€2,387\\.50");
        app.press(KeyType.Tab).assertShows("Account: Savings (savings, EUR)").assertShows("1 transaction");
        assertLine(app, " *2026-11-05" + typed(columns, "in") + " +transfer ← Main +put aside +\\+€500\\.00 +€1,500\\.00");
        app.press(KeyType.Tab).assertShows("Account: Travel (cash, USD)").assertShows("1 transaction   income €0.00   expenses €0.00");
        assertFalse(app.shows("left out"), "a transfer leg is in no total, so none is left out for want of a rate");
        assertLine(app, " *2026-11-06" + typed(columns, "in") + " +transfer ← Main +cash +\\+\\$113\\.00 +\\$113\\.00");
        app.press(KeyType.Tab).assertShows("Account: all 3 accounts").assertShows("6 transactions");
        app.press(KeyType.ReverseTab).assertShows("Account: Travel (cash, USD)");
        assertFalse(app.screen().lines().filter(l -> l.startsWith(" 2026-") || l.contains("Account:")).anyMatch(l -> l.contains("…")),
                app.screen());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void aFilterThatMatchesTransferLegsCountsThemButLeavesThemOutOfTheFootersIncomeAndExpenses(int columns, int rows) {
        VirtualTui app = withTransfers(columns, rows).type("2").type("/").type("amt:>50").press(KeyType.Enter);
        // the pay, and both legs of each transfer: €500.00 out and in, €100.00 out and $113.00 in; the lunch is under €50
        app.assertShows("Filter: amt:>50").assertShows("5 transactions   income €3,000.00   expenses €0.00   net €3,000.00");
        app.type("/");
        for (int i = 0; i < "amt:>50".length(); i++) {
            app.press(KeyType.Backspace);
        }
        app.type("desc:cash").press(KeyType.Enter);
        app.assertShows("Filter: desc:cash").assertShows("2 transactions   income €0.00   expenses €0.00   net €0.00");
        assertFalse(app.shows("left out"), "a transfer leg is in no total, so none is left out for want of a rate");
    }

    @Test
    void anOpeningBalanceCountsFromTheStartOfItsDayInTheRunningBalance() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Visa", AccountType.CREDIT, EUR, "-420.50", LocalDate.of(2026, 11, 10), true));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 10), TxKind.EXPENSE, "Groceries", Money.of(5420, "EUR"),
                "market", "Visa"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 12), TxKind.EXPENSE, "Dining", Money.of(1000, "EUR"),
                "dinner", "Visa"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Tab).press(KeyType.Tab).assertShows("Account: Visa (credit, EUR)");
        assertLine(app, " *2026-11-10 expense +Groceries +market +-€54\\.20 +-€474\\.70");
        assertLine(app, " *2026-11-12 expense +Dining +dinner +-€10\\.00 +-€484\\.70");
        app.type("D");
        assertLine(app, " *2026-11-10 expense +Groceries +market +-€54\\.20 +-€474\\.70");
        assertLine(app, " *2026-11-12 expense +Dining +dinner +-€10\\.00 +-€484\\.70");
    }

    @Test
    void sortedByAmountOrFilteredOneAccountSaysWhereItsBalanceColumnWent() {
        VirtualTui app = withTransfers(100, 30).type("2").press(KeyType.Tab).type("A");
        app.assertShows("The balance after each row shows in date order with no filter");
        assertFalse(app.screen().lines().anyMatch(l -> l.matches(" *date.*balance")), app.screen());
        app.type("D").assertShows("balance");
        assertFalse(app.shows("The balance after each row shows"));
    }

    /** The balances on screen, in the order of the rows: the last money on each row. */
    private static List<Long> balancesOnScreen(VirtualTui app) {
        List<Long> out = new ArrayList<>();
        Pattern last = Pattern.compile("^ *2026-.* €(\\d+)\\.00\\s*$");
        for (String line : app.screen().lines().toList()) {
            Matcher m = last.matcher(line);
            if (m.matches()) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    @Test
    void theRunningBalanceIsRightAcrossTheTablesBlocksEvenWhereOneDaySpansTwo() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "1000", LocalDate.of(2026, 1, 1), true));
        // 300 expenses of €1.00: 90 on Nov 1st, 160 on the 2nd, 50 on the 3rd; newest first, rows 50 to 209 are
        // all of the 2nd, so the table's second block of 200 rows begins in the middle of that day
        int[] perDay = {90, 160, 50};
        for (int d = 0; d < 3; d++) {
            for (int i = 0; i < perDay[d]; i++) {
                app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 1 + d), TxKind.EXPENSE, "Dining",
                        Money.of(100, "EUR"), "coffee", "Savings"));
            }
        }
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Tab).press(KeyType.Tab).assertShows("Account: Savings");
        for (int i = 0; i < 9; i++) {
            app.press(KeyType.PageDown); // a screenful at a time, to rows on both sides of row 200, where the second block begins
        }
        int[] shown = rowsShown(app);
        assertTrue(shown[0] < 200 && shown[1] > 200, app.screen());
        List<Long> expected = new ArrayList<>();
        for (int row = shown[0]; row <= shown[1]; row++) {
            expected.add(1000L - (300 - row)); // after the row at (0-based) position `row`, newest first, 300 - row euros are spent
        }
        assertEquals(expected, balancesOnScreen(app));
        app.type("D").assertShows("sorted by date, oldest first");
        for (int i = 0; i < 9; i++) {
            app.press(KeyType.PageDown);
        }
        shown = rowsShown(app);
        assertTrue(shown[0] < 200 && shown[1] > 200, app.screen());
        expected.clear();
        for (int row = shown[0]; row <= shown[1]; row++) {
            expected.add(1000L - (row + 1)); // oldest first, the row at position `row` is the (row + 1)th euro spent
        }
        assertEquals(expected, balancesOnScreen(app));
    }

    /** The first and last (0-based) positions of the rows on screen, from "rows 194–217 of 300". */
    private static int[] rowsShown(VirtualTui app) {
        Matcher m = Pattern.compile("rows (\\d+)–(\\d+) of").matcher(app.screen());
        assertTrue(m.find(), app.screen());
        return new int[] {Integer.parseInt(m.group(1)) - 1, Integer.parseInt(m.group(2)) - 1};
    }

    @Test
    void deletingATransferLegSaysBothLegsGoAndDeletesBoth() {
        VirtualTui app = withTransfers(100, 30).type("2");
        Session alice = app.alice();
        for (int i = 0; i < 6 && !app.selected("2026-11-05 in"); i++) {
            app.press(KeyType.ArrowDown);
        }
        assertTrue(app.selected("2026-11-05 in"), app.screen());
        app.type("d").assertShows("Delete this transfer?").assertShows("Both legs are deleted: out of Main and into Savings.").type("y");
        app.assertShows("deleted the transfer (both legs)").assertShows("4 transactions");
        assertEquals(4, app.services.transactions().count(alice, Filter.ALL));
        assertFalse(app.shows("put aside"));
    }
}
