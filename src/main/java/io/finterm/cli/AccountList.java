package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Account;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.analysis.NetWorthOn;
import io.finterm.domain.Money;
import io.finterm.service.Session;
import io.finterm.service.AccountLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finterm account list}: every account with its balance today, and net worth. The JSON and
 * CSV have fixed keys for scripts, with money as exact signed decimal strings; the table is for
 * people and ends with net worth. How net worth was converted, and what it left out for want of a
 * rate, is noted on standard error in the words every report uses.
 */
@Command(name = "list", description = "List your accounts with their balances today, and net worth.")
final class AccountList extends AccountCommand.Action {
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table")
    String format;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.CSV, TableFormat.JSON));
        Session session = login();
        List<AccountLine> accounts = book().list(session);
        NetWorthOn netWorth = cli().backend().services().netWorth().current(session);
        cli().out.print(switch (f) {
            case JSON -> json(accounts, netWorth) + "\n";
            case CSV -> f.render(csv(accounts));
            default -> f.render(table(accounts, netWorth), cli().ascii());
        });
        String note = netWorth.conversion().describe();
        if (!note.isEmpty()) {
            cli().err.println("note: net worth " + note);
        }
        return 0;
    }

    /** {@code {"currency":…,"net_worth":…,"accounts":[{"name":…,"type":…,"currency":…,"balance":…,"default":…,"closed":…,"in_net_worth":…}]}}. */
    static String json(List<AccountLine> accounts, NetWorthOn netWorth) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject();
            w.name("currency").value(netWorth.netWorth().currency().getCurrencyCode());
            w.name("net_worth").value(netWorth.netWorth().toDecimalString());
            w.name("accounts").beginArray();
            for (AccountLine line : accounts) {
                Account a = line.account();
                w.beginObject();
                w.name("name").value(a.name());
                w.name("type").value(a.type().word());
                w.name("currency").value(a.currency().getCurrencyCode());
                w.name("balance").value(line.balance().toDecimalString());
                w.name("default").value(line.isDefault());
                w.name("closed").value(a.closed());
                w.name("in_net_worth").value(a.inNetWorth());
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
    private static Table csv(List<AccountLine> accounts) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountLine line : accounts) {
            Account a = line.account();
            rows.add(List.of(a.name(), a.type().word(), a.currency().getCurrencyCode(), line.balance().toDecimalString(),
                    Boolean.toString(line.isDefault()), Boolean.toString(a.closed()), Boolean.toString(a.inNetWorth())));
        }
        return Table.of(List.of("name", "type", "currency", "balance", "default", "closed", "in_net_worth"), rows);
    }

    /** The accounts, what is special about each, and net worth as the last line. */
    private static Table table(List<AccountLine> accounts, NetWorthOn netWorth) {
        List<List<String>> rows = new ArrayList<>();
        for (AccountLine line : accounts) {
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
        Money total = netWorth.netWorth();
        rows.add(List.of("net worth", "", total.currency().getCurrencyCode(), total.toDecimalString(),
                !netWorth.conversion().balancesLeftOut().isEmpty() ? "not complete (see the note)" : ""));
        return new Table(List.of(Column.text("account"), Column.text("type"), Column.text("currency"), Column.number("balance"),
                Column.text("")), rows);
    }

}
