package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** One money format on a screen, and counts with their nouns in the right number. */
class WordingTest {
    /** alice with a salary of €3,200.00 and €106.30 of groceries in November, over a €100.00 budget. */
    private static VirtualTui alice() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.INCOME, "Salary", Money.of(320_000, "EUR"), "pay"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(1_030, "EUR"), "market"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 4), TxKind.EXPENSE, "Groceries", Money.of(9_600, "EUR"), "shop"));
        app.services.budgets().set(alice, "Groceries", YearMonth.of(2026, 11), Money.of(10_000, "EUR"));
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    @Test
    void theTransactionTableWritesMoneyAsItsFooterDoes() {
        VirtualTui app = alice().type("2");
        app.assertShows("+€3,200.00").assertShows("-€96.00").assertShows("income €3,200.00");
        assertFalse(app.shows("3200.00"), "no second form of the same amount on one screen\n" + app.screen());
    }

    @Test
    void theAnalysisCategoriesTableWritesMoneyAsTheRestOfTheAppDoes() {
        VirtualTui app = alice().type("4");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).assertShows("share %");
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("Groceries") && l.contains("€106.30") && l.contains("€53.15")), app.screen());
    }

    @Test
    void countsOfOneAreSingular() {
        VirtualTui app = alice().type("4").press(KeyType.Tab).press(KeyType.Tab);
        app.assertShows("Most often over budget: Groceries 1 of 1 month");
        assertFalse(app.shows("1 months"), app.screen());
    }
}
