package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.NetWorth;
import io.finterm.analysis.NetWorthPoint;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Entry;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's twelve-month chart switched with {@code w} between income, expenses and savings and the net worth. */
class DashboardNetWorthChartTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    /**
     * alice with Main and Savings (EUR, opened with €2,500.00 on 2026-03-01): €30.00 spent from Main on October 4th
     * and €448.00 on November 3rd.
     */
    private static VirtualTui withSavings(int columns, int rows, boolean travel) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new NewAccount("Savings", AccountType.SAVINGS, EUR, "2500", LocalDate.of(2026, 3, 1), true));
        if (travel) { // no USD rates in the test store: this balance cannot be converted
            app.services.accountBook().add(alice, new NewAccount("Travel", AccountType.CASH, Currency.getInstance("USD"), "200",
                    LocalDate.of(2026, 1, 1), true));
        }
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 10, 4), TxKind.EXPENSE, "Dining", Money.of(3_000, "EUR"), "lunch"));
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(44_800, "EUR"),
                "market"));
        return app.logIn("alice", VirtualTui.ALICE_PW);
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void wSwitchesTheTwelveMonthChartToTheNetWorthWithTheServicesFiguresOnItsAxis(int columns, int rows) {
        VirtualTui app = withSavings(columns, rows, false);
        app.assertShows("Income, expenses and savings, 12 months").assertShows("w net worth");
        assertFalse(app.shows("Net worth, 12 months"), app.screen());

        app.type("w").assertShows("Net worth, 12 months");
        assertFalse(app.shows("Income, expenses and savings"), app.screen());
        assertFalse(app.shows("12 months  incomplete"), app.screen());

        // the service's series over the chart's months: nothing before March, €2,500.00 until September,
        // €2,470.00 at October's end and €2,022.00 so far in November
        NetWorth worth = app.services.netWorth().netWorth(app.alice(), YearMonth.of(2025, 12), YearMonth.of(2026, 11));
        List<Long> minor = worth.rows().stream().map(NetWorthPoint::netWorth).map(Money::minor).toList();
        assertEquals(List.of(0L, 0L, 0L, 250_000L, 250_000L, 250_000L, 250_000L, 250_000L, 250_000L, 250_000L, 247_000L, 202_200L), minor);
        // so the axis runs from 0 at the bottom to 2.5k at the top, beside the chart's title
        List<String> lines = app.screen().lines().toList();
        int title = indexOf(lines, "Net worth, 12 months");
        int column = lines.get(title).indexOf("Net worth, 12 months");
        assertTrue(lines.get(title + 1).substring(column).matches("\\s*2\\.5k[┤│].*"), app.screen());
        assertTrue(lines.stream().skip(title + 2).limit(12).anyMatch(l -> l.length() > column
                && l.substring(column).matches("\\s*0[┤│].*")), app.screen());

        app.type("w").assertShows("Income, expenses and savings, 12 months");
        assertFalse(app.shows("Net worth, 12 months"), app.screen());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void theNetWorthChartSaysWhenABalanceCouldNotBeConverted(int columns, int rows) {
        VirtualTui app = withSavings(columns, rows, true).type("w");
        app.assertShows("Net worth, 12 months  incomplete: see 8");
        NetWorth worth = app.services.netWorth().netWorth(app.alice(), YearMonth.of(2025, 12), YearMonth.of(2026, 11));
        assertFalse(worth.conversion().balancesLeftOut().isEmpty());
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void theHelpListsTheNetWorthKey(int columns, int rows) {
        withSavings(columns, rows, false).type("?").assertShows("12-month chart: net worth, or income and expenses");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not on the screen");
    }
}
