package io.finterm.service;

import io.finterm.analysis.Period;
import io.finterm.analysis.Trend;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.FintermException;
import io.finterm.domain.TxKind;
import io.finterm.report.ExportFormat;
import io.finterm.report.ReportCharts;
import io.finterm.report.ReportJson;
import io.finterm.report.ReportTables;
import io.finterm.report.ViewExport;
import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes what a screen shows to a file of the user's own, {@code exports/USER/NAME-TIME.EXT} in the
 * data directory (0600 in a 0700 directory), and says where. The report is computed here from the
 * user's own data, never handed in.
 */
public final class ExportService {
    /** The views that can be exported. */
    public enum View { DASHBOARD, TREND, OUTLIERS, BUDGET, CATEGORIES }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Sessions sessions;
    private final AnalysisService analysis;
    private final Path directory;
    private final Clock clock;

    public ExportService(AccountService accounts, AnalysisService analysis, Path directory, Clock clock) {
        this.sessions = accounts.sessions();
        this.analysis = analysis;
        this.directory = directory;
        this.clock = clock;
    }

    /** Writes {@code view} of {@code period} with {@code filter} in {@code format}; returns the file. */
    public Path export(Session session, View view, Period period, Filter filter, ExportFormat format, ChartOptions charts) {
        String username = sessions.active(session).username();
        ChartOptions options = charts.withColour(false);
        ViewExport.Header title = new ViewExport.Header(view.name().toLowerCase(Locale.ROOT), username, period,
                filter.isEmpty() ? null : filter.text(), notes(session, view, period, filter));
        String content = switch (view) {
            case DASHBOARD -> {
                var d = analysis.dashboard(session, period, filter);
                yield ViewExport.render(title, ViewExport.dashboard(d, options), format, ViewExport.dashboardJson(d), options.ascii());
            }
            case TREND -> {
                Trend t = analysis.trend(session, period, Trend.Granularity.MONTH, filter);
                yield ViewExport.render(title, List.of(new ViewExport.Section("Trend", ReportTables.trend(t),
                        ReportCharts.trend(t, ViewExport.CHART_WIDTH, 14, options)), new ViewExport.Section("Slopes", ReportTables.slopes(t), null)),
                        format, ReportJson.trend(t), options.ascii());
            }
            case OUTLIERS -> {
                var o = analysis.outliers(session, period, filter);
                yield ViewExport.render(title, List.of(new ViewExport.Section("Unusual expenses", ReportTables.outliers(o), null),
                        new ViewExport.Section("Unusual months", ReportTables.outlierMonths(o), null)), format, ReportJson.outliers(o), options.ascii());
            }
            case BUDGET -> {
                var b = analysis.budgets(session, period, filter);
                yield ViewExport.render(title, List.of(new ViewExport.Section("Budget against actual", ReportTables.budget(b),
                        ReportCharts.budget(b, ViewExport.CHART_WIDTH, 20, options)),
                        new ViewExport.Section("Year to date", ReportTables.budgetYearToDate(b), null),
                        new ViewExport.Section("Most often over budget", ReportTables.overBudget(b), null),
                        new ViewExport.Section("Spending in a month with no budget for its category", ReportTables.unbudgeted(b), null)), format, ReportJson.budget(b),
                        options.ascii());
            }
            case CATEGORIES -> {
                var c = analysis.categories(session, period, TxKind.EXPENSE, filter);
                yield ViewExport.render(title, List.of(new ViewExport.Section("Expenses by category", ReportTables.categories(c),
                        ReportCharts.categories(c, ViewExport.CHART_WIDTH, Math.max(1, c.rows().size()), options))), format,
                        ReportJson.categories(c), options.ascii());
            }
        };
        return write(username, view.name().toLowerCase(Locale.ROOT), format, content);
    }

    /** The conversion note of what {@code view} shows, for the export's header, if there is one. */
    private List<String> notes(Session session, View view, Period period, Filter filter) {
        var conversion = analysis.conversion(session, AnalysisService.Report.valueOf(view.name()), period, filter);
        return conversion.isEmpty() ? List.of() : List.of(conversion.describe());
    }

    private Path write(String username, String name, ExportFormat format, String content) {
        try {
            Path dir = SecureFiles.ensureDirectory(SecureFiles.ensureDirectory(directory).resolve(username));
            Path file = dir.resolve(name + "-" + LocalDateTime.now(clock).format(STAMP) + "." + format.extension());
            SecureFiles.ensureFile(file);
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return file;
        } catch (IOException e) {
            throw new FintermException("could not write the export to " + directory + ": " + e.getMessage(), e);
        }
    }
}
