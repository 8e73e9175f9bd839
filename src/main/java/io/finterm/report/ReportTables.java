package io.finterm.report;

import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.BalancePoint;
import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.Forecast;
import io.finterm.analysis.ForecastMonth;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.PeriodSummary;
import io.finterm.analysis.Trend;
import io.finterm.domain.Money;
import io.finterm.report.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analysis reports as tables, for the CLI and for exported files. Amounts are exact decimal
 * strings in the report's currency; statistics have two decimals; a figure that does not exist
 * (a moving average before its window fills, say) is an empty cell.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** Income, expenses, net and savings rate: this period, the one before, and the change. */
    public static Table summary(PeriodSummary s) {
        List<List<String>> rows = List.of(
                List.of("income", amount(s.current().income()), amount(s.previous().income()), percent(orNaN(s.incomeChange()))),
                List.of("expenses", amount(s.current().expenses()), amount(s.previous().expenses()), percent(orNaN(s.expensesChange()))),
                List.of("net", amount(s.current().net()), amount(s.previous().net()), percent(orNaN(s.netChange()))),
                List.of("savings rate %", percent(orNaN(s.current().savingsRate())), percent(orNaN(s.previous().savingsRate())),
                        percent(orNaN(s.savingsRateChange()))));
        return new Table(List.of(Column.text("figure"), Column.number(s.period().label()), Column.number(s.previousPeriod().label()),
                Column.number("change %")), rows);
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    public static Table categories(CategoryStats stats) {
        return categories(stats, AmountFormat.PLAIN);
    }

    /** Per category: count, total, mean, median, standard deviation, monthly average and share, money written by {@code amounts}. */
    public static Table categories(CategoryStats stats, AmountFormat amounts) {
        List<List<String>> rows = new ArrayList<>();
        for (CategoryStats.Row r : stats.rows()) {
            var currency = r.total().currency();
            rows.add(List.of(r.category(), Long.toString(r.count()), amounts.money(r.total()), amounts.major(r.mean(), currency),
                    amounts.major(r.median(), currency), amounts.major(r.stdDev(), currency), amounts.major(r.perMonth(), currency),
                    percent(100 * r.share())));
        }
        return new Table(List.of(Column.text("category"), Column.number("count"), Column.number("total"), Column.number("mean"),
                Column.number("median"), Column.number("std dev"), Column.number("per month"), Column.number("share %")), rows);
    }

    public static Table trend(Trend trend) {
        List<List<String>> rows = new ArrayList<>();
        Trend.Line expenses = trend.expenses();
        for (int i = 0; i < trend.buckets().size(); i++) {
            Trend.Bucket b = trend.buckets().get(i);
            rows.add(List.of(b.label() + (b.complete() ? "" : "*"), amount(trend.income().values().get(i)), amount(expenses.values().get(i)),
                    amount(trend.savings().values().get(i)), number(expenses.average3().get(i)), number(expenses.average6().get(i)),
                    number(expenses.average12().get(i))));
        }
        return new Table(List.of(Column.text(trend.granularity().name().toLowerCase(Locale.ROOT)), Column.number("income"),
                Column.number("expenses"), Column.number("savings"), Column.number("expenses avg 3"), Column.number("avg 6"),
                Column.number("avg 12")), rows);
    }

    /** The slope of every series in words, with its fit and the projection of the current month. */
    public static Table slopes(Trend trend) {
        List<List<String>> rows = new ArrayList<>();
        List<Trend.Line> lines = new ArrayList<>(List.of(trend.income(), trend.expenses(), trend.savings()));
        lines.addAll(trend.categories());
        for (Trend.Line line : lines) {
            rows.add(List.of(line.name(), line.kind() == null ? "" : line.kind().label(), line.slope().describe(),
                    number(line.slope().rSquared()), line.projected() == null ? "" : amount(line.projected())));
        }
        return new Table(List.of(Column.text("series"), Column.text("type"), Column.text("slope"), Column.number("r²"),
                Column.number("projected this month")), rows);
    }

    public static Table outliers(Outliers outliers) {
        List<List<String>> rows = new ArrayList<>();
        for (Outliers.Flagged f : outliers.transactions()) {
            rows.add(List.of(Long.toString(f.item().id()), f.item().date().toString(), f.item().category(), amount(f.item().amount()),
                    f.item().description(), number(f.score()), f.reason()));
        }
        return new Table(List.of(Column.number("id"), Column.text("date"), Column.text("category"), Column.number("amount"),
                Column.text("description"), Column.number("score"), Column.text("reason")), rows);
    }

    public static Table outlierMonths(Outliers outliers) {
        List<List<String>> rows = new ArrayList<>();
        for (Outliers.FlaggedMonth m : outliers.months()) {
            rows.add(List.of(m.month().toString(), m.category(), amount(m.total()), amount(m.median()), number(m.score()), m.reason()));
        }
        return new Table(List.of(Column.text("month"), Column.text("category"), Column.number("total"), Column.number("median month"),
                Column.number("score"), Column.text("reason")), rows);
    }

    /**
     * Budget against actual per month and category, narrow enough for an 80-column screen: the budget
     * and what was carried into the month, the actual, the difference against their sum (the amount
     * available) and the status. {@link #budgetColumns} adds the available amount and the percent.
     */
    public static Table budget(BudgetVariance variance) {
        return budgetLines(variance.lines(), true, false);
    }

    /** The year-to-date lines, as narrow as {@link #budget}: the carry is what came into the year's first month. */
    public static Table budgetYearToDate(BudgetVariance variance) {
        return budgetLines(variance.yearToDate(), false, false);
    }

    /**
     * Every figure of {@link #budget} in a column of its own with its full name, the available amount
     * too, for CSV, Markdown and scripts: {@code month,category,planned,actual,difference,difference %,status,budget,carried},
     * where planned is the amount available (budget plus carried).
     */
    public static Table budgetColumns(BudgetVariance variance) {
        return budgetLines(variance.lines(), true, true);
    }

    /** The year-to-date lines with every column, as {@link #budgetColumns}. */
    public static Table budgetYearToDateColumns(BudgetVariance variance) {
        return budgetLines(variance.yearToDate(), false, true);
    }

    private static Table budgetLines(List<BudgetVariance.Line> lines, boolean withMonth, boolean every) {
        List<List<String>> rows = new ArrayList<>();
        for (BudgetVariance.Line l : lines) {
            List<String> row = new ArrayList<>();
            if (withMonth) {
                row.add(l.month().toString());
            }
            if (every) {
                row.addAll(List.of(l.category(), amount(l.planned()), amount(l.actual()), amount(l.difference()), percent(l.percent()),
                        status(l), amount(l.budget()), amount(l.carried())));
            } else {
                row.addAll(List.of(l.category(), amount(l.budget()), amount(l.carried()), amount(l.actual()), amount(l.difference()), status(l)));
            }
            rows.add(row);
        }
        List<Column> columns = new ArrayList<>();
        if (withMonth) {
            columns.add(Column.text("month"));
        }
        if (every) {
            // the columns that scripts have read since before budgets rolled over keep their names and places
            // (planned is the amount available: budget plus carried); the carry's two come after them
            columns.addAll(List.of(Column.text("category"), Column.number("planned"), Column.number("actual"), Column.number("difference"),
                    Column.number("difference %"), Column.text("status"), Column.number("budget"), Column.number("carried")));
        } else {
            // the carry column costs the narrow table its percent (the chart and the full table have it) and a
            // short heading, so that a month of long names and four-digit amounts still fits 80 columns
            columns.addAll(List.of(Column.text("category"), Column.number("budget"), Column.number("carried"), Column.number("actual"),
                    Column.number("diff"), Column.text("status")));
        }
        return new Table(columns, rows);
    }

    private static String status(BudgetVariance.Line l) {
        return l.status().name().toLowerCase(Locale.ROOT);
    }

    public static Table overBudget(BudgetVariance variance) {
        List<List<String>> rows = new ArrayList<>();
        for (BudgetVariance.Overrun o : variance.mostOftenOver()) {
            rows.add(List.of(o.category(), Integer.toString(o.monthsOver()), Integer.toString(o.monthsBudgeted())));
        }
        return new Table(List.of(Column.text("category"), Column.number("months over"), Column.number("months budgeted")), rows);
    }

    public static Table unbudgeted(BudgetVariance variance) {
        List<List<String>> rows = new ArrayList<>();
        for (BudgetVariance.Unbudgeted u : variance.unbudgeted()) {
            rows.add(List.of(u.category(), amount(u.spent()),
                    String.join(" ", u.inMonths().stream().map(java.time.YearMonth::toString).toList())));
        }
        return new Table(List.of(Column.text("category"), Column.number("spent"), Column.text("in months with no budget for it")), rows);
    }

    static String amount(Money m) {
        return m.toDecimalString();
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "";
    }

    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "";
    }

    /**
     * The forecast, one account after another and the net worth last: by day, each day's balance; by
     * month, each month's balance at its last projected day and its lowest point.
     */
    public static Table forecast(Forecast f, boolean byDay) {
        List<AccountForecast> lines = new ArrayList<>(f.accounts());
        if (f.netWorth() != null) {
            lines.add(f.netWorth());
        }
        List<List<String>> rows = new ArrayList<>();
        for (AccountForecast a : lines) {
            String currency = a.currency().getCurrencyCode();
            if (byDay) {
                for (BalancePoint p : a.days()) {
                    rows.add(List.of(a.name(), currency, p.date().toString(), amount(p.balance())));
                }
            } else {
                for (ForecastMonth m : a.months()) {
                    rows.add(List.of(a.name(), currency, m.month().toString(), amount(m.end().balance()),
                            amount(m.lowest().balance()), m.lowest().date().toString()));
                }
            }
        }
        List<Column> columns = byDay
                ? List.of(Column.text("account"), Column.text("currency"), Column.text("date"), Column.number("balance"))
                : List.of(Column.text("account"), Column.text("currency"), Column.text("month"), Column.number("end balance"),
                        Column.number("lowest"), Column.text("lowest on"));
        return new Table(columns, rows);
    }
}
