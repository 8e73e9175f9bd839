package io.finterm.report;

import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.NetWorth;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.Trend;
import io.finterm.chart.Bar;
import io.finterm.chart.BarChart;
import io.finterm.chart.Chart;
import io.finterm.chart.ChartOptions;
import io.finterm.chart.LineChart;
import io.finterm.chart.LineData;
import io.finterm.chart.PieChart;
import io.finterm.chart.PieData;
import io.finterm.chart.Progress;
import io.finterm.chart.ProgressChart;
import io.finterm.chart.Slice;
import io.finterm.domain.Money;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The chart that goes with each analysis report, for the CLI's {@code --chart}, exports and the TUI. */
public final class ReportCharts {
    private ReportCharts() {
    }

    /** Totals per category as horizontal bars, largest first. */
    public static Chart categories(CategoryStats stats, int width, int height, ChartOptions options) {
        List<Bar> bars = new ArrayList<>();
        for (CategoryStats.Row r : stats.rows()) {
            bars.add(new Bar(r.category(), r.total().minor(), r.total().display(options.ascii())));
        }
        return BarChart.render(bars, width, height, options);
    }

    /** How spending splits between categories, as a pie. */
    public static Chart split(CategoryStats stats, int width, int height, ChartOptions options) {
        List<Slice> slices = new ArrayList<>();
        for (CategoryStats.Row r : stats.rows()) {
            slices.add(new Slice(r.category(), r.total().minor()));
        }
        Currency currency = stats.total().currency();
        return PieChart.render(new PieData(slices, minor -> new Money(minor, currency).display(options.ascii())), width, height, options);
    }

    /** Income, expenses and savings over the buckets, as lines. */
    public static Chart trend(Trend trend, int width, int height, ChartOptions options) {
        List<LineData.Series> series = List.of(series(trend.income()), series(trend.expenses()), series(trend.savings()));
        return LineChart.render(new LineData(labels(trend), series, ReportCharts::compact), width, height, options);
    }

    /** The net worth at each month's end, as one line labelled {@code labels} (the months of the trend beside it). */
    public static Chart netWorth(NetWorth worth, List<String> labels, int width, int height, ChartOptions options) {
        double[] values = new double[worth.rows().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = worth.rows().get(i).netWorth().toDecimal().doubleValue();
        }
        return LineChart.render(new LineData(labels, List.of(new LineData.Series("Net worth", values)), ReportCharts::compact),
                width, height, options);
    }

    /**
     * The axis labels of a trend, the same on every screen: {@code Nov} for a month, with January
     * written as its year ({@code Nov Dec 2026 Feb}) so that the year is never in doubt, and
     * {@code W47} for a week and {@code 3 Nov} for a day. Short enough to label most points.
     */
    public static List<String> labels(Trend trend) {
        List<String> labels = new ArrayList<>();
        for (Trend.Bucket b : trend.buckets()) {
            String month = b.from().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            labels.add(switch (trend.granularity()) {
                case MONTH -> b.from().getMonthValue() == 1 ? String.valueOf(b.from().getYear()) : month;
                case WEEK -> b.label().substring(b.label().indexOf('W'));
                case DAY -> b.from().getDayOfMonth() + " " + month;
            });
        }
        return labels;
    }

    /** The flagged expenses as bars of how many times their category's median they are. */
    public static Chart outliers(Outliers outliers, int width, int height, ChartOptions options) {
        List<Bar> bars = new ArrayList<>();
        for (Outliers.Flagged f : outliers.transactions()) {
            bars.add(new Bar(f.item().date() + " " + f.item().category(), f.ratio(), String.format(Locale.ROOT, "%.1f×", f.ratio())));
        }
        return BarChart.render(bars, width, height, options);
    }

    /**
     * The budgets of the report's last month that has begun as progress bars: {@code Groceries ████████░░ 82 % of €400},
     * and with a carry {@code 82 % of €400.00 + €35.00 carried}, or where that is too wide
     * {@code €400.00 + €35.00 carried} (the brief form, for the narrowest places, gives the sum alone:
     * {@code 82 % of €435.00}).
     */
    public static Chart budget(BudgetVariance variance, int width, int height, ChartOptions options) {
        // the last month that has begun: a period reaching into months not begun yet still shows this month
        YearMonth last = variance.notBegun().isEmpty() ? YearMonth.from(variance.period().to()) : variance.notBegun().get(0).minusMonths(1);
        List<Progress> bars = new ArrayList<>();
        for (BudgetVariance.Line l : variance.lines()) {
            if (l.month().equals(last)) {
                // with nothing available (carried overspending ate the budget) there is no percent to give
                boolean share = Double.isFinite(l.used());
                String percent = share ? String.format(Locale.ROOT, "%.0f %% of ", l.used()) : "";
                String available = percent + l.planned().display(options.ascii());
                // a month with only a carry (no budget of its own) reads "of €30.00 carried", not "of €0.00 + €30.00 carried"
                String used = l.carried().minor() == 0 ? available
                        : l.budget().minor() == 0 ? available + " carried"
                        : percent + l.budget().display(options.ascii()) + carried(l.carried(), options);
                boolean over = l.status() == BudgetVariance.Status.OVER;
                // the middle form keeps a carry apart from the budget (the bar shows the percent), the brief
                // form, for narrow places, keeps the percent, the amount available and the word "over"
                String middle = l.carried().minor() == 0 || l.budget().minor() == 0 ? null
                        : l.budget().display(options.ascii()) + carried(l.carried(), options) + (over ? ", over" : "");
                bars.add(new Progress(l.category(), share ? l.used() / 100 : over ? 1.01 : 0, // over with nothing available: a full bar, over hue
                        used + (over ? ", over by " + l.difference().display(options.ascii()) : ""), middle,
                        share ? available + (over ? ", over" : "") : "over by " + l.difference().display(options.ascii())));
            }
        }
        return ProgressChart.render(bars, width, height, options);
    }

    /** {@code  + €35.00 carried}, or {@code  - €20.00 carried} when the month before's overspending was carried. */
    private static String carried(Money carried, ChartOptions options) {
        Money size = new Money(Math.abs(carried.minor()), carried.currency());
        return (carried.minor() < 0 ? " - " : " + ") + size.display(options.ascii()) + " carried";
    }

    private static LineData.Series series(Trend.Line line) {
        double[] values = new double[line.values().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = line.values().get(i).toDecimal().doubleValue();
        }
        return new LineData.Series(line.name(), values);
    }

    /** An axis label: 950, 1.2k, 3.4M. */
    public static String compact(double v) {
        double a = Math.abs(v);
        return a >= 1e6 ? String.format(Locale.ROOT, "%.1fM", v / 1e6)
                : a >= 1e4 ? String.format(Locale.ROOT, "%.0fk", v / 1e3)
                : a >= 1e3 ? String.format(Locale.ROOT, "%.1fk", v / 1e3)
                : String.format(Locale.ROOT, "%.0f", v);
    }
}
