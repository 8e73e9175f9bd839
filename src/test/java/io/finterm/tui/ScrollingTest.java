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

/** Every table longer than the screen scrolls and says which rows it shows. */
class ScrollingTest {
    /** alice with 30 expense categories of her own, one expense in each this month, and a budget for each. */
    private static VirtualTui thirtyCategories() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        for (int i = 1; i <= 30; i++) {
            String name = String.format("Cat%02d", i);
            app.services.categories().add(alice, TxKind.EXPENSE, name);
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, name, Money.of(100L * i, "EUR"), "x"));
            app.services.budgets().set(alice, name, YearMonth.of(2026, 11), Money.of(5000, "EUR"));
        }
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    @Test
    void theTransactionTableSaysWhichRowsItShowsAndPagesThroughThem() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        for (int i = 0; i < 104; i++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 1, 1).plusDays(i), TxKind.EXPENSE, "Dining",
                    Money.of(100 + i, "EUR"), "meal " + i));
        }
        // 24 rows: the tab bar and the status line leave 22; the filter line, the header, the footer and one spare leave 18
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").assertShows("rows 1–18 of 104");
        app.press(KeyType.PageDown).assertShows("rows 2–19 of 104");
        app.press(KeyType.End).assertShows("rows 87–104 of 104").assertShows("meal 0 ");
        app.press(KeyType.Home).assertShows("rows 1–18 of 104").assertShows("meal 103");
    }

    @Test
    void theAnalysisCategoriesTabScrollsWithTheArrowsPageKeysHomeAndEnd() {
        VirtualTui app = thirtyCategories().type("4");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).assertShows("share %").assertShows("of 30");
        String first = app.screen();
        assertTrue(first.contains("rows 1–"), first);
        app.press(KeyType.End);
        assertTrue(app.screen().matches("(?s).*rows \\d+–30 of 30.*"), app.screen());
        app.press(KeyType.Home).assertShows("rows 1–");
        app.press(KeyType.ArrowDown).assertShows("rows 2–");
        app.press(KeyType.PageDown).press(KeyType.PageUp).assertShows("rows 1–");
    }

    @Test
    void theBudgetVarianceViewScrolls() {
        VirtualTui app = thirtyCategories().type("3v");
        app.assertShows("rows 1–").assertShows("of 30");
        app.press(KeyType.End);
        assertTrue(app.screen().matches("(?s).*rows \\d+–30 of 30.*"), app.screen());
    }

    @Test
    void theBudgetMonthSaysWhichRowsItShowsAndALargeSpendStaysInItsColumn() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.budgets().set(alice, "Groceries", YearMonth.of(2026, 11), Money.of(5000, "EUR"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.EXPENSE, "Groceries",
                Money.of(123_456_789_012L, "EUR"), "a very large shop"));
        app.logIn("alice", VirtualTui.ALICE_PW).type("3");
        String line = app.screen().lines().filter(l -> l.contains("Groceries")).findFirst().orElseThrow();
        // amounts this wide leave the bar no room with their currency: they go without it, and the line above names it once
        assertTrue(line.matches(".* 50\\.00 +1234567890\\.12 +-1234567840\\.12 +█{6,} \\d+ % over"), line);
        app.assertShows("budget, spent and remaining, in EUR");
        assertTrue(app.screen().contains("rows 1–") || app.screen().lines().count() > 0);
        app.press(KeyType.End);
        assertFalse(app.screen().contains("rows 0"), app.screen());
    }
}
