package io.finterm.cli;

import io.finterm.report.TableFormat;
import io.finterm.report.Table;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.Filter;
import io.finterm.service.FilterParser;
import io.finterm.service.Listed;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", description = "List your transactions.")
final class ListCommand implements Callable<Integer> {
    /** The status is a letter in the table (blank, c, R: the app's mark) and a word in CSV and JSON; tags are joined by ; in CSV and JSON, as CSV import reads them. */
    static final List<Table.Column> COLUMNS = List.of(Table.Column.number("id"), Table.Column.text("date"), Table.Column.text("type"),
            Table.Column.text("category"), Table.Column.number("amount"), Table.Column.text("currency"), Table.Column.text("description"),
            Table.Column.text("account"), Table.Column.text("payee"), Table.Column.text("tags"), Table.Column.text("status"));

    @ParentCommand
    Root root;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--filter", paramLabel = "QUERY", defaultValue = "",
            description = "For example: cat:Groceries date:2024-03 amt:>50 (see the README).")
    String filter;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "-date",
            description = "date, amount or category; a leading - reverses it. Default: -date, newest first, as in the app.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Integer.MAX_VALUE)
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0")
    int offset;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
        Sort order = sort(sort);
        Session s = root.cli.login(as);
        Filter query = root.cli.backend().services().transactions().filter(s, filter, LocalDate.now(root.cli.clock));
        List<List<String>> rows = new ArrayList<>();
        var accounts = AccountNames.of(root.cli, s);
        for (Listed l : root.cli.backend().services().transactions().list(s, query, order, offset, limit)) {
            Transaction t = l.transaction();
            rows.add(List.of(Long.toString(t.id()), t.date().toString(), t.kind().label(), t.isTransfer() ? "" : l.category(),
                    amount(t, f), t.amount().currency().getCurrencyCode(), t.description(),
                    accounts.getOrDefault(t.accountId(), "?"), t.payee(), String.join(f == TableFormat.TABLE ? "," : ";", t.tags()),
                    f == TableFormat.TABLE ? t.status().mark() : t.status().word()));
        }
        root.cli.out.print(f.render(new Table(COLUMNS, rows), root.cli.ascii()));
        return 0;
    }

    /**
     * The amount as CSV and JSON have always given it, unsigned beside its type (scripts rely on
     * it); the table, read by people, signs it as the app's list does: -12.50 spent, +3100.00 earned,
     * and a transfer's leg by the way it moved money in its account.
     */
    private static String amount(Transaction t, TableFormat f) {
        String unsigned = t.amount().toDecimalString();
        return f == TableFormat.TABLE ? (t.kind().isInflow() ? "+" : "-") + unsigned : unsigned;
    }

    static Sort sort(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        boolean desc = s.startsWith("-");
        String key = desc ? s.substring(1) : s;
        return switch (key) {
            case "date" -> desc ? Sort.DATE_DESC : Sort.DATE_ASC;
            case "amount" -> desc ? Sort.AMOUNT_DESC : Sort.AMOUNT_ASC;
            case "category" -> desc ? Sort.CATEGORY_DESC : Sort.CATEGORY_ASC;
            default -> throw new ValidationException("sort", "'" + io.finterm.domain.Text.clean(text)
                    + "' is not date, amount or category (with - to reverse)");
        };
    }
}
