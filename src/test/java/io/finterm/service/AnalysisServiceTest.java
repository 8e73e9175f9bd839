package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.Conversion;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.Period;
import io.finterm.analysis.PeriodSummary;
import io.finterm.analysis.Trend;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.rates.StoredRates;
import io.finterm.store.Schema;
import java.math.BigDecimal;
import java.util.Currency;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisServiceTest {
    private final Accounts fx = new Accounts(); // the clock says 2026-03-05
    private final Session alice = fx.alice();
    private final Session bob = fx.bob();
    private final Period march = Period.month(YearMonth.of(2026, 3));

    /** Opens alice's USD account, where her dollar transactions are booked. */
    private void dollars() {
        fx.accountBook.add(alice, new NewAccount("Dollars", null, Currency.getInstance("USD"), null, null, true));
    }

    private void add(Session who, String date, TxKind kind, String category, long cents, String description) {
        fx.transactions.add(who, new Entry(LocalDate.parse(date), kind, category, Money.of(cents, "EUR"), description));
    }

    @Test
    void aMonthlyTrendOfAPeriodShorterThanAQuarterCoversTheTwelveMonthsToItsEnd() {
        assertEquals(Period.between(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)), AnalysisService.trendPeriod(march));
        assertEquals(Period.between(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
                AnalysisService.trendPeriod(Period.between(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 14))), "a few days of March");
        Period quarter = Period.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertEquals(quarter, AnalysisService.trendPeriod(quarter), "a quarter is long enough as it is");
    }

    @Test
    void aUsersReportsCountOnlyTheirOwnTransactions() {
        add(alice, "2026-03-02", TxKind.EXPENSE, "Dining", 1250, "lunch");
        add(bob, "2026-03-02", TxKind.EXPENSE, "Dining", 99_900, "bobs dinner");
        PeriodSummary summary = fx.analysis.summary(alice, march, Filter.ALL);
        assertEquals(Money.of(1250, "EUR"), summary.current().expenses());
        assertEquals(1, summary.current().count());
    }

    @Test
    void aTrendSlopeStartsAtEachSeriesFirstTransactionFoundInTheWholeHistory() {
        // Rent from 2025-09 on, Travel once in 2024 and again from 2025-10: the period is 2025
        for (String month : List.of("2025-09", "2025-10", "2025-11", "2025-12")) {
            add(alice, month + "-01", TxKind.EXPENSE, "Rent", 80_000, "rent");
        }
        add(alice, "2024-06-01", TxKind.EXPENSE, "Travel", 30_000, "train");
        add(alice, "2025-10-01", TxKind.EXPENSE, "Travel", 30_000, "train");
        add(alice, "2025-11-01", TxKind.EXPENSE, "Travel", 30_000, "train");
        add(alice, "2025-12-01", TxKind.EXPENSE, "Travel", 30_000, "train");
        Trend trend = fx.analysis.trend(alice, Period.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                Trend.Granularity.MONTH, Filter.ALL);
        Trend.Line rent = trend.categories().stream().filter(l -> l.name().equals("Rent")).findFirst().orElseThrow();
        assertEquals("flat", rent.slope().describe());
        assertEquals(4, rent.slope().points());
        Trend.Line travel = trend.categories().stream().filter(l -> l.name().equals("Travel")).findFirst().orElseThrow();
        assertEquals(12, travel.slope().points(), "Travel began in 2024, so its quiet months of 2025 count");
        Trend filtered = fx.analysis.trend(alice, Period.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                Trend.Granularity.MONTH, FilterParser.parse("cat:Travel", LocalDate.of(2026, 3, 5)));
        assertEquals(12, filtered.expenses().slope().points(), "the filtered series began in 2024 too");
    }

    @Test
    void theFilterNarrowsEveryReport() {
        add(alice, "2026-03-02", TxKind.EXPENSE, "Dining", 1250, "lunch");
        add(alice, "2026-03-03", TxKind.EXPENSE, "Groceries", 4000, "market");
        add(alice, "2026-02-03", TxKind.EXPENSE, "Groceries", 3000, "market");
        Filter groceries = FilterParser.parse("cat:groceries", LocalDate.of(2026, 3, 5));
        PeriodSummary summary = fx.analysis.summary(alice, march, groceries);
        assertEquals(Money.of(4000, "EUR"), summary.current().expenses());
        assertEquals(Money.of(3000, "EUR"), summary.previous().expenses(), "the previous period is filtered alike");
        CategoryStats stats = fx.analysis.categories(alice, march, TxKind.EXPENSE, groceries);
        assertEquals(List.of("Groceries"), stats.rows().stream().map(CategoryStats.Row::category).toList());
        Trend trend = fx.analysis.trend(alice, Period.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                Trend.Granularity.MONTH, groceries);
        assertEquals(List.of(Money.of(0, "EUR"), Money.of(3000, "EUR"), Money.of(4000, "EUR")), trend.expenses().values());
    }

    @Test
    void aTransactionWithoutAnyRateIsLeftOutAndCountedNeverTakenOneToOne() {
        add(alice, "2026-03-02", TxKind.EXPENSE, "Dining", 1250, "lunch");
        dollars();
        fx.transactions.add(alice, new Entry(LocalDate.parse("2026-03-02"), TxKind.EXPENSE, "Dining", Money.of(1000, "USD"), "diner", "Dollars"));
        PeriodSummary summary = fx.analysis.summary(alice, march, Filter.ALL);
        assertEquals(Money.of(1250, "EUR"), summary.current().expenses());
        Conversion c = fx.analysis.conversion(alice, AnalysisService.Report.CATEGORIES, march, Filter.ALL);
        assertEquals(List.of(new Conversion.LeftOut("USD", 1,
                "no USD rate on or before 2026-03-02: run `finterm rates update` or import a rates file")), c.leftOut());
        assertEquals("left out 1 in USD: no USD rate on or before 2026-03-02: run `finterm rates update` or import a rates file", c.describe());
    }

    @Test
    void withStoredRatesOtherCurrenciesAreConvertedAtTheirDaysRateAndTheReportSaysWhichDays() {
        fx.store.write(tx -> {
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 2, 27), Currency.getInstance("USD"),
                    new BigDecimal("1.2500")));
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 3, 2), Currency.getInstance("USD"),
                    new BigDecimal("1.2000")));
            return null;
        });
        AnalysisService converting = new AnalysisService(fx.store, fx.accounts, new StoredRates(fx.store),
                new io.finterm.analysis.OutlierDetector(8), fx.clock);
        dollars();
        fx.transactions.add(alice, new Entry(LocalDate.parse("2026-03-01"), TxKind.EXPENSE, "Dining", Money.of(1000, "USD"), "sunday", "Dollars"));
        fx.transactions.add(alice, new Entry(LocalDate.parse("2026-03-02"), TxKind.EXPENSE, "Dining", Money.of(1200, "USD"), "monday", "Dollars"));
        add(alice, "2026-03-03", TxKind.EXPENSE, "Dining", 500, "euro lunch");
        // $10.00 on Sunday at Friday's 1.25 = €8.00; $12.00 on Monday at 1.20 = €10.00; plus €5.00
        assertEquals(Money.of(2300, "EUR"), converting.summary(alice, march, Filter.ALL).current().expenses());
        Conversion c = converting.conversion(alice, AnalysisService.Report.CATEGORIES, march, Filter.ALL);
        assertEquals(2, c.converted());
        assertEquals(1, c.fallbacks());
        assertEquals("converted 2 transactions at ECB rates of 2026-02-27 to 2026-03-02 (1 at an earlier day's rate: a weekend or holiday)",
                c.describe());
    }

    @Test
    void aReportsNoteCountsTheConversionsOutsideItsPeriodThatItsFiguresUseAndAnExportCarriesIt() throws Exception {
        fx.store.write(tx -> {
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 1, 2), Currency.getInstance("USD"),
                    new BigDecimal("1.2500")));
            return null;
        });
        AnalysisService converting = new AnalysisService(fx.store, fx.accounts, new StoredRates(fx.store),
                new io.finterm.analysis.OutlierDetector(8), fx.clock);
        dollars();
        fx.transactions.add(alice, new Entry(LocalDate.parse("2026-02-10"), TxKind.EXPENSE, "Dining", Money.of(1000, "USD"), "february", "Dollars"));
        fx.transactions.add(alice, new Entry(LocalDate.parse("2026-03-03"), TxKind.EXPENSE, "Dining", Money.of(1250, "USD"), "march", "Dollars"));
        String both = "converted 2 transactions at ECB rates of 2026-01-02 (2 at an earlier day's rate, up to 60 days older than the day it converts)";
        assertEquals("converted 1 transaction at ECB rates of 2026-01-02 (1 at an earlier day's rate, up to 60 days older than the day it converts)",
                converting.conversion(alice, AnalysisService.Report.CATEGORIES, march, Filter.ALL).describe());
        assertEquals(both, converting.conversion(alice, AnalysisService.Report.SUMMARY, march, Filter.ALL).describe(), "February is compared");
        assertEquals(both, converting.conversion(alice, AnalysisService.Report.BUDGET, march, Filter.ALL).describe(), "the year to date");
        assertEquals(both, converting.conversion(alice, AnalysisService.Report.TREND, march, Filter.ALL).describe(), "this month's projection");
        assertEquals(both, converting.dashboard(alice, march, Filter.ALL).conversion().describe());
        ExportService exports = new ExportService(fx.accounts, converting, java.nio.file.Files.createTempDirectory("finterm-exports"), fx.clock);
        java.nio.file.Path file = exports.export(alice, ExportService.View.BUDGET, march, Filter.ALL, io.finterm.report.ExportFormat.TEXT,
                new io.finterm.chart.ChartOptions(io.finterm.chart.ChartOptions.Scale.LINEAR, false, false));
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertTrue(lines.subList(0, lines.indexOf("Budget against actual")).contains("note: " + both), String.join("\n", lines));
    }

    @Test
    void outliersAreJudgedOnTheWholeHistoryAndShownOnlyWhereTheFilterMatches() {
        for (int i = 1; i <= 20; i++) {
            add(alice, LocalDate.of(2025, 6, 1).plusDays(7L * i).toString(), TxKind.EXPENSE, "Groceries", 4000 + 37L * (i % 7), "market");
        }
        add(alice, "2026-03-03", TxKind.EXPENSE, "Groceries", 250_000, "party supplies");
        Outliers all = fx.analysis.outliers(alice, march, Filter.ALL);
        assertEquals(1, all.transactions().size());
        assertEquals("party supplies", all.transactions().get(0).item().description());
        Outliers none = fx.analysis.outliers(alice, march, FilterParser.parse("desc:coffee", LocalDate.of(2026, 3, 5)));
        assertEquals(List.of(), none.transactions());
        Outliers party = fx.analysis.outliers(alice, march, FilterParser.parse("desc:party", LocalDate.of(2026, 3, 5)));
        assertEquals(1, party.transactions().size(), "the filter picks what is shown, not what is usual");
    }

    @Test
    void theBudgetVarianceReadsTheUsersBudgetsAndSpending() {
        fx.budgets.set(alice, "Groceries", YearMonth.of(2026, 3), Money.of(40_000, "EUR"));
        fx.budgets.set(bob, "Groceries", YearMonth.of(2026, 3), Money.of(1, "EUR"));
        add(alice, "2026-03-02", TxKind.EXPENSE, "Groceries", 32_800, "market");
        add(alice, "2026-03-02", TxKind.EXPENSE, "Dining", 2_000, "lunch");
        BudgetVariance v = fx.analysis.budgets(alice, march, Filter.ALL);
        assertEquals(1, v.lines().size());
        assertEquals(Money.of(32_800, "EUR"), v.lines().get(0).actual());
        assertEquals(BudgetVariance.Status.NEAR, v.lines().get(0).status());
        assertEquals(List.of(new BudgetVariance.Unbudgeted("Dining", Money.of(2_000, "EUR"), List.of(YearMonth.of(2026, 3)))), v.unbudgeted());
    }

    @Test
    void theTrendProjectsTheCurrentMonthFromTheClocksToday() {
        add(alice, "2026-03-01", TxKind.EXPENSE, "Rent", 100_000, "rent");
        Trend trend = fx.analysis.trend(alice, Period.between(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
                Trend.Granularity.MONTH, Filter.ALL);
        assertEquals(12, trend.buckets().size());
        assertEquals(Money.of(100_000L * 31 / 5, "EUR"), trend.expenses().projected(), "no history: five days' rate over 31 days");
    }

    @Test
    void theSpanRunsFromTheFirstTransactionToTodayOrTheLast() {
        assertEquals(march.from(), fx.analysis.span(alice).from(), "no data: this month");
        add(alice, "2024-01-09", TxKind.EXPENSE, "Dining", 100, "");
        add(alice, "2026-02-01", TxKind.EXPENSE, "Dining", 100, "");
        assertEquals(Period.all(LocalDate.of(2024, 1, 9), LocalDate.of(2026, 3, 5)), fx.analysis.span(alice), "to today");
        add(alice, "2026-12-24", TxKind.EXPENSE, "Dining", 100, "booked");
        assertEquals(Period.all(LocalDate.of(2024, 1, 9), LocalDate.of(2026, 12, 24)), fx.analysis.span(alice), "or later");
    }

    @Test
    void aBudgetInAFormerBaseCurrencyWithoutARateDoesNotBreakTheDashboard() {
        fx.budgets.set(alice, "Groceries", YearMonth.of(2026, 3), Money.of(40_000, "EUR"));
        fx.ownAccount.changeBaseCurrency(alice, Currency.getInstance("CHF"));
        BudgetVariance v = fx.analysis.budgets(alice, march, Filter.ALL);
        assertEquals(List.of(), v.lines(), "no CHF rate: the EUR budget cannot be compared, and is not taken 1:1");
        fx.analysis.dashboard(alice, march, Filter.ALL);
    }
}
