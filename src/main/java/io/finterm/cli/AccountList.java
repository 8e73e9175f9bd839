package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Account;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.AccountBook;
import io.finterm.service.AccountLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finterm account list}: every account with its balance today, and net worth. The JSON and
 * CSV have fixed keys for scripts, with money as exact signed decimal strings; the table is for
 * people and ends with net worth. How net worth was converted, and what it left out for want of a
 * rate, is noted on standard error, as every report notes its conversions.
 */
@Command(name = "list", description = "List your accounts with their balances today, and net worth.")
final class AccountList extends AccountCommand.Action {
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
        AccountBook book = book().book(login());
        cli().out.print(switch (f) {
            case JSON -> json(book) + "\n";
            case CSV -> f.render(csv(book));
            default -> f.render(table(book), cli().ascii());
        });
        String note = note(book);
        if (!note.isEmpty()) {
            cli().err.println("note: " + note);
        }
        return 0;
    }

    /** {@code {"currency":…,"net_worth":…,"accounts":[{"name":…,"type":…,"currency":…,"balance":…,"default":…,"closed":…}]}}. */
    static String json(AccountBook book) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject();
            w.name("currency").value(book.currency().getCurrencyCode());
            w.name("net_worth").value(book.netWorth().toDecimalString());
            w.name("accounts").beginArray();
            for (AccountLine line : book.accounts()) {
                Account a = line.account();
                w.beginObject();
                w.name("name").value(a.name());
                w.name("type").value(a.type().word());
                w.name("currency").value(a.currency().getCurrencyCode());
                w.name("balance").value(line.balance().toDecimalString());
                w.name("default").value(line.isDefault());
                w.name("closed").value(a.closed());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** One row per account, with the JSON's keys. */
    private static Table csv(AccountBook book) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountLine line : book.accounts()) {
            Account a = line.account();
            rows.add(List.of(a.name(), a.type().word(), a.currency().getCurrencyCode(), line.balance().toDecimalString(),
                    Boolean.toString(line.isDefault()), Boolean.toString(a.closed())));
        }
        return Table.of(List.of("name", "type", "currency", "balance", "default", "closed"), rows);
    }

    /** The accounts, what is special about each, and net worth as the last line. */
    private static Table table(AccountBook book) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountLine line : book.accounts()) {
            Account a = line.account();
            List<String> notes = new ArrayList<>();
            if (line.isDefault()) {
                notes.add("default");
            }
            if (a.closed()) {
                notes.add("closed");
            }
            if (!a.inNetWorth()) {
                notes.add("not in net worth");
            }
            rows.add(List.of(a.name(), a.type().word(), a.currency().getCurrencyCode(), line.balance().toDecimalString(),
                    String.join(", ", notes)));
        }
        rows.add(List.of("net worth", "", book.currency().getCurrencyCode(), book.netWorth().toDecimalString(),
                book.leftOut().isEmpty() ? "" : "not complete (see the note)"));
        return new Table(List.of(Column.text("account"), Column.text("type"), Column.text("currency"), Column.number("balance"),
                Column.text("")), rows);
    }

    /**
     * {@code converted 1 account at the ECB rate of 2024-03-19; left out 'Travel' in USD: no USD rate
     * on or before …}, or nothing when every counted account is in the base currency.
     */
    static String note(AccountBook book) {
        List<String> parts = new ArrayList<>();
        if (!book.converted().isEmpty()) {
            var days = book.converted().stream().map(AccountBook.Converted::rateDay).sorted().toList();
            String span = days.get(0).equals(days.get(days.size() - 1)) ? "the ECB rate of " + days.get(0)
                    : "ECB rates of " + days.get(0) + " to " + days.get(days.size() - 1);
            parts.add(String.format(Locale.ROOT, "net worth converted %s at %s",
                    io.finterm.domain.Plural.of(book.converted().size(), "account"), span));
        }
        for (AccountBook.LeftOut l : book.leftOut()) {
            parts.add("net worth leaves out '" + l.account().name() + "' in " + l.account().currency().getCurrencyCode() + ": "
                    + l.reason());
        }
        return String.join("; ", parts);
    }
}
