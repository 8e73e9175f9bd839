package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Plural;
import io.finterm.domain.Recurrence;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.FoundSchedule;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finterm schedule find}: the payments that repeat in the user's history and that no schedule covers yet, each
 * with the rule found and its next date; {@code --accept NAME} makes one a schedule that waits for approval from that
 * date on. The table is for people; the JSON for scripts, with amounts as exact decimal strings and ISO dates.
 */
@Command(name = "find", description = "Find the payments that repeat in your history (the same payee or description, a similar "
        + "amount, a regular interval) and have no schedule yet; --accept NAME makes one a schedule.",
        footer = {"", "A schedule accepted repeats the latest payment of the series, waits for your approval (never posted by itself), "
            + "is an estimate (~) when the amounts vary, and starts at the next date found: nothing is booked for the past.", "",
            "Examples:",
            "  finterm schedule find --as alice",
            "  finterm schedule find --accept Netflix --as alice",
            "  finterm schedule find --accept 'City Power' --name Power --as alice"})
final class ScheduleFind extends ScheduleCommand.Action {
    @Option(names = "--format", paramLabel = "table|json", description = "table (default) or json.")
    String format;

    @Option(names = "--accept", paramLabel = "NAME", description = "Make the payment found as NAME (any case) a schedule.")
    String accept;

    @Option(names = "--name", paramLabel = "NEW", description = "With --accept: the new schedule's name, when not the one found "
            + "(one of your schedules has it already, or you prefer another).")
    String name;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (name != null && accept == null) {
            throw new CommandLine.ParameterException(cl, "--name names the schedule --accept makes: give --accept NAME too");
        }
        if (accept != null && format != null) {
            throw new CommandLine.ParameterException(cl, "--format is for the list; --accept prints the schedule it adds: leave out --format");
        }
        TableFormat f = TableFormat.parse(format == null ? "table" : format, List.of(TableFormat.TABLE, TableFormat.JSON));
        Session s = login();
        if (accept != null) {
            added(schedules().accept(s, accept, name), s);
            return 0;
        }
        List<FoundSchedule> found = schedules().find(s);
        if (f == TableFormat.JSON) {
            cli().out.println(json(found));
        } else if (found.isEmpty()) {
            cli().err.println("no recurring payments found that are not scheduled yet");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (FoundSchedule x : found) {
                rows.add(List.of(x.name(), ScheduleList.signed(x.kind(), x.amount(), x.approximate()), x.words(), seen(x),
                        x.next().toString()));
            }
            cli().out.print(f.render(new Table(List.of(Column.text("name"), Column.number("amount"), Column.text("rule"),
                    Column.text("seen"), Column.text("next")), rows), cli().ascii()));
            cli().err.println("make one a schedule (it waits for your approval) with finterm schedule find --accept NAME --as "
                    + RuleOffer.shell(as));
        }
        return 0;
    }

    /** {@code 14 times since 2025-09}. */
    static String seen(FoundSchedule x) {
        return Plural.of(x.times(), "time") + " since " + x.first().toString().substring(0, 7);
    }

    /**
     * {@code {"found":[{"name":"Netflix","kind":"expense","account":"Main","category":"Entertainment","payee":"Netflix",
     * "description":"","amount":"13.30","currency":"EUR","approximate":false,"rule":"monthly on the 15th","every":"month",
     * "interval":1,"day":15,"nth":null,"weekday":null,"next":"2026-03-15","times":14,"since":"2025-01","first":"2025-01-15",
     * "last":"2026-02-15","transactions":[3,7]}]}}; {@code day} and {@code nth} are a number, {@code "last"} or null.
     */
    static String json(List<FoundSchedule> found) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("found").beginArray();
            for (FoundSchedule x : found) {
                Recurrence r = x.rule();
                w.beginObject();
                w.name("name").value(x.name());
                w.name("kind").value(x.kind().label());
                w.name("account").value(x.account());
                w.name("category").value(x.category());
                w.name("payee").value(x.payee());
                w.name("description").value(x.description());
                w.name("amount").value(x.amount().toDecimalString());
                w.name("currency").value(x.amount().currency().getCurrencyCode());
                w.name("approximate").value(x.approximate());
                w.name("rule").value(x.words());
                w.name("every").value(r.every().word());
                w.name("interval").value(r.interval());
                ScheduleList.dayOrLast(w.name("day"), r.day());
                ScheduleList.dayOrLast(w.name("nth"), r.nth());
                w.name("weekday").value(r.weekday() == null ? null : r.weekday().name().toLowerCase(Locale.ROOT));
                w.name("next").value(x.next().toString());
                w.name("times").value(x.times());
                w.name("since").value(x.first().toString().substring(0, 7));
                w.name("first").value(x.first().toString());
                w.name("last").value(x.last().toString());
                w.name("transactions").beginArray();
                for (long id : x.transactionIds()) {
                    w.value(id);
                }
                w.endArray();
                w.endObject();
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
