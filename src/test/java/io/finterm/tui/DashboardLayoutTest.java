package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard's panels at the widths people use: every label fits, and the charts use the room they have. */
class DashboardLayoutTest {
    /** alice on her dashboard at {@code columns × 30}, Groceries €448.00 spent of a €400.00 budget, Dining €30.00 of €150.00. */
    private static VirtualTui overspent(int columns) {
        VirtualTui app = VirtualTui.withAlice(columns, 30, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(44_800, "EUR"), "market"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 4), TxKind.EXPENSE, "Dining", Money.of(3_000, "EUR"), "lunch"));
        app.services.budgets().set(alice, "Groceries", YearMonth.of(2026, 11), Money.of(40_000, "EUR"));
        app.services.budgets().set(alice, "Dining", YearMonth.of(2026, 11), Money.of(15_000, "EUR"));
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 90, 95, 100, 120})
    void aBudgetBarKeepsItsPercentItsAmountAndOverWhateverTheWidth(int columns) {
        VirtualTui app = overspent(columns);
        String budgets = app.screen().lines().dropWhile(l -> !l.startsWith(" Budgets")).limit(3).reduce("", (a, b) -> a + b + "\n");
        assertTrue(budgets.contains("112 %") && budgets.contains("€400.00") && budgets.contains("over"), budgets + "\n" + app.screen());
        assertTrue(budgets.contains("20 %") && budgets.contains("€150.00"), budgets);
        assertTrue(budgets.contains("█"), "the bar is still there, only shorter\n" + budgets);
    }

    @Test
    void thePieNamesItsMergedSmallSlicesApartFromTheRealCategoryOther() {
        VirtualTui app = VirtualTui.withAlice(120, 30, false);
        Session alice = app.alice();
        long[] amounts = {80_000, 40_000, 15_000, 6_776, 500, 500, 477, 500};
        String[] names = {"Rent", "Groceries", "Dining", "Other", "Transport", "Health", "Shopping", "Travel"};
        for (int i = 0; i < names.length; i++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3 + i), TxKind.EXPENSE, names[i], Money.of(amounts[i], "EUR"), "x"));
        }
        app.logIn("alice", VirtualTui.ALICE_PW);
        String pie = app.screen().lines().dropWhile(l -> !l.contains("Where the money went")).reduce("", (a, b) -> a + b + "\n")
                .replaceAll(" +", " "); // the legend lines its columns up
        assertTrue(pie.contains("Other €67.76"), "the real Other keeps its own slice, with the same amount as its bar\n" + app.screen());
        assertTrue(pie.contains("4 small categories €19.77"), "the merged slices say what they are\n" + app.screen());
        assertTrue(pie.lines().noneMatch(l -> l.contains("Other") && !l.contains("Other €67.76")), app.screen());
    }

    @Test
    void theDailySparklineUsesTheWidthOfAWideTerminal() {
        VirtualTui app = overspent(200);
        String spark = app.screen().lines().dropWhile(l -> !l.startsWith(" Daily spending")).skip(1).findFirst().orElse("");
        long days = spark.chars().filter(c -> "▁▂▃▄▅▆▇█".indexOf(c) >= 0).count();
        assertTrue(days >= 90, "30 days at three columns each, not 30 columns\n" + app.screen());
    }

    @Test
    void theAllPeriodShowsNoArrowsBecauseItDoesNotMove() {
        VirtualTui app = overspent(100);
        app.assertShows("◀ November 2026 ▶");
        app.type("}").type("}").type("}");
        String top = app.screen().lines().skip(1).findFirst().orElse("");
        assertTrue(top.contains("all") && !top.contains("◀") && !top.contains("▶"), top);
        app.type("{").assertShows("◀ 2026 ▶");
    }

    @Test
    void monthsAreLabelledAlikeOnTheDashboardAndOnTheTrendsTab() {
        VirtualTui app = overspent(120);
        String dashboard = app.screen();
        assertTrue(dashboard.contains("Oct") && dashboard.contains("2026"), "January is written as its year\n" + dashboard);
        String trends = app.type("4").assertShows("Trends").screen();
        assertTrue(trends.contains("Oct") && trends.contains("2026") && !trends.matches("(?s).*\\b2[56]-\\d\\d\\b.*"),
                "the same month labels as the dashboard, not 25-12\n" + trends);
    }
}
