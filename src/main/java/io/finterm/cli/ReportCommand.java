package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.Conversion;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.Period;
import io.finterm.analysis.Trend;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.report.ReportCharts;
import io.finterm.report.ReportJson;
import io.finterm.report.ReportTables;
import io.finterm.report.TableFormat;
import io.finterm.service.AnalysisService;
import io.finterm.service.Filter;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm report totals|categories|trend|outliers|budget|networth|forecast}. */
@Command(name = "report", description = "Reports over your transactions.",
        subcommands = {TotalsCommand.class, ReportCommand.Categories.class, ReportCommand.TrendReport.class,
            ReportCommand.OutliersReport.class, ReportCommand.Budget.class, NetWorthCommand.class,
            ForecastCommand.class})
final class ReportCommand {
    @ParentCommand
    Root root;

    /** What every analysis report needs: the logged-in session, today, the filter and the service. */
    abstract static class AnalysisReport implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Mixin
        ReportOptions options;

        Cli cli;
        Session session;
        LocalDate today;
        Filter filter;
        AnalysisService analysis;

        @Override
        public final Integer call() {
            cli = report.root.cli;
            options.format();
            today = LocalDate.now(cli.clock);
            ChartOptions chart = options.chartOptions(cli.ascii());
            analysis = cli.backend().services().analysis();
            session = cli.login(options.as);
            filter = options.filter(cli, session, today);
            Period period = run(chart);
            Conversion conversion = analysis.conversion(session, kind(), period, filter);
            if (!conversion.isEmpty()) {
                cli.err.println("note: " + conversion.describe());
            }
            return 0;
        }

        /** Prints the report; returns its period, whose conversion is then noted on standard error. */
        abstract Period run(ChartOptions chart);

        /** Which report this is, so that the note counts every conversion it read. */
        abstract AnalysisService.Report kind();

