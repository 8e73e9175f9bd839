package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.AccountForecast;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Entry;
import io.finterm.service.NewSchedule;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The forecast page, opened with {@code f} from the dashboard. Today is Tuesday 2026-11-24. alice's Main
 * holds €500.00 (pay on 2026-11-02); Rent takes €800.00 on the 1st from 2026-12-01 and Salary brings
 * €2,500.00 on the 28th from 2026-12-28, so Main falls to -€300.00 on 2026-12-01 and recovers with the salary.
 */
class ForecastScreenTest {
    private static VirtualTui shortOfMoney(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 2), TxKind.INCOME, "Salary", Money.of(50_000, "EUR"), "pay"));
        app.services.schedules().add(alice, new NewSchedule("Rent", null, TxKind.EXPENSE, null, "800", false, "Rent", List.of(), "", "",
                List.of(), new Recurrence(Frequency.MONTH, 1, 1, 0, null, LocalDate.of(2026, 12, 1), null, 0), WeekendPolicy.KEEP, true));
        app.services.schedules().add(alice, new NewSchedule("Salary", null, TxKind.INCOME, null, "2500", false, "Salary", List.of(), "", "",
                List.of(), new Recurrence(Frequency.MONTH, 1, 28, 0, null, LocalDate.of(2026, 12, 28), null, 0), WeekendPolicy.KEEP, true));
        return app.logIn("alice", VirtualTui.ALICE_PW).type("f");
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void theForecastShowsTheWarningSentenceWholeAndLegendsBothPens(int columns, int rows) {
        VirtualTui app = shortOfMoney(columns, rows);
        app.assertShows("◀ Main ▶").assertShows("3 months");
        AccountForecast main = app.services.forecast().forecast(app.alice(), 3, null, false).accounts().get(0);
        assertNotNull(main.warning(), "the service warns: this is what the page must say");
        // by hand: €500.00 less €800.00 on the 1st of December, and the salary on the 28th
        assertTrue(main.warning().contains("2026-12-01") && main.warning().contains("300.00"), main.warning());
        app.assertShowsWhole(main.warning());
        app.assertShows("lowest -€300.00 on 2026-12-01");
        // the two pens, named in the legend: not told by colour alone
        app.assertShows("━ history").assertShows("╍ forecast");
        String page = app.screen().lines().skip(1).limit(rows - 2).reduce("", (a, b) -> a + b + "\n");
        assertFalse(page.contains("…"), "nothing cut\n" + app.screen());
        app.assertShows("[ ] account  { } months  s spending");
    }

    @Test
    void theKeysChangeTheAccountTheMonthsAndTheSpending() {
        VirtualTui app = shortOfMoney(100, 30);
        app.type("]").assertShows("◀ Net worth ▶").assertShows("2 of 2");
        app.type("]").assertShows("◀ Main ▶").assertShows("1 of 2");
        app.type("}").assertShows("4 months to 2027-03-24");
        for (int i = 0; i < 12; i++) {
            app.type("}");
        }
        app.assertShows("12 months to 2027-11-24").assertShows("the forecast looks 1 to 12 months ahead");
        app.type("s").assertShows("with average spending");
        app.type("s").assertShows("scheduled only");
        app.type("q").assertShows("Due and coming");
    }

    @Test
    void theHistoryEndsWhereTheForecastBeginsToday() {
        VirtualTui app = shortOfMoney(100, 30);
        AccountForecast main = app.services.forecast().forecast(app.alice(), 3, null, false).accounts().get(0);
        assertEquals(LocalDate.of(2026, 11, 24), main.days().get(0).date());
        BalanceHistory history = BalanceHistory.load(app.services, app.alice(), LocalDate.of(2026, 11, 24));
        List<Money> past = history.of("Main");
        assertEquals(Money.of(0, "EUR"), past.get(0), "on 2026-08-24, before the pay");
        assertEquals(Money.of(50_000, "EUR"), past.get(past.size() - 1), "today, after the pay");
        var line = ForecastLine.of(history.from(), past, main, 1000);
        double[] before = line.series().get(0).values();
        double[] after = line.series().get(1).values();
        int today = past.size() - 1;
        assertEquals(500.0, before[today]);
        assertTrue(Double.isNaN(before[today + 1]) && Double.isNaN(after[today - 1]), "each pen draws its own side of today");
        assertEquals(-300.0, after[today + 7], "2026-12-01");
    }
}
