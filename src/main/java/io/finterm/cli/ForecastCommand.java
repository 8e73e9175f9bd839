package io.finterm.cli;

import io.finterm.analysis.Forecast;
import io.finterm.domain.Text;
import io.finterm.report.ReportJson;
import io.finterm.report.ReportTables;
import io.finterm.report.TableFormat;
import io.finterm.service.ForecastService;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code finterm report forecast}: each account's projected balance, and the net worth's, from today
 * on, then the warnings. The warnings are the report's point, so they go to standard output after the
 * table; in CSV, which holds the table alone, they go to standard error, like the notes always do.
 */
@Command(name = "forecast", description = "Each open account's balance projected day by day from today, from the schedules'"
        + " occurrences (overdue ones today), and the net worth in your base currency; then the first day an account would go"
        + " below zero or below its warning (`finterm account warn`).")
final class ForecastCommand implements Callable<Integer> {
    @ParentCommand
    ReportCommand report;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose accounts (asks for their password).")
    String as;

    @Option(names = "--months", paramLabel = "N", defaultValue = "3", description = "How far ahead: 1 to 12 months (default: 3).")
    int months;

    @Option(names = "--account", paramLabel = "NAME", description = "This account only (the net worth still counts every account).")
    String account;

    @Option(names = "--by", paramLabel = "day|month", defaultValue = "month",
            description = "One row per day, or per month with its end balance and its lowest (default: month).")
    String by;

    @Option(names = "--spending", description = "Also count each category's average spending of the last six whole months,"
            + " without scheduled transactions, spread over the days.")
    boolean spending;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        Cli cli = report.root.cli;
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
        boolean byDay = switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> true;
            case "month" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--by: '" + Text.clean(by) + "' is not day or month");
        };
        if (months < 1 || months > ForecastService.MAX_MONTHS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--months: must be 1 to " + ForecastService.MAX_MONTHS
                    + ", not " + months);
        }
        Forecast forecast = cli.backend().services().forecast().forecast(cli.login(as), months, account, spending);
        if (f == TableFormat.JSON) {
            cli.out.println(ReportJson.forecast(forecast, byDay));
        } else if (f == TableFormat.CSV) {
            cli.out.print(f.render(ReportTables.forecast(forecast, byDay)));
            forecast.warnings().forEach(cli.err::println);
        } else {
            cli.out.println("forecast " + forecast.from() + " to " + forecast.to() + (byDay ? ", by day" : ", by month"));
            cli.out.print(f.render(ReportTables.forecast(forecast, byDay), cli.ascii()));
            cli.out.println();
            if (forecast.warnings().isEmpty()) {
                cli.out.println("no account falls below zero or its warning by " + forecast.to());
            }
            forecast.warnings().forEach(cli.out::println);
        }
        forecast.notes().forEach(n -> cli.err.println("note: " + n));
        return 0;
    }
}
