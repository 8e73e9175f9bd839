package io.finterm.cli;

import io.finterm.analysis.Period;
import io.finterm.chart.Chart;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import io.finterm.report.Table;
import io.finterm.report.TableFormat;
import io.finterm.service.DateInput;
import io.finterm.service.Filter;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every report shares, and the way every report prints its tables and chart. */
final class ReportOptions {
    static final int CHART_WIDTH = 80;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose transactions (asks for their password).")
    String as;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day, or the first day of a month or year (2026-11).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "To this day, or the last day of a month or year (2026-11).")
    String to;

    @Option(names = "--filter", paramLabel = "QUERY", defaultValue = "", description = "Only transactions that match, as in `list`.")
    String filter;

    @Option(names = "--format", paramLabel = "table|csv|json|md", defaultValue = "table")
    String format;

    @Option(names = "--chart", description = "Print the report's text chart under the table.")
    boolean chart;

    @Option(names = "--scale", paramLabel = "linear|log", defaultValue = "linear", description = "The chart's scale.")
    String scale;

    TableFormat format() {
        return TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON, TableFormat.MD));
    }

    /** {@code --filter}, checked against the user's categories. */
    Filter filter(Cli cli, Session session, LocalDate today) {
        return cli.backend().services().transactions().filter(session, filter, today);
    }

    /**
     * The period from {@code --from} and {@code --to}, each taken from {@code otherwise} when not
     * given. {@code --from} takes the first day of what it names and {@code --to} the last.
     */
    Period period(Period otherwise, LocalDate today) {
        LocalDate start = from == null ? otherwise.from() : DateInput.first("from", from, today);
        LocalDate end = to == null ? otherwise.to() : DateInput.last("to", to, today);
        if (start.isAfter(end)) {
            throw new ValidationException(from != null ? "from" : "to", start + " is after " + end);
        }
        return from == null && to == null ? otherwise : Period.between(start, end);
    }

    ChartOptions chartOptions(boolean ascii) {
        ChartOptions.Scale s = switch (scale.strip().toLowerCase(Locale.ROOT)) {
            case "linear" -> ChartOptions.Scale.LINEAR;
            case "log" -> ChartOptions.Scale.LOG;
            default -> throw new ValidationException("scale", "'" + Text.clean(scale) + "' is not linear or log");
        };
        return new ChartOptions(s, ascii, false);
    }

    /** A titled table of a report. */
    record Section(String title, Table table) {
    }

    /**
     * Prints a report: as CSV, its first table alone; as a text table or Markdown, every table under
     * its title, then {@code notes} and, with {@code --chart}, the chart. JSON is printed by the caller.
     */
    void print(Cli cli, List<Section> sections, List<String> notes, Chart chart) {
        TableFormat f = format();
        if (f == TableFormat.CSV) {
            cli.out.print(f.render(sections.get(0).table()));
            return;
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (i > 0 && s.table().rows().isEmpty()) {
                continue;
            }
            if (i > 0) {
                cli.out.println();
            }
            cli.out.println(f == TableFormat.MD ? "### " + s.title() : s.title());
            if (f == TableFormat.MD) {
                cli.out.println();
            }
            cli.out.print(s.table().rows().isEmpty() ? "(none)" + System.lineSeparator() : f.render(s.table(), cli.ascii()));
        }
        if (!notes.isEmpty()) {
            cli.out.println();
            notes.forEach(cli.out::println);
        }
        if (chart != null) {
            cli.out.println();
            if (f == TableFormat.MD) {
                cli.out.println("```");
            }
            chart.forEach(cli.out::println);
            if (f == TableFormat.MD) {
                cli.out.println("```");
            }
        }
    }
}
