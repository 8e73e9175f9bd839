package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.Forecast;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The forecast's spending (the average of six whole months, without what schedules posted) and its net
 * worth line. Today is 2026-03-05; the basis is 2025-09 to 2026-02.
 */
class ForecastSpendingAndNetWorthTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final Accounts fx = new Accounts();
    private final ForecastService forecast = new ForecastService(fx.store, fx.accounts, BusinessDays.WEEKENDS_ONLY,
            RateOracle.identity(), fx.clock);

    private void expense(Session s, String day, String category, long minor) {
        fx.transactions.add(s, new Entry(LocalDate.parse(day), TxKind.EXPENSE, category, Money.of(minor, "EUR"), "x"));
    }

    private static long sum(AccountForecast line, LocalDate from, LocalDate to) {
        long before = line.days().stream().filter(p -> p.date().equals(from.minusDays(1))).findFirst().orElseThrow().balance().minor();
        long after = line.days().stream().filter(p -> p.date().equals(to)).findFirst().orElseThrow().balance().minor();
        return after - before;
    }

    /**
     * Groceries 100.00 in each of the six months (600.00), Dining 100.01 once in January, and out of the
     * basis: 50.00 in August 2025 and 70.00 on 2026-03-02. A schedule's posted Rent of 999.00 in January
     * is not discretionary. So a month spends 100.00 of groceries and 16.66 (March) or 16.67 of dining.
     */
    @Test
    void spendingIsEachCategorysSixMonthAverageWithoutScheduledRowsAndEachMonthAddsUpExactly() {
        Session alice = fx.alice();
        for (int m = 9; m <= 14; m++) {
            YearMonth month = YearMonth.of(2025, 1).plusMonths(m - 1);
            expense(alice, month.atDay(15).toString(), "Groceries", 10_000);
        }
        expense(alice, "2026-01-20", "Dining", 10_001);
        expense(alice, "2025-08-20", "Dining", 5_000);
        expense(alice, "2026-03-02", "Dining", 7_000);
        ForecastFixture rows = new ForecastFixture(fx.store, alice);
        long rent = rows.category(fx.categories, TxKind.EXPENSE, "Rent");
        Schedule s = rows.schedule("Rent", "Main", TxKind.EXPENSE, null, rent, "999.00",
                new Recurrence(Frequency.MONTH, 1, 10, 0, null, LocalDate.of(2026, 1, 10), null, 0), WeekendPolicy.KEEP, TODAY);
        rows.postedBy(s, LocalDate.of(2026, 1, 10), rent, "999.00");

        AccountForecast main = forecast.forecast(alice, 2, null, true).accounts().get(0);
        AccountForecast without = forecast.forecast(alice, 2, null, false).accounts().get(0);
        assertEquals(without.days().get(0), main.days().get(0), "today spends nothing more: its balance is real");
        // March from the 6th: groceries 10000 − floor(10000·5/31) = 8388, dining 1666 − floor(1666·5/31) = 1398.
        assertEquals(-(8_388 + 1_398), sum(main, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 31)));
        assertEquals(-(10_000 + 1_667), sum(main, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)), "April: exactly 116.67");
        // May 1..5: floor(10000·5/31) = 1612 and floor(1667·5/31) = 268.
        assertEquals(-(1_612 + 268), sum(main, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5)));
        long start = without.days().get(0).balance().minor();
        assertEquals(start - 23_333, main.days().get(main.days().size() - 1).balance().minor());
    }

    @Test
    void aCategoryThatARunningScheduleBooksIntoIsNotCountedAgainAsSpendingThoughItsPastRowsWereEnteredByHand() {
        Session alice = fx.alice();
        for (int m = 9; m <= 14; m++) {
            YearMonth month = YearMonth.of(2025, 1).plusMonths(m - 1);
            expense(alice, month.atDay(1).toString(), "Rent", 90_000); // paid by hand, before the schedule existed
            expense(alice, month.atDay(15).toString(), "Groceries", 6_000);
        }
        ForecastFixture rows = new ForecastFixture(fx.store, alice);
        long rent = rows.category(fx.categories, TxKind.EXPENSE, "Rent");
        rows.schedule("Rent", "Main", TxKind.EXPENSE, null, rent, "900.00",
                new Recurrence(Frequency.MONTH, 1, 1, 0, null, LocalDate.of(2026, 4, 1), null, 0), WeekendPolicy.KEEP, TODAY);
        AccountForecast main = forecast.forecast(alice, 2, null, true).accounts().get(0);
        // April: the scheduled rent once (90000) and the groceries' average (6000), not the rent's average on top
        assertEquals(-(90_000 + 6_000), sum(main, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
    }

    /** Random schedules between three accounts in one currency: the net worth line is their sum, every day. */
    @Test
    void theNetWorthLineIsTheSumOfTheAccountsLinesInOneCurrency() {
        Session alice = fx.alice();
        fx.accountBook.add(alice, new NewAccount("Savings", null, null, "250.00", TODAY, true));
        fx.accountBook.add(alice, new NewAccount("Card", io.finterm.domain.AccountType.CREDIT, null, "-80.00", TODAY, true));
        ForecastFixture rows = new ForecastFixture(fx.store, alice);
        long salary = rows.category(fx.categories, TxKind.INCOME, "Salary");
        long shopping = rows.category(fx.categories, TxKind.EXPENSE, "Shopping");
        List<String> names = List.of("Main", "Savings", "Card");
        Random random = new Random(24);
        for (int i = 0; i < 30; i++) {
            TxKind kind = List.of(TxKind.INCOME, TxKind.EXPENSE, TxKind.TRANSFER_OUT).get(random.nextInt(3));
            int from = random.nextInt(3);
            int to = (from + 1 + random.nextInt(2)) % 3;
            Frequency every = Frequency.values()[random.nextInt(4)];
            LocalDate start = TODAY.minusDays(10).plusDays(random.nextInt(60));
            Recurrence rule = new Recurrence(every, 1 + random.nextInt(3), 0, 0, null, start, null, 0);
            rows.schedule("S" + i, names.get(from), kind, kind == TxKind.TRANSFER_OUT ? names.get(to) : null,
                    kind == TxKind.INCOME ? salary : shopping, (1 + random.nextInt(50_000)) / 100 + "." + String.format("%02d", random.nextInt(100)),
                    rule, WeekendPolicy.values()[random.nextInt(3)], null);
        }
        for (int months = 1; months <= 12; months += 11) {
            Forecast f = forecast.forecast(alice, months, null, true);
            assertEquals(3, f.accounts().size());
            for (int d = 0; d < f.netWorth().days().size(); d++) {
                long sum = 0;
                for (AccountForecast a : f.accounts()) {
                    assertEquals(f.netWorth().days().get(d).date(), a.days().get(d).date());
                    sum += a.days().get(d).balance().minor();
                }
                assertEquals(sum, f.netWorth().days().get(d).balance().minor(), "day " + d);
            }
        }
    }
}
