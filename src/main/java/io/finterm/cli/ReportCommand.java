package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.FilterParser;
import io.finterm.service.Totals;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code finterm report totals}: totals by month and/or category. */
@Command(name = "report", description = "Reports over your transactions.", subcommands = ReportCommand.TotalsCommand.class)
final class ReportCommand {
    @ParentCommand
    Root root;

    @Command(name = "totals", description = "Totals over a period, by month and/or category.")
    static final class TotalsCommand implements Callable<Integer> {
        @ParentCommand
        ReportCommand report;

        @Option(names = "--as", required = true, paramLabel = "USER")
        String as;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        String to;

        @Option(names = "--by", paramLabel = "month|category|month,category", description = "What to group by (default: nothing).")
        String by;

        @Option(names = "--type", paramLabel = "expense|income|all", defaultValue = "expense")
        String type;

        @Option(names = "--filter", paramLabel = "QUERY", defaultValue = "")
        String filter;

        @Option(names = "--format", paramLabel = "table|csv|json|md", defaultValue = "table")
        String format;

        @Override
        public Integer call() {
            Cli cli = report.root.cli;
            Format f = Format.parse(format, List.of(Format.TABLE, Format.CSV, Format.JSON, Format.MD));
            Totals.By grouping = by(by);
            TxKind kind = "all".equalsIgnoreCase(type.strip()) ? null : TxKind.parse(type);
            LocalDate start = from == null ? null : Args.date("from", from);
            LocalDate end = to == null ? null : Args.date("to", to);
            var query = FilterParser.parse(filter, LocalDate.now(cli.clock));
            Totals totals = cli.backend().services().reports().totals(cli.login(as), start, end, grouping, kind, query);
            boolean byMonth = grouping == Totals.By.MONTH || grouping == Totals.By.MONTH_CATEGORY;
            boolean byCategory = grouping == Totals.By.CATEGORY || grouping == Totals.By.MONTH_CATEGORY;
            if (f == Format.JSON) {
                cli.out.println(json(totals, byMonth, byCategory));
            } else {
                List<String> header = new ArrayList<>();
                if (byMonth) {
                    header.add("month");
                }
                if (byCategory) {
                    header.add("category");
                }
                header.addAll(List.of("type", "count", "total"));
                List<List<String>> rows = new ArrayList<>();
                for (Totals.Row r : totals.rows()) {
                    rows.add(cells(r, byMonth, byCategory));
                }
                if (f != Format.CSV) {
                    List<String> last = new ArrayList<>();
                    for (int i = 0; i < header.size() - 1; i++) {
                        last.add(i == 0 ? "total " + totals.currency().getCurrencyCode() : "");
                    }
                    last.add(totals.total().toDecimalString());
                    rows.add(last);
                }
                f.write(cli.out, header, rows);
            }
            if (totals.otherCurrencies() > 0) {
                cli.err.println("note: " + totals.otherCurrencies() + " transactions in other currencies than "
                        + totals.currency() + " are not included");
            }
            return 0;
        }

        private static List<String> cells(Totals.Row r, boolean byMonth, boolean byCategory) {
            List<String> cells = new ArrayList<>();
            if (byMonth) {
                cells.add(r.month().toString());
            }
            if (byCategory) {
                cells.add(r.category());
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
                default -> throw new ValidationException("by", "'" + io.finterm.domain.Text.clean(text)
                        + "' is not month, category or month,category");
            };
        }

        /** {@code {"currency":…,"from":…,"to":…,"rows":[…],"total":…}}, amounts as exact decimal strings. */
        static String json(Totals t, boolean byMonth, boolean byCategory) {
            StringWriter sw = new StringWriter();
            try (JsonWriter w = new JsonWriter(sw)) {
                w.beginObject();
                w.name("currency").value(t.currency().getCurrencyCode());
                w.name("from").value(t.from() == null ? null : t.from().toString());
                w.name("to").value(t.to() == null ? null : t.to().toString());
                w.name("rows").beginArray();
                for (Totals.Row r : t.rows()) {
                    w.beginObject();
                    if (byMonth) {
                        w.name("month").value(r.month().toString());
                    }
                    if (byCategory) {
                        w.name("category").value(r.category());
                    }
                    w.name("type").value(r.type().label());
                    w.name("count").value(r.count());
                    w.name("total").value(r.total().toDecimalString());
                    w.endObject();
                }
                w.endArray();
                w.name("total").value(t.total().toDecimalString());
                w.endObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sw.toString();
        }
    }
}
