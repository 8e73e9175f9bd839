package io.finterm.cli;

import io.finterm.analysis.NetWorth;
import io.finterm.analysis.NetWorthPoint;
import io.finterm.report.ReportJson;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.DateInput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm report networth}: the net worth at the end of each month, in the base currency. */
@Command(name = "networth", description = "Net worth at the end of each month: the balances of the accounts counted in it,"
        + " in your base currency (default: the last 12 months).")
final class NetWorthCommand implements Callable<Integer> {
    @ParentCommand
    ReportCommand report;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose accounts (asks for their password).")
    String as;

    @Option(names = "--from", paramLabel = "DATE", description = "From the month of this day, month or year (2026-01).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "To the month of this day, or the last month of this year (2026-12).")
    String to;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        Cli cli = report.root.cli;
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
        LocalDate today = LocalDate.now(cli.clock);
        YearMonth last = to == null ? YearMonth.from(today) : YearMonth.from(DateInput.last("to", to, today));
        YearMonth first = from == null ? last.minusMonths(11) : YearMonth.from(DateInput.first("from", from, today));
        var session = cli.login(as);
        NetWorth netWorth = cli.backend().services().netWorth().netWorth(session, first, last);
        if (f == TableFormat.JSON) {
            cli.out.println(ReportJson.netWorth(netWorth));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (NetWorthPoint p : netWorth.rows()) {
                rows.add(List.of(p.month().toString(), p.netWorth().toDecimalString()));
            }
            cli.out.print(f.render(new Table(List.of(Column.text("month"),
                    Column.number("net worth " + netWorth.currency().getCurrencyCode())), rows), cli.ascii()));
        }
        if (!netWorth.conversion().isEmpty()) {
            cli.err.println("note: " + netWorth.conversion().describe());
        }
        return 0;
    }
}
