package io.finterm.cli;

import io.finterm.analysis.Totals;
import io.finterm.chart.Bar;
import io.finterm.chart.BarChart;
import io.finterm.domain.Text;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.report.ReportJson;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm report totals}: totals by month and/or category, or by account, payee or tag. */
@Command(name = "totals", description = "Totals over a period, by month and/or category, or by account, payee or tag (transfers never count).")
final class TotalsCommand implements Callable<Integer> {
    @ParentCommand
    ReportCommand report;

    @Mixin
    ReportOptions options;

    @Option(names = "--by", paramLabel = "month|category|month,category|account|payee|tag", description = "What to group by (default: nothing).")
    String by;

    @Option(names = "--type", paramLabel = "expense|income|all", defaultValue = "expense")
    String type;

    @Override
    public Integer call() {
        Cli cli = report.root.cli;
        TableFormat f = options.format();
        Totals.By grouping = by(by);
        TxKind kind = "all".equalsIgnoreCase(type.strip()) ? null : TxKind.parse(type);
        LocalDate start = options.from == null ? null : Args.from(cli, "from", options.from);
        LocalDate end = options.to == null ? null : Args.to(cli, "to", options.to);
        var chartOptions = options.chartOptions(cli.ascii());
        var session = cli.login(options.as);
        var query = options.filter(cli, session, LocalDate.now(cli.clock));
        Totals totals = cli.backend().services().reports().totals(session, start, end, grouping, kind, query);
        boolean byMonth = grouping.months();
        boolean byCategory = grouping.categories();
        boolean byAccount = grouping.accounts();
        String group = grouping.payees() ? "payee" : grouping.tags() ? "tag" : null;
        if (f == TableFormat.JSON) {
            cli.out.println(ReportJson.totals(totals, grouping));
        } else {
            List<Column> columns = new ArrayList<>();
            if (byMonth) {
                columns.add(Column.text("month"));
            }
            if (byCategory) {
                columns.add(Column.text("category"));
            }
            if (byAccount) {
                columns.add(Column.text("account"));
            }
            if (group != null) {
                columns.add(Column.text(group));
            }
            columns.addAll(List.of(Column.text("type"), Column.number("count"), Column.number("total")));
            List<List<String>> rows = new ArrayList<>();
            List<Bar> bars = new ArrayList<>();
            for (Totals.Row r : totals.rows()) {
                List<String> cells = cells(r, byMonth, byCategory, byAccount);
                if (group != null) {
                    cells.add(cells.size() - 3, Text.clean(grouping.payees() ? r.payee() : r.tag()));
                }
                rows.add(cells);
                bars.add(new Bar(String.join(" ", cells.subList(0, cells.size() - 2)), r.total().minor(), r.total().toDecimalString()));
            }
            if (f != TableFormat.CSV) {
                List<String> last = new ArrayList<>();
                for (int i = 0; i < columns.size() - 1; i++) {
                    last.add(i == 0 ? "total " + totals.currency().getCurrencyCode() : "");
                }
                last.add(totals.total().toDecimalString());
                rows.add(last);
            }
            cli.out.print(f.render(new Table(columns, rows), cli.ascii()));
            if (options.chart && f != TableFormat.CSV) {
                cli.out.println();
                BarChart.render(bars, ReportOptions.CHART_WIDTH, Math.max(1, bars.size()), chartOptions).forEach(cli.out::println);
            }
            if (!totals.note().isEmpty() && f != TableFormat.CSV) {
                cli.out.println("note: " + totals.note());
            }
        }
        if (!totals.conversion().isEmpty()) {
            cli.err.println("note: " + totals.conversion().describe());
        }
        return 0;
    }

    private static List<String> cells(Totals.Row r, boolean byMonth, boolean byCategory, boolean byAccount) {
        List<String> cells = new ArrayList<>();
        if (byMonth) {
            cells.add(r.month().toString());
        }
        if (byCategory) {
            cells.add(r.category());
        }
        if (byAccount) {
            cells.add(r.account());
        }
        cells.addAll(List.of(r.type().label(), Long.toString(r.count()), r.total().toDecimalString()));
        return cells;
    }

    static Totals.By by(String text) {
        if (text == null || text.isBlank()) {
            return Totals.By.NONE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replace(" ", "")) {
            case "month" -> Totals.By.MONTH;
            case "category" -> Totals.By.CATEGORY;
            case "month,category", "category,month" -> Totals.By.MONTH_CATEGORY;
            case "account" -> Totals.By.ACCOUNT;
            case "payee" -> Totals.By.PAYEE;
            case "tag" -> Totals.By.TAG;
            default -> throw new ValidationException("by", "'" + Text.clean(text) + "' is not month, category, month,category, account, payee or tag");
        };
    }
}
