package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.service.Entry;
import io.finterm.service.Filter;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reconcile on the Accounts screen, against a made-up statement of Checking on 18 November: opened with
 * 1,000.00 on the 1st, it shows the groceries (-54.30), the salary (+2,500.00) and the rent (-900.00), so
 * its closing balance is 1000.00 - 54.30 + 2500.00 - 900.00 = 2,545.70. The dinner of the 20th is after it.
 */
class ReconcileScreenTest {
    private static VirtualTui withChecking(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Checking", AccountType.CHECKING, null, "1000.00", LocalDate.of(2026, 11, 1), true));
        add(app, alice, 3, TxKind.EXPENSE, "Groceries", 5_430, "groceries");
        add(app, alice, 10, TxKind.INCOME, "Salary", 250_000, "salary");
        add(app, alice, 15, TxKind.EXPENSE, "Rent", 90_000, "rent");
        add(app, alice, 20, TxKind.EXPENSE, "Dining", 1_250, "dinner");
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    private static void add(VirtualTui app, Session s, int day, TxKind kind, String category, long cents, String description) {
        app.services.transactions().add(s, new Entry(LocalDate.of(2026, 11, day), kind, category, Money.of(cents, "EUR"), description,
                "Checking", "Shop " + day, List.of(), List.of()));
    }

    private static Map<String, TxStatus> statuses(VirtualTui app) {
        return app.services.transactions().list(app.alice(), Filter.ALL, Sort.DATE_ASC, 0, 100).stream()
                .collect(Collectors.toMap(l -> l.transaction().description(), l -> l.transaction().status()));
    }

    private static VirtualTui openReconcile(VirtualTui app, String balance) {
        app.type("8");
        app.press(KeyType.Home);
        for (int i = 0; i < 5 && !app.selected("Checking"); i++) {
            app.press(KeyType.ArrowDown);
        }
        app.type("R").assertShows("Reconcile Checking (EUR)").assertShows("The bank statement's date and closing balance");
        for (int i = 0; i < "today".length(); i++) {
            app.press(KeyType.Backspace);
        }
        app.type("2026-11-18");
        app.press(KeyType.Tab);
        app.type(balance);
        return app.press(KeyType.Enter);
    }

    private static void assertLine(VirtualTui app, String regex) {
        assertTrue(app.screen().lines().anyMatch(l -> l.matches(regex)), () -> "no line like " + regex + " on\n" + app.screen());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void spaceTicksOffTheStatementUntilTheDifferenceIsZeroAndFinishReconcilesTheClearedOnes(int columns, int rows) {
        VirtualTui app = withChecking(columns, rows);
        app.type("8").assertShows("R reconcile");
        openReconcile(app, "2545.70");
        app.assertShows("Reconcile Checking").assertShows("statement of 2026-11-18, closing balance €2,545.70")
                .assertShows("Cleared balance  €1,000.00").assertShows("Difference  €1,545.70")
                .assertShows("Space cleared/uncleared  f finish  Esc back");
        assertLine(app, " +2026-11-03 +Shop 3 +groceries +Groceries +-€54\\.30");
        assertLine(app, " +2026-11-10 +Shop 10 +salary +Salary +\\+€2,500\\.00");
        assertFalse(app.shows("dinner"), "after the statement's date:\n" + app.screen());
        app.type("f").assertShows("not yet: the difference is €1,545.70, not 0");

        app.type(" ").assertShows("Cleared balance  €945.70").assertShows("Difference  €1,600.00"); // 1000.00 - 54.30
        assertLine(app, " c +2026-11-03 .*");
        app.type("  ").assertShows("Cleared balance  €2,545.70").assertShows("Difference  €0.00")
                .assertShows("The difference is 0: f finishes, marking 3 cleared transactions reconciled.");
        app.press(KeyType.Home).type(" ").assertShows("Difference  -€54.30"); // groceries uncleared again: 2600.00 cleared
        assertLine(app, " +2026-11-03 .*");
        app.press(KeyType.Home).type(" ").assertShows("Difference  €0.00");
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());

        app.type("f").assertShows("reconciled Checking to 2026-11-18: 3 transactions are now reconciled").assertShows("2 accounts");
        assertEquals(Map.of("groceries", TxStatus.RECONCILED, "salary", TxStatus.RECONCILED, "rent", TxStatus.RECONCILED,
                "dinner", TxStatus.UNCLEARED), statuses(app));
    }

    @Test
    void longRowsKeepTheirAmountsWholeAndEndShowsTheLastRowAt80x24() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Checking", AccountType.CHECKING, null, "0", LocalDate.of(2026, 10, 1), true));
        for (int day = 1; day <= 30; day++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 10, day), TxKind.EXPENSE, "Groceries",
                    Money.of(123_400 + day, "EUR"), "a rather long description of what was bought " + day, "Checking",
                    "A payee with a long name " + day, List.of(), List.of()));
        }
        app.logIn("alice", VirtualTui.ALICE_PW);
        openReconcile(app, "0");
        assertLine(app, ".*2026-10-01 .*-€1,234\\.01 *");
        app.press(KeyType.End);
        assertTrue(app.shows("-€1,234.30") && app.shows("of 30"), () -> "the last row, selected, is on screen:\n" + app.screen());
        assertTrue(app.screen().lines().filter(l -> l.contains("2026-10-")).allMatch(l -> l.matches(".*-€1,234\\.\\d\\d *")),
                () -> "every amount whole:\n" + app.screen());
    }

    @Test
    void aBalanceThatIsNotAnAmountStaysInThePromptWithItsReason() {
        VirtualTui app = openReconcile(withChecking(80, 24), "lots");
        app.assertShows("'lots' is not a number").assertShows("Reconcile Checking (EUR)");
        app.press(KeyType.Escape).assertShows("2 accounts");
        assertTrue(statuses(app).values().stream().allMatch(s -> s == TxStatus.UNCLEARED));
    }

    @Test
    void theHelpNamesReconcile() {
        VirtualTui app = withChecking(100, 30).type("8").press(KeyType.F1);
        app.assertShows("reconcile with a bank statement");
    }
}
