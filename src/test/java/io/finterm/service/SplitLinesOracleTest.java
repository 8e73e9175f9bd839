package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Period;
import io.finterm.analysis.Totals;
import io.finterm.analysis.Trend;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.report.ExportFormat;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every report counts a split line by line: a store where each receipt is one split transaction must
 * report exactly what a second store (the oracle) reports where each line was entered as a plain
 * transaction of its own, with the same date, payee, tags and description.
 */
class SplitLinesOracleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5); // the fixture's clock
    private final Accounts split = new Accounts();
    private final Accounts oracle = new Accounts();
    private final Period march = Period.month(YearMonth.of(2026, 3));
    private final Period year = Period.between(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
    /** A range that cuts February and March, so that both are read row by row. */
    private final Period cut = Period.between(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 3));

    private static Entry.SplitEntry line(String category, long cents) {
        return new Entry.SplitEntry(category, Money.of(cents, "EUR"), "");
    }

    /** One receipt: a split in the first store (plain when it has one line), one plain transaction per line in the oracle. */
    private void receipt(LocalDate day, TxKind kind, String payee, List<String> tags, String description, Entry.SplitEntry... lines) {
        long total = 0;
        for (Entry.SplitEntry l : lines) {
            total += l.amount().minor();
        }
        if (lines.length == 1) {
            split.transactions.add(split.alice(), new Entry(day, kind, lines[0].category(), lines[0].amount(), description, null,
                    payee, tags, List.of()));
        } else {
            split.transactions.add(split.alice(), new Entry(day, kind, "", Money.of(total, "EUR"), description, null, payee, tags,
                    List.of(lines)));
        }
        for (Entry.SplitEntry l : lines) {
            oracle.transactions.add(oracle.alice(), new Entry(day, kind, l.category(), l.amount(), description, null, payee, tags, List.of()));
        }
    }

    /**
     * A year of receipts: salary split with a freelance fee, a supermarket split over groceries and
     * shopping (tagged on the trip months), a restaurant and a trip split over dining and travel at the
     * end of each month (so that a range cutting a month cuts through them), one huge grocery line in
     * September (an outlier), and March budgets.
     */
    private void history(boolean sameCategoryLines) {
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            receipt(m.atDay(1), TxKind.INCOME, "ACME", List.of(), "pay", line("Salary", 300_000), line("Freelance", 20_000 + m.getMonthValue()));
            List<String> tags = m.getMonthValue() % 3 == 0 ? List.of("trip-rome", "tax") : List.of();
            for (int d = 2; d <= 4; d++) {
                long groceries = m.equals(YearMonth.of(2025, 9)) && d == 3 ? 90_000 : 4_000 + 100 * d + m.getMonthValue();
                if (sameCategoryLines && d == 4) {
                    receipt(m.atDay(d), TxKind.EXPENSE, "Supermarché", tags, "weekly shop",
                            line("Groceries", groceries), line("Groceries", 700), line("Shopping", 1_500 + d));
                } else {
                    receipt(m.atDay(d), TxKind.EXPENSE, "Supermarché", tags, "weekly shop",
                            line("Groceries", groceries), line("Shopping", 1_500 + d));
                }
            }
            receipt(m.atDay(10), TxKind.EXPENSE, "", List.of(), "lunch", line("Dining", 2_500));
            receipt(m.atDay(14), TxKind.INCOME, "Bank", List.of("tax"), "interest", line("Interest", 300));
            receipt(m.atEndOfMonth(), TxKind.EXPENSE, "Trattoria", List.of("trip-rome"), "dinner and train",
                    line("Dining", 6_000), line("Travel", 3_000 + m.getMonthValue()));
        }
        receipt(LocalDate.of(2026, 3, 2), TxKind.EXPENSE, "Trattoria", List.of("trip-rome"), "dinner and train",
                line("Dining", 5_000), line("Travel", 2_000));
        for (Accounts fx : List.of(split, oracle)) {
            fx.budgets.set(fx.alice(), "Groceries", YearMonth.of(2026, 3), Money.of(20_000, "EUR"));
            fx.budgets.set(fx.alice(), "Travel", YearMonth.of(2026, 3), Money.of(5_000, "EUR"));
        }
    }

    private static final List<String> FILTERS = List.of("", "cat:Groceries", "cat:Dining,Travel", "not:cat:Shopping", "tag:trip-rome",
            "tag:trip-rome cat:Travel", "payee:supermarche", "type:income", "amt:>40", "status:uncleared", "desc:shop date:2025-09..");

    /** Every report of {@link TransferExclusionTest}'s list, for the filter {@code query}, as text without row ids (the stores number rows differently). */
    private static List<String> everyReport(Accounts fx, Period whole, Period cut, String query) throws Exception {
        Session alice = fx.alice();
        Filter filter = fx.transactions.filter(alice, query, TODAY);
        List<Object> all = new ArrayList<>();
        for (Period p : List.of(whole, cut)) {
            all.add(fx.analysis.summary(alice, p, filter));
            all.add(fx.analysis.categories(alice, p, TxKind.EXPENSE, filter));
            all.add(fx.analysis.categories(alice, p, TxKind.INCOME, filter));
            all.add(fx.analysis.trend(alice, p, Trend.Granularity.MONTH, filter));
            all.add(fx.analysis.trend(alice, p, Trend.Granularity.DAY, filter));
            all.add(fx.analysis.outliers(alice, p, filter));
            all.add(fx.analysis.budgets(alice, p, filter));
            all.add(fx.analysis.dashboard(alice, p, filter));
            for (AnalysisService.Report report : AnalysisService.Report.values()) {
                all.add(fx.analysis.conversion(alice, report, p, filter));
            }
            for (Totals.By by : Totals.By.values()) {
                for (TxKind type : java.util.Arrays.asList(null, TxKind.EXPENSE)) {
                    Totals totals = fx.reports.totals(alice, p.from(), p.to(), by, type, filter);
                    // by payee or tag a split is one transaction (its count is checked on its own below), the oracle's lines several
                    all.add(by.payees() || by.tags() ? List.of(sums(totals), totals.total(), totals.note()) : totals);
                }
            }
            for (ExportService.View view : ExportService.View.values()) {
                all.add(Files.readString(fx.exports.export(alice, view, p, filter, ExportFormat.JSON,
                        new ChartOptions(ChartOptions.Scale.LINEAR, false, false))));
            }
        }
        all.add(fx.analysis.outliers(alice, fx.analysis.span(alice), filter));
        all.add(fx.reports.totals(alice, null, null, Totals.By.MONTH_CATEGORY, null, filter));
        all.add(fx.budgets.month(alice, YearMonth.of(2026, 3)));
        all.add(fx.budgets.month(alice, YearMonth.of(2025, 9)));
        return all.stream().map(r -> String.valueOf(r).replaceAll("\\bid=\\d+", "id=#").replaceAll("\"id\" *: *\\d+", "\"id\":#")).toList();
    }

    @Test
    void everyReportOfSplitsEqualsTheSameReportOfTheirLinesEnteredOneByOne() throws Exception {
        history(false);
        assertFalse(oracle.analysis.outliers(oracle.alice(), oracle.analysis.span(oracle.alice()), Filter.ALL).transactions().isEmpty(),
                "September's huge grocery line is unusual, so the outliers have something to compare");
        for (String query : FILTERS) {
            List<String> expected = everyReport(oracle, year, cut, query);
            List<String> actual = everyReport(split, year, cut, query);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "filter '" + query + "', report " + i);
            }
        }
    }

    /**
     * Two lines of one split in the same category are one share of it, as the monthly totals count
     * transactions that touch a category: the counts then differ from the oracle's (one against two)
     * while every sum is the same. An amount term judges the share (the two lines' sum), so it is left out here.
     */
    @Test
    void linesInTheSameCategoryAddUpLikeTheOracleAndCountAsOneTransaction() {
        history(true);
        for (String query : FILTERS.stream().filter(q -> !q.startsWith("amt:")).toList()) {
            for (Period p : List.of(year, cut, march)) {
                for (Totals.By by : Totals.By.values()) {
                    Totals expected = oracle.reports.totals(oracle.alice(), p.from(), p.to(), by, null, oracle.transactions.filter(oracle.alice(), query, TODAY));
                    Totals actual = split.reports.totals(split.alice(), p.from(), p.to(), by, null, split.transactions.filter(split.alice(), query, TODAY));
                    String what = "filter '" + query + "', " + p + ", by " + by;
                    assertEquals(expected.total(), actual.total(), what);
                    assertEquals(sums(expected), sums(actual), what);
                }
                Filter so = oracle.transactions.filter(oracle.alice(), query, TODAY);
                Filter ss = split.transactions.filter(split.alice(), query, TODAY);
                var expected = oracle.analysis.summary(oracle.alice(), p, so).current();
                var actual = split.analysis.summary(split.alice(), p, ss).current();
                assertEquals(expected.income(), actual.income(), "filter '" + query + "', " + p);
                assertEquals(expected.expenses(), actual.expenses(), "filter '" + query + "', " + p);
            }
        }
        // March: the supermarket split on the 4th has two grocery lines, and no receipt was cut in two on other days
        Totals oracleMarch = oracle.reports.totals(oracle.alice(), march.from(), march.to(), Totals.By.CATEGORY, TxKind.EXPENSE, Filter.ALL);
        Totals splitMarch = split.reports.totals(split.alice(), march.from(), march.to(), Totals.By.CATEGORY, TxKind.EXPENSE, Filter.ALL);
        assertEquals(4, count(oracleMarch, "Groceries"), "the oracle has three receipts' lines, one with two grocery lines");
        assertEquals(3, count(splitMarch, "Groceries"), "three receipts touch groceries");
        assertNotEquals(oracleMarch.rows(), splitMarch.rows());
        assertTrue(sums(oracleMarch).equals(sums(splitMarch)));
    }

    /**
     * By payee or tag a row is not a category, so a split counts as one transaction there: the year has
     * 12 salaries (ACME, untagged), 36 supermarket receipts (12 on the trip months, tagged trip-rome and
     * tax), 12 lunches (no payee, untagged), 12 interest payments (Bank, tax) and 13 Trattoria receipts
     * (trip-rome), while the oracle has a transaction per line.
     */
    @Test
    void byPayeeOrTagASplitCountsAsOneTransaction() {
        history(false);
        Totals byPayee = split.reports.totals(split.alice(), year.from(), year.to(), Totals.By.PAYEE, null, Filter.ALL);
        assertEquals(List.of("(no payee) EXPENSE 12", "ACME INCOME 12", "Bank INCOME 12", "Supermarché EXPENSE 36", "Trattoria EXPENSE 13"),
                counts(byPayee, Totals.Row::payee));
        Totals byTag = split.reports.totals(split.alice(), year.from(), year.to(), Totals.By.TAG, null, Filter.ALL);
        assertEquals(List.of("(untagged) EXPENSE 36", "(untagged) INCOME 12", "tax EXPENSE 12", "tax INCOME 12", "trip-rome EXPENSE 25"),
                counts(byTag, Totals.Row::tag));
        // a filter that keeps one line of each supermarket receipt still counts the receipt once
        Totals groceries = split.reports.totals(split.alice(), year.from(), year.to(), Totals.By.PAYEE, null,
                split.transactions.filter(split.alice(), "cat:Groceries", TODAY));
        assertEquals(List.of("Supermarché EXPENSE 36"), counts(groceries, Totals.Row::payee));
    }

    private static List<String> counts(Totals totals, java.util.function.Function<Totals.Row, String> key) {
        return totals.rows().stream().map(r -> key.apply(r) + " " + r.type() + " " + r.count()).sorted().toList();
    }

    private static List<String> sums(Totals totals) {
        return totals.rows().stream().map(r -> r.month() + " " + r.category() + " " + r.account() + " " + r.payee() + " " + r.tag() + " "
                + r.type() + " " + r.total()).toList();
    }

    private static long count(Totals totals, String category) {
        return totals.rows().stream().filter(r -> category.equals(r.category())).mapToLong(Totals.Row::count).sum();
    }
}
