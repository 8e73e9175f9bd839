package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Category;
import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceWords;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.domain.TxKind;
import io.finterm.report.Table;
import io.finterm.report.Table.Column;
import io.finterm.report.TableFormat;
import io.finterm.service.ScheduleView;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code finterm schedule list}: every schedule of the user, with its rule in words and its next date.
 * The table is for people; the JSON is for scripts, with fixed keys, amounts as exact decimal strings
 * (unsigned, beside {@code type}, as {@code list} writes them), ISO dates and booleans.
 */
@Command(name = "list", description = "List your schedules: the next date, the amount (- out, + in, ~ an estimate), the rule "
        + "in words, and whether it is posted by itself (auto), waits for approval, has some waiting, or is paused.")
final class ScheduleList extends ScheduleCommand.Action {
    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "table (default) or json.")
    String format;

    @Override
    public Integer call() {
        TableFormat f = TableFormat.parse(format, List.of(TableFormat.TABLE, TableFormat.JSON));
        Session s = login();
        List<ScheduleView> views = schedules().list(s);
        if (f == TableFormat.JSON) {
            Map<Long, String> categories = new HashMap<>();
            cli().backend().services().categories().list(s).forEach((Category c) -> categories.put(c.id(), c.name()));
            cli().out.println(json(views, categories));
        } else if (views.isEmpty()) {
            cli().err.println("you have no schedules yet; add one with finterm schedule add (finterm schedule add --help says how)");
        } else {
            // What a person scanning their bills needs, in 100 columns: when, how much and which way, how often, and
            // whether it needs them. The account, the category and the rule's bounds are in schedule show.
            List<List<String>> rows = new ArrayList<>();
            for (ScheduleView v : views) {
                Schedule sc = v.schedule();
                rows.add(List.of(sc.name(), v.next() == null ? "" : v.next().toString(), signed(sc),
                        RecurrenceWords.rhythm(sc.rule(), sc.weekend()), mode(v)));
            }
            cli().out.print(f.render(new Table(List.of(Column.text("name"), Column.text("next"), Column.number("amount"),
                    Column.text("rule"), Column.text("mode")), rows), cli().ascii()));
        }
        return 0;
    }

    /** {@code -1200.00 EUR} out (an expense or a transfer), {@code +2500.00 EUR} in, {@code ~} before an estimate. */
    private static String signed(Schedule s) {
        return signed(s.kind(), s.amount(), s.approximate());
    }

    static String signed(TxKind kind, io.finterm.domain.Money amount, boolean approximate) {
        return (approximate ? "~" : "") + (kind == TxKind.INCOME ? "+" : "-") + amount;
    }

    /** {@code paused}, {@code 2 waiting} (for approval), {@code auto} or {@code approval}: in words, never by colour alone. */
    private static String mode(ScheduleView v) {
        Schedule s = v.schedule();
        return s.paused() ? "paused" : v.waiting() > 0 ? v.waiting() + " waiting" : s.auto() ? "auto" : "approval";
    }

    /** {@code expense}, {@code income} or {@code transfer}, as {@code --type} takes them. */
    static String type(TxKind kind) {
        return kind == TxKind.TRANSFER_OUT ? "transfer" : kind.label();
    }

    /**
     * {@code {"schedules":[{"name":"Rent","type":"expense","account":"Main","to":"","amount":"1200.00","currency":"EUR",
     * "approximate":false,"category":"Rent","lines":[],"description":"","payee":"","tags":[],"rule":"monthly on the 1st",
     * "every":"month","interval":1,"day":1,"nth":null,"weekday":null,"start":"2024-01-01","end":null,"count":null,
     * "weekend":"keep","auto":true,"paused":false,"pausedOn":null,"next":"2024-04-01","waiting":0}]}}; {@code day} and
     * {@code nth} are a number or {@code "last"}.
     */
    static String json(List<ScheduleView> views, Map<Long, String> categories) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("schedules").beginArray();
            for (ScheduleView v : views) {
                Schedule s = v.schedule();
                Recurrence r = s.rule();
                w.beginObject();
                w.name("name").value(s.name());
                w.name("type").value(type(s.kind()));
                w.name("account").value(v.account());
                w.name("to").value(v.toAccount());
                w.name("amount").value(s.amount().toDecimalString());
                w.name("currency").value(s.amount().currency().getCurrencyCode());
                w.name("approximate").value(s.approximate());
                w.name("category").value(v.category());
                w.name("lines").beginArray();
                for (SplitLine l : s.lines()) {
                    w.beginObject().name("category").value(categories.getOrDefault(l.categoryId(), "?"))
                            .name("amount").value(l.amount().toDecimalString()).name("memo").value(l.memo()).endObject();
                }
                w.endArray();
                w.name("description").value(s.description());
                w.name("payee").value(s.payee());
                w.name("tags").beginArray();
                for (String t : s.tags()) {
                    w.value(t);
                }
                w.endArray();
                w.name("rule").value(v.rule());
                w.name("every").value(r.every().word());
                w.name("interval").value(r.interval());
                dayOrLast(w.name("day"), r.day());
                dayOrLast(w.name("nth"), r.nth());
                w.name("weekday").value(r.weekday() == null ? null : r.weekday().name().toLowerCase(Locale.ROOT));
                w.name("start").value(r.start().toString());
                w.name("end").value(iso(r.end()));
                if (r.count() == 0) {
                    w.name("count").nullValue();
                } else {
                    w.name("count").value(r.count());
                }
                w.name("weekend").value(s.weekend().word());
                w.name("auto").value(s.auto());
                w.name("paused").value(s.paused());
                w.name("pausedOn").value(iso(s.pausedOn()));
                w.name("next").value(iso(v.next()));
                w.name("waiting").value(v.waiting());
                w.endObject();
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** A day of the month or a week of it: a number, {@code "last"}, or {@code null} for none (0). */
    static void dayOrLast(JsonWriter w, int n) throws IOException {
        if (n == 0) {
            w.nullValue();
        } else if (n == Recurrence.LAST) {
            w.value("last");
        } else {
            w.value(n);
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