        boolean json() {
            return options.format() == TableFormat.JSON;
        }
    }

    @Command(name = "categories", description = "Count, total, mean, median, deviation, monthly average and share per category (default: all time).")
    static final class Categories extends AnalysisReport {
        @Override
        AnalysisService.Report kind() {
            return AnalysisService.Report.CATEGORIES;
        }

        @Option(names = "--type", paramLabel = "expense|income", defaultValue = "expense")
        String type;

        @Override
        Period run(ChartOptions chart) {
            TxKind kind = TxKind.parse(type);
            Period period = options.period(analysis.span(session), today);
            CategoryStats stats = analysis.categories(session, period, kind, filter);
            if (json()) {
                cli.out.println(ReportJson.categories(stats));
                return period;
            }
            options.print(cli, List.of(new ReportOptions.Section(kind.label() + " by category, " + period.from() + " to " + period.to(),
                    ReportTables.categories(stats))), List.of("total " + stats.total() + " over " + Plural.of(stats.rows().size(), "category")),
                    options.chart ? ReportCharts.categories(stats, ReportOptions.CHART_WIDTH, Math.max(1, stats.rows().size()), chart) : null);
            return period;
        }
    }

    @Command(name = "trend", description = "Income, expenses and savings by month or week, with slopes, moving averages and this month's projection (default: the last 12 months).")
    static final class TrendReport extends AnalysisReport {
        @Override
        AnalysisService.Report kind() {
            return AnalysisService.Report.TREND;
        }

        @Option(names = "--by", paramLabel = "month|week", defaultValue = "month")
        String by;

        @Override
        Period run(ChartOptions chart) {
            Trend.Granularity granularity = switch (by.strip().toLowerCase(Locale.ROOT)) {
                case "month" -> Trend.Granularity.MONTH;
                case "week" -> Trend.Granularity.WEEK;
                default -> throw new ValidationException("by", "'" + Text.clean(by) + "' is not month or week");
            };
            YearMonth now = YearMonth.from(today);
            Period period = options.period(Period.between(now.minusMonths(11).atDay(1), now.atEndOfMonth()), today);
            Trend trend = analysis.trend(session, period, granularity, filter);
            if (json()) {
                cli.out.println(ReportJson.trend(trend));
                return period;
            }
            List<String> notes = new ArrayList<>();
            if (trend.buckets().stream().anyMatch(b -> !b.complete())) {
                notes.add("* not complete: left out of the slopes");
            }
            if (trend.expenses().projected() != null) {
                notes.add("projected expenses for " + now + ": " + trend.expenses().projected());
            }
            options.print(cli, List.of(new ReportOptions.Section("trend, " + period.from() + " to " + period.to(), ReportTables.trend(trend)),
                    new ReportOptions.Section("slopes", ReportTables.slopes(trend))), notes,
                    options.chart ? ReportCharts.trend(trend, ReportOptions.CHART_WIDTH, 14, chart) : null);
            return period;
        }
    }

    @Command(name = "outliers", description = "Unusual expenses and months, each judged against its category's history (default: all time).")
    static final class OutliersReport extends AnalysisReport {
        @Override
        AnalysisService.Report kind() {
            return AnalysisService.Report.OUTLIERS;
        }

        @Override
        Period run(ChartOptions chart) {
            Period period = options.period(analysis.span(session), today);
            Outliers outliers = analysis.outliers(session, period, filter);
            if (json()) {
                cli.out.println(ReportJson.outliers(outliers));
                return period;
            }
            List<String> notes = outliers.transactions().isEmpty() && outliers.months().isEmpty()
                    ? List.of("nothing unusual from " + period.from() + " to " + period.to()
                            + " (a category needs " + Plural.of(outliers.minSample(), "expense") + " before anything in it is judged)")
                    : List.of();
            options.print(cli, List.of(new ReportOptions.Section("unusual expenses", ReportTables.outliers(outliers)),
                    new ReportOptions.Section("unusual months", ReportTables.outlierMonths(outliers))), notes,
                    options.chart && !outliers.transactions().isEmpty()
                            ? ReportCharts.outliers(outliers, ReportOptions.CHART_WIDTH, Math.min(20, outliers.transactions().size()), chart) : null);
            return period;
        }
    }

    @Command(name = "budget", description = "Budget against actual per month and category, year to date, most often over, and unbudgeted spending (default: this year).")
    static final class Budget extends AnalysisReport {
        @Override
        AnalysisService.Report kind() {
            return AnalysisService.Report.BUDGET;
        }

        static final String UNBUDGETED_TITLE = "spending in a month with no budget for its category";

        /** The note that the months after today's are left out, or nothing. */
        static List<String> notBegun(BudgetVariance variance) {
            List<java.time.YearMonth> months = variance.notBegun();
            if (months.isEmpty()) {
                return List.of();
            }
            String which = months.size() == 1 ? months.get(0) + " has" : months.get(0) + " to " + months.get(months.size() - 1) + " have";
            return List.of("note: " + which + " not begun and " + (months.size() == 1 ? "is" : "are") + " left out");
        }

        /** The notes under the tables: what the difference compares when a budget carried money in, and the months not begun. */
        static List<String> notes(BudgetVariance variance) {
            List<String> notes = new ArrayList<>();
            if (variance.lines().stream().anyMatch(l -> l.carried().minor() != 0)) {
                notes.add("carried: rolled over from the month before; diff is actual - budget - carried");
            }
            notes.addAll(notBegun(variance));
            return notes;
        }

        @Override
        Period run(ChartOptions chart) {
            YearMonth now = YearMonth.from(today);
            Period period = options.period(Period.between(now.withMonth(1).atDay(1), now.atEndOfMonth()), today);
            BudgetVariance variance = analysis.budgets(session, period, filter);
            if (json()) {
                cli.out.println(ReportJson.budget(variance));
                return period;
            }
            // the text table stays within 80 columns; CSV and Markdown, read by programs and wide pages, get every column
            boolean narrow = options.format() == TableFormat.TABLE;
            options.print(cli, List.of(new ReportOptions.Section("budget against actual, " + period.from() + " to " + period.to(),
                            narrow ? ReportTables.budget(variance) : ReportTables.budgetColumns(variance)),
                    new ReportOptions.Section("year to date",
                            narrow ? ReportTables.budgetYearToDate(variance) : ReportTables.budgetYearToDateColumns(variance)),
                    new ReportOptions.Section("most often over budget", ReportTables.overBudget(variance)),
                    new ReportOptions.Section(UNBUDGETED_TITLE, ReportTables.unbudgeted(variance))), notes(variance),
                    options.chart ? ReportCharts.budget(variance, ReportOptions.CHART_WIDTH, 20, chart) : null);
            return period;
        }
    }
}
